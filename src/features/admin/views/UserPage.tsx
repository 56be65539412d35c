import type { Page } from '../../../web/page.ts';
import { LANGUAGE_NAMES, isLanguage } from '../../../web/i18n.ts';
import { Layout } from '../../../web/views/Layout.tsx';
import { CsrfField, Notice, type FormState } from '../../../web/views/forms.tsx';
import type { UserDetail } from '../users.service.ts';
import { AdminNav } from './AdminNav.tsx';
import { AuditList } from './AuditList.tsx';
import { RolesSection } from './RolesSection.tsx';

export interface UserPageProps {
  page: Page;
  detail: UserDetail;
  /** The add-role form, with the admin's input and errors when it was refused. */
  form: FormState;
  notice?: string;
}

function countryName(page: Page, code: string | null): string {
  if (!code) return '—';
  try {
    return new Intl.DisplayNames([page.lang], { type: 'region' }).of(code) ?? code;
  } catch {
    return code; // not a region code Intl knows: show it as stored
  }
}

export function UserPage({ page, detail, form, notice }: UserPageProps): JSX.Element {
  const { t } = page;
  const { profile } = detail;
  const self = page.actor?.id === profile.id;
  const language = isLanguage(profile.preferredLanguage)
    ? LANGUAGE_NAMES[profile.preferredLanguage]
    : profile.preferredLanguage;
  const facts: Array<[string, string]> = [
    [t('admin.users.email'), profile.email],
    [t('admin.users.organisation'), profile.organisationName ?? '—'],
    [t('admin.user.position'), profile.position || '—'],
    [t('admin.user.country'), countryName(page, profile.country)],
    [t('admin.user.language'), language],
    [t('admin.user.createdAt'), page.formatDate(profile.createdAt)],
    [
      t('admin.users.status'),
      t(profile.isDisabled ? 'admin.status.disabled' : 'admin.status.active'),
    ],
    [t('admin.user.liveSessions'), page.formatNumber(detail.liveSessions)],
  ];
  return (
    <Layout page={page} title={profile.name}>
      <AdminNav page={page} />
      <p>
        <a href="/admin/users" safe>
          {t('admin.user.back')}
        </a>
      </p>
      <h1>
        <span dir="auto" safe>
          {profile.name}
        </span>
        {profile.isDemo ? (
          <>
            {' '}
            <span class="badge demo-badge" safe>
              {t('common.demoData')}
            </span>
          </>
        ) : (
          ''
        )}
      </h1>
      <Notice page={page} messageKey={notice} />
      <dl>
        {facts.map(([term, value]) => (
          <>
            <dt safe>{term}</dt>
            <dd dir="auto" safe>
              {value}
            </dd>
          </>
        ))}
      </dl>
      <RolesSection page={page} detail={detail} form={form} />
      <section aria-labelledby="account-title">
        <h2 id="account-title" safe>
          {t('admin.user.accountTitle')}
        </h2>
        {self ? (
          <p class="meta" safe>
            {t('admin.user.cannotDisableSelf')}
          </p>
        ) : (
          <form
            method="post"
            action={`/admin/users/${profile.id}/${profile.isDisabled ? 'enable' : 'disable'}`}
          >
            <CsrfField page={page} />
            <p class="hint" safe>
              {t(profile.isDisabled ? 'admin.user.enableHint' : 'admin.user.disableHint')}
            </p>
            <button
              type="submit"
              class={profile.isDisabled ? 'button' : 'button button-danger'}
              safe
            >
              {t(profile.isDisabled ? 'admin.user.enable' : 'admin.user.disable')}
            </button>
          </form>
        )}
      </section>
      <AuditList page={page} events={detail.events} />
    </Layout>
  );
}
