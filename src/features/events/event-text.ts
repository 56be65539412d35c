import * as q from './event-reads.queries.ts';

// Shared by the calendar and the event page: one row per event with its title in the reader's
// language (else English, else any language it has), and its themes.

export interface EventSummary extends q.EventRow {
  title: string;
  /** The language the title is in (differs from the page's when there is no translation). */
  titleLanguage: string;
  themes: Array<{ slug: string; name: string }>;
}

/** Picks the text in the wanted language, else English, else the first there is. */
export function pickText<T extends { language: string }>(texts: T[], language: string): T | null {
  return (
    texts.find((x) => x.language === language) ??
    texts.find((x) => x.language === 'en') ??
    texts[0] ??
    null
  );
}

function groupBy<T>(items: T[], key: (item: T) => number): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const item of items) {
    const list = out.get(key(item));
    if (list) list.push(item);
    else out.set(key(item), [item]);
  }
  return out;
}

/** Adds titles and themes to event rows: two queries, whatever the number of events. */
export async function summarise(
  db: Parameters<typeof q.selectEventTitles>[0],
  rows: q.EventRow[],
  language: string,
): Promise<EventSummary[]> {
  const ids = rows.map((r) => r.id);
  const [texts, themes] = await Promise.all([
    q.selectEventTitles(db, ids),
    q.selectEventThemes(db, ids, language),
  ]);
  const textsOf = groupBy(texts, (x) => x.eventId);
  const themesOf = groupBy(themes, (x) => x.eventId);
  return rows.map((row) => {
    const text = pickText(textsOf.get(row.id) ?? [], language);
    const names = new Map<string, string>();
    for (const th of themesOf.get(row.id) ?? [])
      if (th.language === language || !names.has(th.slug)) names.set(th.slug, th.name);
    return {
      ...row,
      title: text?.title ?? row.slug,
      titleLanguage: text?.language ?? 'en',
      themes: [...names].map(([slug, name]) => ({ slug, name })),
    };
  });
}
