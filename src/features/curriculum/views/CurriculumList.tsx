import type { Page } from '../../../web/page.ts';
import type { CurriculumSummary } from '../curriculum.service.ts';

/** Curricula as links with their years, or a plain sentence when there are none. */
export function CurriculumList({
  page,
  curricula,
  emptyKey,
}: {
  page: Page;
  curricula: CurriculumSummary[];
  /** What to say when there are none. */
  emptyKey: string;
}): JSX.Element {
  if (curricula.length === 0) return <p safe>{page.t(emptyKey)}</p>;
  return (
    <ul>
      {curricula.map((c) => (
        <li>
          <a href={`/curricula/${c.slug}`} safe>
            {page.t('curriculum.curriculumName', { name: c.name })}
          </a>{' '}
          <span class="meta" safe>
            {page.t('curriculum.years', { start: String(c.startYear), end: String(c.endYear) })}
          </span>
        </li>
      ))}
    </ul>
  );
}
