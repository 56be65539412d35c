import type { Page } from '../../../web/page.ts';
import { Layout } from '../../../web/views/Layout.tsx';
import { SelectField, TextField, type FormState } from '../../../web/views/forms.tsx';
import { ROLES } from '../../accounts/actor.ts';
import type { UserListQuery } from '../admin.schema.ts';
import type { UserListPage } from '../users.service.ts';
import { AdminNav } from './AdminNav.tsx';
import { rolesSummary, roleLabel } from './labels.ts';
import { Pagination } from '../../../web/views/Pagination.tsx';

/** The list with the same filters, from the start or after a given official. */
function listHref(query: UserListQuery, after?: string): string {
  const params = new URLSearchParams();
  if (query.q) params.set('q', query.q);
  if (query.role) params.set('role', query.role);
  if (query.status !== 'all') params.set('status', query.status);
  if (after) params.set('after', after);
  const search = params.toString();
  return search ? `/admin/users?${search}` : '/admin/users';
}

export function UsersPage({
  page,
  query,
  result,
}: {
  page: Page;
  query: UserListQuery;
  result: UserListPage;
}): JSX.Element {
  const { t } = page;
  const filtered = query.q !== '' || query.role !== null || query.status !== 'all';
  const form: FormState = {
    values: { q: query.q, role: query.role ?? '', status: query.status },
    errors: {},
  };
  return (
    <Layout page={page} title={t('admin.users.title')}>
      <AdminNav page={page} />
      <h1 safe>{t('admin.users.title')}</h1>
      <form method="get" action="/admin/users" class="filters" role="search">
        <TextField
          page={page}
          form={form}
          name="q"
          type="search"
          label={t('admin.users.search')}
          hint={t('admin.users.searchHint')}
          maxlength={200}
          dir="auto"
        />
        <SelectField
          page={page}
          form={form}
          name="role"
          label={t('admin.users.role')}
          options={[
            { value: '', label: t('common.form.any') },
            ...ROLES.map((r) => ({ value: r, label: roleLabel(page, r) })),
          ]}
        />
        <SelectField
          page={page}
          form={form}
          name="status"
          label={t('admin.users.status')}
          options={[
            { value: 'all', label: t('common.form.any') },
            { value: 'active', label: t('admin.status.active') },
            { value: 'disabled', label: t('admin.status.disabled') },
          ]}
        />
        <div class="field">
          <button type="submit" safe>
            {t('common.form.search')}
          </button>
        </div>
      </form>
      {result.users.length === 0 ? (
        <EmptyState page={page} filtered={filtered || query.after !== undefined} />
      ) : (
        <div class="table-wrap">
          <table>
            <caption class="meta" safe>
              {t('admin.users.caption')}
            </caption>
            <thead>
              <tr>
                <th scope="col" safe>
                  {t('admin.users.name')}
                </th>
                <th scope="col" safe>
                  {t('admin.users.email')}
                </th>
                <th scope="col" safe>
                  {t('admin.users.organisation')}
                </th>
                <th scope="col" safe>
                  {t('admin.users.roles')}
                </th>
                <th scope="col" safe>
                  {t('admin.users.status')}
                </th>
              </tr>
            </thead>
            <tbody>
              {result.users.map((u) => (
                <tr>
                  <th scope="row">
                    <a href={`/admin/users/${u.id}`} dir="auto" safe>
                      {u.name}
                    </a>
                    {u.isDemo ? (
                      <>
                        {' '}
                        <span class="badge demo-badge" safe>
                          {t('common.demoData')}
                        </span>
                      </>
                    ) : (
                      ''
                    )}
                  </th>
                  <td safe>{u.email}</td>
                  <td dir="auto" safe>
                    {u.organisationName ?? '—'}
                  </td>
                  <td safe>{rolesSummary(page, u.roles)}</td>
                  <td safe>{t(u.isDisabled ? 'admin.status.disabled' : 'admin.status.active')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination
        page={page}
        back={query.after ? { href: listHref(query), label: t('admin.users.firstPage') } : null}
        nextHref={result.next ? listHref(query, result.next) : null}
      />
    </Layout>
  );
}

function EmptyState({ page, filtered }: { page: Page; filtered: boolean }): JSX.Element {
  const { t } = page;
  if (!filtered) return <p safe>{t('admin.users.noneYet')}</p>;
  return (
    <div role="status">
      <p safe>{t('admin.users.noMatch')}</p>
      <p>
        <a href="/admin/users" safe>
          {t('admin.users.clearFilters')}
        </a>
      </p>
    </div>
  );
}
