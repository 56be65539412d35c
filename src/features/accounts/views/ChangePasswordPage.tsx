import type { Page } from '../../../web/page.ts';
import { Layout } from '../../../web/views/Layout.tsx';
import {
  CsrfField,
  ErrorSummary,
  Notice,
  SubmitButton,
  TextField,
  type FormState,
} from '../../../web/views/forms.tsx';
import { AccountNav } from './AccountNav.tsx';
import { FormAlert } from './FormAlert.tsx';
import { NewPasswordFields } from './NewPasswordFields.tsx';

export function ChangePasswordPage({
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
    <Layout page={page} title={t('accounts.password.title')}>
      <h1 safe>{t('accounts.password.title')}</h1>
      <AccountNav page={page} current="/account/password" />
      <Notice page={page} messageKey={notice} />
      <FormAlert page={page} messageKey={alert} />
      <p safe>{t('accounts.password.intro')}</p>
      <ErrorSummary page={page} errors={form.errors} />
      <form method="post" action="/account/password" class="stack">
        <CsrfField page={page} />
        <TextField
          page={page}
          form={form}
          name="currentPassword"
          type="password"
          label={t('accounts.fields.currentPassword')}
          autocomplete="current-password"
          maxlength={256}
          required
        />
        <NewPasswordFields page={page} form={form} />
        <SubmitButton>
          <span safe>{t('accounts.password.submit')}</span>
        </SubmitButton>
      </form>
    </Layout>
  );
}
