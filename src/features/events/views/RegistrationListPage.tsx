import type { Page } from '../../../web/page.ts';
import { CsrfField, Notice } from '../../../web/views/forms.tsx';
import { Layout } from '../../../web/views/Layout.tsx';
import type { listRegistrations } from '../registration-manage.service.ts';

type Data = Awaited<ReturnType<typeof listRegistrations>>;

/** Organisers' list of an event's registrations, with a decision for each pending request. */
export function RegistrationListPage(props: {
  page: Page;
  data: Data;
  notice?: string;
}): JSX.Element {
  const { page, data } = props;
  const { t } = page;
  const { event } = data;
  const title = t('registrations.manage.title', { event: data.title });
  return (
    <Layout page={page} title={title}>
      <h1 safe>{title}</h1>
      <Notice page={page} messageKey={props.notice} />
      <p class="meta" safe>
        {event.capacity === null
          ? t('registrations.manage.seatsUnlimited', { taken: page.formatNumber(event.seatsTaken) })
          : t('registrations.manage.seats', {
              taken: page.formatNumber(event.seatsTaken),
              capacity: page.formatNumber(event.capacity),
            })}
      </p>
      {data.rows.length === 0 ? (
        <p safe>{t('registrations.manage.empty')}</p>
      ) : (
        <div class="table-wrap" tabindex="0" role="region" aria-label={title}>
          <table>
            <thead>
              <tr>
                <th scope="col" safe>
                  {t('registrations.manage.name')}
                </th>
                <th scope="col" safe>
                  {t('registrations.manage.status')}
                </th>
                <th scope="col" safe>
                  {t('registrations.manage.answers')}
                </th>
                {data.mayDecide ? (
                  <th scope="col" safe>
                    {t('registrations.manage.actions')}
                  </th>
                ) : (
                  ''
                )}
              </tr>
            </thead>
            <tbody>
              {data.rows.map((r) => (
                <tr>
                  <th scope="row">
                    <span safe>{r.name}</span>
                    <br />
                    <span class="meta" safe>
                      {r.email}
                    </span>
                  </th>
                  <td>
                    <span class="badge" safe>
                      {t(`registrations.status.${r.status}`)}
                    </span>
                  </td>
                  <td>
                    {r.answers.map((a) => (
                      <p>
                        <strong safe>{a.prompt}</strong>:{' '}
                        <span dir="auto" safe>
                          {a.answer}
                        </span>
                      </p>
                    ))}
                  </td>
                  {data.mayDecide ? (
                    <td>
                      {r.status === 'pending' ? (
                        <form
                          method="post"
                          action={`/authoring/events/${event.id}/registrations/${r.id}`}
                        >
                          <CsrfField page={page} />
                          <button type="submit" name="decision" value="accept" class="button" safe>
                            {t('registrations.manage.accept')}
                          </button>{' '}
                          <button
                            type="submit"
                            name="decision"
                            value="decline"
                            class="button-danger"
                            safe
                          >
                            {t('registrations.manage.decline')}
                          </button>
                        </form>
                      ) : (
                        ''
                      )}
                    </td>
                  ) : (
                    ''
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p>
        <a href={`/events/${event.slug}`} safe>
          {t('registrations.backToEvent')}
        </a>
      </p>
    </Layout>
  );
}
