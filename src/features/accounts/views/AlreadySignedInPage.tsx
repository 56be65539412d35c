import type { Page } from '../../../web/page.ts';
import { Layout } from '../../../web/views/Layout.tsx';

/** The body of the redirect that takes a signed-in official away from sign-in and sign-up. */
export function AlreadySignedInPage({ page, next }: { page: Page; next: string }): JSX.Element {
  const { t } = page;
  return (
    <Layout page={page} title={t('accounts.alreadySignedIn.title')}>
      <h1 safe>{t('accounts.alreadySignedIn.title')}</h1>
      <p>
        <a href={next} safe>
          {t('accounts.alreadySignedIn.continue')}
        </a>
      </p>
    </Layout>
  );
}
