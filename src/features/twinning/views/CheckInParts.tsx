import type { Page } from '../../../web/page.ts';
import type { CheckInRow } from '../check-ins.queries.ts';
import type { FollowUpProject } from '../follow-up.queries.ts';

/** The link back to the project above every follow-up page. */
export function CheckInProjectLink({
  page,
  project,
}: {
  page: Page;
  project: FollowUpProject;
}): JSX.Element {
  return (
    <p>
      <a href={`/twinnings/${project.slug}`} dir="auto" safe>
        {page.t('follow-up.backToProject', { title: project.title })}
      </a>
    </p>
  );
}

/** Plain text written in a form, one paragraph per line. */
export function CheckInText({ text }: { text: string }): JSX.Element {
  return (
    <>
      {text
        .split(/\n+/)
        .filter((p) => p.trim() !== '')
        .map((p) => (
          <p dir="auto" safe>
            {p}
          </p>
        ))}
    </>
  );
}

/** Who reported a check-in, for which city and when; a dash while it is open. */
export function reporterText(page: Page, c: CheckInRow): string {
  if (c.submittedAt === null) return '—';
  return page.t('follow-up.checkIns.reporter', {
    name: c.reporterName ?? page.t('follow-up.unknownPerson'),
    city: c.cityName ?? '—',
    date: page.formatDate(c.submittedAt),
  });
}
