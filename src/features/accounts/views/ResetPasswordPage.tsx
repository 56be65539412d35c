import type { Page } from '../../../web/page.ts';
import { Layout } from '../../../web/views/Layout.tsx';
import {
  CsrfField,
  ErrorSummary,
  SubmitButton,
  type FormState,
} from '../../../web/views/forms.tsx';
import { NewPasswordFields } from './NewPasswordFields.tsx';

export function ResetPasswordPage({
  page,
  form,
  token,
}: {
  page: Page;
  form: FormState;
  token: string;
}): JSX.Element {
  const { t } = page;
  return (
    <Layout page={page} title={t('accounts.reset.title')}>
      <h1 safe>{t('accounts.reset.title')}</h1>
      <p safe>{t('accounts.reset.intro')}</p>
      <ErrorSummary page={page} errors={form.errors} />
      <form method="post" action={`/reset-password/${encodeURIComponent(token)}`} class="stack">
        <CsrfField page={page} />
        <NewPasswordFields page={page} form={form} />
        <SubmitButton>
          <span safe>{t('accounts.reset.submit')}</span>
        </SubmitButton>
      </form>
    </Layout>
  );
}

/** What an unknown, used or expired link shows: what happened and how to get a new one. */
export function ResetLinkInvalidPage({ page }: { page: Page }): JSX.Element {
  const { t } = page;
  return (
    <Layout page={page} title={t('accounts.reset.invalidTitle')}>
      <h1 safe>{t('accounts.reset.invalidTitle')}</h1>
      <p safe>{t('accounts.reset.invalidLink')}</p>
      <p>
        <a class="button" href="/forgot-password" safe>
          {t('accounts.reset.askAgain')}
        </a>
      </p>
    </Layout>
  );
}
