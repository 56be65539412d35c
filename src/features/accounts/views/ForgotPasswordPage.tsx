import type { Page } from '../../../web/page.ts';
import { Layout } from '../../../web/views/Layout.tsx';
import {
  CsrfField,
  ErrorSummary,
  Notice,
  SubmitButton,
  type FormState,
} from '../../../web/views/forms.tsx';
import { EmailField } from './EmailField.tsx';
import { FormAlert } from './FormAlert.tsx';

export function ForgotPasswordPage({
  page,
  form,
  alert,
  notice,
}: {
  page: Page;
  form: FormState;
  alert?: string;
  notice?: string;
}): JSX.Element {
  const { t } = page;
  return (
    <Layout page={page} title={t('accounts.forgot.title')}>
      <h1 safe>{t('accounts.forgot.title')}</h1>
      <Notice page={page} messageKey={notice} />
      <FormAlert page={page} messageKey={alert} />
      <p safe>{t('accounts.forgot.intro')}</p>
      <ErrorSummary page={page} errors={form.errors} />
      <form method="post" action="/forgot-password" class="stack">
        <CsrfField page={page} />
        <EmailField page={page} form={form} />
        <SubmitButton>
          <span safe>{t('accounts.forgot.submit')}</span>
        </SubmitButton>
      </form>
      <p>
        <a href="/sign-in" safe>
          {t('accounts.forgot.backToSignIn')}
        </a>
      </p>
    </Layout>
  );
}
