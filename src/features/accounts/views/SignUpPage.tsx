import type { Page } from '../../../web/page.ts';
import { Layout } from '../../../web/views/Layout.tsx';
import {
  CsrfField,
  ErrorSummary,
  SubmitButton,
  TextField,
  type FormState,
} from '../../../web/views/forms.tsx';
import type { OrganisationChoice } from '../../organisations/organisations.service.ts';
import { EmailField } from './EmailField.tsx';
import { ProfileFields } from './ProfileFields.tsx';

export function SignUpPage({
  page,
  form,
  organisations,
  next,
}: {
  page: Page;
  form: FormState;
  organisations: OrganisationChoice[];
  next: string;
}): JSX.Element {
  const { t } = page;
  return (
    <Layout page={page} title={t('accounts.signUp.title')}>
      <h1 safe>{t('accounts.signUp.title')}</h1>
      <p safe>{t('accounts.signUp.intro')}</p>
      <ErrorSummary page={page} errors={form.errors} />
      <form method="post" action="/sign-up" class="stack">
        <CsrfField page={page} />
        <input type="hidden" name="next" value={next} />
        <ProfileFields page={page} form={form} organisations={organisations}>
          <EmailField page={page} form={form} />
          <TextField
            page={page}
            form={form}
            name="password"
            type="password"
            label={t('accounts.fields.password')}
            hint={t('accounts.fields.passwordHint')}
            autocomplete="new-password"
            maxlength={256}
            required
          />
        </ProfileFields>
        <SubmitButton>
          <span safe>{t('accounts.signUp.submit')}</span>
        </SubmitButton>
      </form>
      <p>
        <span safe>{t('accounts.signUp.haveAccount')}</span>{' '}
        <a href={`/sign-in?next=${encodeURIComponent(next)}`} safe>
          {t('accounts.signUp.signInLink')}
        </a>
      </p>
    </Layout>
  );
}
