import type { Page } from '../../../web/page.ts';
import { Layout } from '../../../web/views/Layout.tsx';
import type { AttendanceSheet } from '../attendance.service.ts';

/** The printable sign-in sheet: names, organisations and a column to sign in. */
export function SignInSheetPage({
  page,
  sheet,
}: {
  page: Page;
  sheet: AttendanceSheet;
}): JSX.Element {
  const { t } = page;
  const { event, attendees } = sheet;
  const heading = t('attendance.sheet.title', { title: event.title });
  return (
    <Layout page={page} title={heading}>
      <h1 safe>{heading}</h1>
      <p safe>{page.formatDateTime(event.startsAt)}</p>
      <p class="no-print">
        <a href={`/authoring/events/${event.id}/attendance`} safe>
          {t('attendance.sheet.back')}
        </a>
      </p>
      <div class="table-wrap">
        <table class="sign-sheet">
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col" safe>
                {t('attendance.sheet.name')}
              </th>
              <th scope="col" safe>
                {t('attendance.sheet.organisation')}
              </th>
              <th scope="col" safe>
                {t('attendance.sheet.signature')}
              </th>
            </tr>
          </thead>
          <tbody>
            {attendees.map((a, i) => (
              <tr>
                <td safe>{page.formatNumber(i + 1)}</td>
                <th scope="row">
                  <bdi safe>{a.name}</bdi>
                </th>
                <td>
                  <bdi safe>{a.organisation}</bdi>
                </td>
                <td class="signature"></td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Layout>
  );
}
