import type { Page } from '../../../web/page.ts';
import { CsrfField, ErrorSummary, SelectField, type FormState } from '../../../web/views/forms.tsx';
import { ROLES } from '../../accounts/actor.ts';
import type { UserDetail } from '../users.service.ts';
import { grantLabel, roleLabel } from './labels.ts';

/** The official's roles, each with a remove button, and the form that adds one. */
export function RolesSection({
  page,
  detail,
  form,
}: {
  page: Page;
  detail: UserDetail;
  form: FormState;
}): JSX.Element {
  const { t } = page;
  const id = detail.profile.id;
  return (
    <section aria-labelledby="roles-title">
      <h2 id="roles-title" safe>
        {t('admin.user.rolesTitle')}
      </h2>
      <ul>
        <li safe>{t('admin.user.learnerAlways')}</li>
        {detail.roles.map((grant) => (
          <li>
            <span dir="auto" safe>
              {grantLabel(page, grant)}
            </span>{' '}
            <form method="post" action={`/admin/users/${id}/roles/remove`} class="inline-form">
              <CsrfField page={page} />
              <input type="hidden" name="role" value={grant.role} />
              <button
                type="submit"
                class="button button-secondary"
                aria-label={t('admin.user.removeRoleNamed', { role: roleLabel(page, grant.role) })}
                safe
              >
                {t('admin.user.removeRole')}
              </button>
            </form>
          </li>
        ))}
      </ul>
      <h3 id="add-role-title" safe>
        {t('admin.user.addRoleTitle')}
      </h3>
      <ErrorSummary page={page} errors={form.errors} />
      <form
        method="post"
        action={`/admin/users/${id}/roles`}
        class="stack"
        aria-labelledby="add-role-title"
        novalidate
      >
        <CsrfField page={page} />
        <SelectField
          page={page}
          form={form}
          name="role"
          label={t('admin.user.role')}
          required
          options={[
            { value: '', label: t('admin.user.chooseRole') },
            ...ROLES.map((r) => ({ value: r, label: roleLabel(page, r) })),
          ]}
        />
        <SelectField
          page={page}
          form={form}
          name="organisationId"
          label={t('admin.user.organisation')}
          hint={t('admin.user.organisationHint')}
          options={[
            { value: '', label: t('admin.user.noOrganisation') },
            ...detail.organisations.map((o) => ({ value: String(o.id), label: o.name })),
          ]}
        />
        <button type="submit" safe>
          {t('admin.user.addRole')}
        </button>
      </form>
    </section>
  );
}
