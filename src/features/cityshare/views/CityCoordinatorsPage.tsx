import type { Page } from '../../../web/page.ts';
import { CsrfField, Notice } from '../../../web/views/forms.tsx';
import { Layout } from '../../../web/views/Layout.tsx';
import type { CityMember } from '../city-coordinators.service.ts';
import type { City } from '../city-profile.service.ts';

export interface CityCoordinatorsPageProps {
  page: Page;
  city: City;
  members: CityMember[];
  canManage: boolean;
  noticeKey?: string;
  /** Translation key of why the last change was refused. */
  errorKey?: string;
}

function ChangeButton(props: { page: Page; city: City; member: CityMember }): JSX.Element {
  const { page, city, member } = props;
  const action = member.isCityCoordinator ? 'remove' : 'add';
  const key = member.isCityCoordinator ? 'remove' : 'make';
  return (
    <form method="post" action={`/cities/${city.slug}/coordinators`}>
      <CsrfField page={page} />
      <input type="hidden" name="action" value={action} />
      <input type="hidden" name="user_id" value={String(member.id)} />
      <button
        type="submit"
        class={member.isCityCoordinator ? 'button button-secondary' : 'button'}
        aria-label={page.t(`cities.coordinators.${key}`, { name: member.name })}
        safe
      >
        {page.t(`cities.coordinators.${key}Short`)}
      </button>
    </form>
  );
}

/** A city's members and which of them are its coordinators; editors name and remove them. */
export function CityCoordinatorsPage(props: CityCoordinatorsPageProps): JSX.Element {
  const { page, city, members, canManage } = props;
  const { t } = page;
  const title = t('cities.coordinators.title', { name: city.name });
  const hasCoordinator = members.some((m) => m.isCityCoordinator);
  return (
    <Layout page={page} title={title}>
      <Notice page={page} messageKey={props.noticeKey} />
      {props.errorKey ? (
        <div class="error-summary" role="alert">
          <p safe>{t(props.errorKey)}</p>
        </div>
      ) : (
        ''
      )}
      <h1 safe>{title}</h1>
      <p safe>{t('cities.coordinators.intro')}</p>
      {members.length === 0 ? (
        <p safe>{t('cities.coordinators.empty')}</p>
      ) : (
        <>
          {hasCoordinator ? '' : <p safe>{t('cities.coordinators.noCoordinator')}</p>}
          <div class="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col" safe>
                    {t('cities.coordinators.name')}
                  </th>
                  <th scope="col" safe>
                    {t('cities.coordinators.position')}
                  </th>
                  <th scope="col" safe>
                    {t('cities.coordinators.role')}
                  </th>
                  {canManage ? (
                    <th scope="col" safe>
                      {t('cities.coordinators.actions')}
                    </th>
                  ) : (
                    ''
                  )}
                </tr>
              </thead>
              <tbody>
                {members.map((m) => (
                  <tr>
                    <th scope="row" dir="auto" safe>
                      {m.name}
                    </th>
                    <td dir="auto" safe>
                      {m.position}
                    </td>
                    <td safe>
                      {t(`cities.coordinators.${m.isCityCoordinator ? 'coordinator' : 'member'}`)}
                    </td>
                    {canManage ? (
                      <td>
                        <ChangeButton page={page} city={city} member={m} />
                      </td>
                    ) : (
                      ''
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      <p>
        <a href={`/organisations/${city.slug}`} safe>
          {city.name}
        </a>
      </p>
    </Layout>
  );
}
