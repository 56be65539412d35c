import type { Deps } from '../../deps.ts';
import type { FacetIndex } from './facets.service.ts';
import { highlight, type Highlighted } from '../../search/highlight.ts';
import { selectDocumentTexts, selectResultTexts, type ResultTextRow } from './search.queries.ts';
import { groupWords, type QueryGroup } from '../../search/text.ts';

// One page of search results as shown: title and summary in the reader's language (else the
// translation where the query matched, else the first), the query's words marked, and for a
// resource that matched only inside a document, a marked snippet of that document's text.

export interface LibraryResult {
  id: number;
  slug: string;
  kind: string;
  year: number | null;
  /** The language of the title and summary shown. */
  language: string;
  title: Highlighted;
  summary: Highlighted | null;
  organisations: string[];
  /** Where the query was found when not in the title or summary: a file's text and its language. */
  document: { language: string; snippet: Highlighted } | null;
}

function chooseTranslation(
  rows: ResultTextRow[],
  lang: string,
  words: ReturnType<typeof groupWords>,
): { row: ResultTextRow; title: Highlighted; summary: Highlighted | null } {
  const shown = rows.map((row) => ({
    row,
    title: highlight(row.title, words, { snippet: false }),
    summary: row.summary ? highlight(row.summary, words) : null,
  }));
  const matched = (s: (typeof shown)[number]) => s.title.matched || (s.summary?.matched ?? false);
  const own = shown.find((s) => s.row.language === lang);
  if (own && (words.length === 0 || matched(own))) return own;
  return shown.find(matched) ?? own ?? shown.find((s) => s.row.language === 'en') ?? shown[0]!;
}

/** The shown form of these resources (in this order), with one read of their texts. */
export async function pageResults(
  deps: Deps,
  lang: string,
  index: FacetIndex,
  ids: number[],
  groups: QueryGroup[],
): Promise<LibraryResult[]> {
  const words = groupWords(groups);
  const texts = new Map<number, ResultTextRow[]>();
  for (const row of await selectResultTexts(deps.db, ids)) {
    const list = texts.get(row.id) ?? [];
    list.push(row);
    texts.set(row.id, list);
  }
  const results: LibraryResult[] = [];
  for (const id of ids) {
    const rows = texts.get(id);
    const p = index.positionOf(id);
    if (!rows || p === undefined) continue; // unpublished since the index was read
    const { row, title, summary } = chooseTranslation(rows, lang, words);
    const { offsets, items, values } = index.organisation;
    const organisations: string[] = [];
    for (let k = offsets[p]!; k < offsets[p + 1]!; k++) {
      const org = index.organisations.get(values[items[k]!]!);
      if (org) organisations.push(org.name);
    }
    const year =
      index.year.offsets[p] === index.year.offsets[p + 1]
        ? null
        : index.year.values[index.year.items[index.year.offsets[p]!]!]!;
    results.push({
      id,
      slug: row.slug,
      kind: index.kind.values[index.kind.items[index.kind.offsets[p]!]!]!,
      year,
      language: row.language,
      title,
      summary,
      organisations,
      document: null,
    });
  }
  // Found elsewhere than the title and summary: look for the words in the files' text.
  const elsewhere = results.filter(
    (r) => words.length > 0 && !r.title.matched && !r.summary?.matched,
  );
  if (elsewhere.length > 0) {
    const byId = new Map(elsewhere.map((r) => [r.id, r]));
    for (const file of await selectDocumentTexts(
      deps.db,
      elsewhere.map((r) => r.id),
    )) {
      const result = byId.get(file.resourceId);
      if (!result || result.document) continue;
      const snippet = highlight(file.text.replace(/\s+/g, ' '), words);
      if (snippet.matched) result.document = { language: file.language, snippet };
    }
  }
  return results;
}
