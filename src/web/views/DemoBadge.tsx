import type { Page } from '../page.ts';

/** "Demo data" beside what the demo data invented (a space after it); nothing for real data. */
export function DemoBadge({ page, when }: { page: Page; when: boolean }): JSX.Element {
  if (!when) return '';
  return (
    <>
      <span class="badge demo-badge" safe>
        {page.t('common.demoData')}
      </span>{' '}
    </>
  );
}
