import type { Page } from '../../../web/page.ts';
import { Layout } from '../../../web/views/Layout.tsx';
import { TimeZoneField } from '../../../web/views/TimeZoneField.tsx';
import {
  CsrfField,
  ErrorSummary,
  Notice,
  SubmitButton,
  type FormState,
} from '../../../web/views/forms.tsx';
import type { OrganisationChoice } from '../../organisations/organisations.service.ts';
import { AccountNav } from './AccountNav.tsx';
import { ProfileFields } from './ProfileFields.tsx';

export function AccountPage({
  page,
  form,
  email,
  organisations,
  notice,
}: {
  page: Page;
  form: FormState;
  email: string;
  organisations: OrganisationChoice[];
  notice?: string;
}): JSX.Element {
  const { t } = page;
  return (
    <Layout page={page} title={t('accounts.account.title')}>
      <h1 safe>{t('accounts.account.title')}</h1>
      <AccountNav page={page} current="/account" />
      <Notice page={page} messageKey={notice} />
      <ErrorSummary page={page} errors={form.errors} />
      <form method="post" action="/account" class="stack">
        <CsrfField page={page} />
        <ProfileFields page={page} form={form} organisations={organisations}>
          <div class="field">
            <p safe>{t('accounts.fields.email')}</p>
            <p class="meta" safe>
              {email}
            </p>
          </div>
        </ProfileFields>
        <TimeZoneField page={page} form={form} name="timeZone" />
        <SubmitButton>
          <span safe>{t('accounts.account.save')}</span>
        </SubmitButton>
      </form>
    </Layout>
  );
}
