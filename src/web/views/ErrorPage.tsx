import type { Page } from '../page.ts';
import { Layout } from './Layout.tsx';

/** A translated error page: what happened, what to do next, and the request id for support. */
export function ErrorPage({
  page,
  status,
  messageKey,
  values,
}: {
  page: Page;
  status: number;
  messageKey: string;
  values?: Record<string, string | number>;
}): JSX.Element {
  const { t } = page;
  const title = t(`errors.title.${status}`, { defaultValue: t('errors.title.default') });
  return (
    <Layout page={page} title={title}>
      <section class="error-page">
        <h1 safe>{title}</h1>
        <p safe>{t(messageKey, values ?? {})}</p>
        <p>
          <a href="/" safe>
            {t('errors.backHome')}
          </a>
        </p>
        <p class="request-id" safe>
          {t('errors.requestId', { id: page.requestId })}
        </p>
      </section>
    </Layout>
  );
}
