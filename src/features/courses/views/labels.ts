import type { Page } from '../../../web/page.ts';

// Small helpers shared by the course views.

/** The title in the reader's language, else English, else any language the course has. */
export function pickTitle(titles: Record<string, string>, lang: string): string {
  return titles[lang] ?? titles.en ?? Object.values(titles)[0] ?? '';
}

/** A course status as a translated label. */
export function statusLabel(page: Page, status: string): string {
  return page.t(`courses.status.${status}`);
}
