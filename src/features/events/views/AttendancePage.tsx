import type { Page } from '../../../web/page.ts';
import { Layout } from '../../../web/views/Layout.tsx';
import { CsrfField, Notice } from '../../../web/views/forms.tsx';
import type { AttendanceSheet } from '../attendance.service.ts';

/**
 * Organisers mark who came: one by one, or everyone still registered at once (offered only while
 * someone is). Each button's accessible name starts with its visible text, then the person's name.
 */
export function AttendancePage({
  page,
  sheet,
  notice,
}: {
  page: Page;
  sheet: AttendanceSheet;
  notice?: string;
}): JSX.Element {
  const { t } = page;
  const { event, attendees } = sheet;
  const base = `/authoring/events/${event.id}/attendance`;
  const heading = t('attendance.page.title', { title: event.title });
  return (
    <Layout page={page} title={heading}>
      <h1 safe>{heading}</h1>
      <Notice page={page} messageKey={notice} />
      <p>
        <a href={`${base}/sheet`} safe>
          {t('attendance.page.sheetLink')}
        </a>{' '}
        ·{' '}
        <a href={`/events/${event.slug}`} safe>
          {t('attendance.page.eventLink')}
        </a>
      </p>
      {event.canMark ? (
        ''
      ) : (
        <p class="notice" safe>
          {t('attendance.page.notYet', { date: page.formatDateTime(event.startsAt) })}
        </p>
      )}
      {attendees.length === 0 ? (
        <p safe>{t('attendance.page.none')}</p>
      ) : (
        <>
          {event.canMark && attendees.some((a) => a.status === 'registered') ? (
            <form method="post" action={`${base}/all`}>
              <CsrfField page={page} />
              <button type="submit" class="button" safe>
                {t('attendance.page.markAll')}
              </button>
            </form>
          ) : (
            ''
          )}
          <div class="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col" safe>
                    {t('attendance.sheet.name')}
                  </th>
                  <th scope="col" safe>
                    {t('attendance.sheet.organisation')}
                  </th>
                  <th scope="col" safe>
                    {t('attendance.page.status')}
                  </th>
                  {event.canMark ? (
                    <th scope="col" safe>
                      {t('attendance.page.action')}
                    </th>
                  ) : (
                    ''
                  )}
                </tr>
              </thead>
              <tbody>
                {attendees.map((a) => (
                  <tr>
                    <th scope="row">
                      <bdi safe>{a.name}</bdi>
                    </th>
                    <td>
                      <bdi safe>{a.organisation}</bdi>
                    </td>
                    <td>
                      <span class="badge" safe>
                        {t(`attendance.status.${a.status}`)}
                      </span>
                    </td>
                    {event.canMark ? (
                      <td>
                        {a.status === 'attended' ? (
                          ''
                        ) : (
                          <form method="post" action={base} class="inline-form">
                            <CsrfField page={page} />
                            <input
                              type="hidden"
                              name="registration"
                              value={String(a.registrationId)}
                            />
                            <button
                              type="submit"
                              name="status"
                              value="attended"
                              class="button"
                              aria-label={t('attendance.page.markAttendedOf', { name: a.name })}
                              safe
                            >
                              {t('attendance.page.markAttended')}
                            </button>{' '}
                            {a.status === 'registered' ? (
                              <button
                                type="submit"
                                name="status"
                                value="no_show"
                                class="button button-secondary"
                                aria-label={t('attendance.page.markNoShowOf', { name: a.name })}
                                safe
                              >
                                {t('attendance.page.markNoShow')}
                              </button>
                            ) : (
                              ''
                            )}
                          </form>
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
        </>
      )}
    </Layout>
  );
}
