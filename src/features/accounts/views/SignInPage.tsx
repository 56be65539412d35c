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
import { EmailField } from './EmailField.tsx';
import { FormAlert } from './FormAlert.tsx';

export function SignInPage({
  page,
  form,
  next,
  alert,
  notice,
}: {
  page: Page;
  form: FormState;
  next: string;
  /** A message about the whole form: wrong credentials, too many attempts. */
  alert?: string;
  notice?: string;
}): JSX.Element {
  const { t } = page;
  return (
    <Layout page={page} title={t('accounts.signIn.title')}>
      <h1 safe>{t('accounts.signIn.title')}</h1>
      <Notice page={page} messageKey={notice} />
      <FormAlert page={page} messageKey={alert} />
      <ErrorSummary page={page} errors={form.errors} />
      <form method="post" action="/sign-in" class="stack">
        <CsrfField page={page} />
        <input type="hidden" name="next" value={next} />
        <EmailField page={page} form={form} />
        <TextField
          page={page}
          form={form}
          name="password"
          type="password"
          label={t('accounts.fields.password')}
          autocomplete="current-password"
          maxlength={256}
          required
        />
        <SubmitButton>
          <span safe>{t('accounts.signIn.submit')}</span>
        </SubmitButton>
      </form>
      <p>
        <a href="/forgot-password" safe>
          {t('accounts.signIn.forgot')}
        </a>
      </p>
      <p>
        <span safe>{t('accounts.signIn.noAccount')}</span>{' '}
        <a href={`/sign-up?next=${encodeURIComponent(next)}`} safe>
          {t('accounts.signIn.signUpLink')}
        </a>
      </p>
    </Layout>
  );
}
