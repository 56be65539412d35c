import { sql, type RawBuilder } from 'kysely';
import type { Dialect } from '../../db/database.ts';

// Ranked full-text search over course titles and summaries in every language, one SQL per
// dialect behind one function (the index and its triggers: migration 20261128T0009). A course
// matches when one of its translations holds every term (a substring, whatever the case or
// accents) in its title or summary; rank 0 when the title alone holds them all, else 1.

/** A course's best rank among its matching translations. */
export interface SearchHit {
  course_id: number;
  rank: number;
}

const MAX_TERMS = 8;
/** The trigram index finds terms of 3 characters or more; shorter ones are matched row by row. */
const INDEXED_LENGTH = 3;

/** Case and Latin, Greek or Cyrillic accents removed. */
function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .toLowerCase();
}

/**
 * The distinct words of a query, at most MAX_TERMS of them. Each database folds them with the
 * same functions as its index (FTS5's tokenizer; PostgreSQL's lower(unaccent())), so that they
 * agree on every letter; only the short terms matched without an index are folded here.
 */
export function searchTerms(q: string): string[] {
  return [...new Set(q.normalize('NFC').split(/\s+/u).filter(Boolean))].slice(0, MAX_TERMS);
}

/** The courses matching `q` with their rank, as a (parenthesised) subquery to join; null without terms. */
export function searchHits(dialect: Dialect, q: string): RawBuilder<SearchHit> | null {
  const terms = searchTerms(q);
  if (terms.length === 0) return null;
  return dialect === 'postgres' ? postgresHits(terms) : sqliteHits(terms);
}

function postgresHits(terms: string[]): RawBuilder<SearchHit> {
  // The column holds lower(unaccent(text)); the term is folded by the same functions.
  const like = (column: 'title' | 'summary', term: string) =>
    sql`${sql.ref(column)} LIKE '%' || lower(unaccent(${term.replace(/[\\%_]/g, '\\$&')})) || '%'`;
  const inTitle = sql.join(
    terms.map((t) => like('title', t)),
    sql` AND `,
  );
  const anywhere = sql.join(
    terms.map((t) => sql`(${like('title', t)} OR ${like('summary', t)})`),
    sql` AND `,
  );
  return sql<SearchHit>`(SELECT course_id, min(CASE WHEN ${inTitle} THEN 0 ELSE 1 END) AS rank
    FROM course_search WHERE ${anywhere} GROUP BY course_id)`;
}

function sqliteHits(terms: string[]): RawBuilder<SearchHit> {
  const indexed = terms.filter((t) => Array.from(t).length >= INDEXED_LENGTH);
  const short = terms.filter((t) => Array.from(t).length < INDEXED_LENGTH);
  // Each indexed term is one FTS5 phrase, quoted so that no input is read as FTS5 syntax.
  const phrases = indexed.map((t) => `"${t.replace(/"/g, '""')}"`).join(' ');
  const glob = (column: 'title' | 'summary', term: string) =>
    sql`${sql.ref(column)} GLOB ${`*${[...foldText(term)].map(globChar).join('')}*`}`;
  const inTitle = [
    ...(phrases
      ? [
          sql`rowid IN (SELECT rowid FROM course_search WHERE course_search MATCH ${`title : (${phrases})`})`,
        ]
      : []),
    ...short.map((t) => glob('title', t)),
  ];
  const anywhere = [
    ...(phrases ? [sql`course_search MATCH ${phrases}`] : []),
    ...short.map((t) => sql`(${glob('title', t)} OR ${glob('summary', t)})`),
  ];
  return sql<SearchHit>`(SELECT course_id, min(CASE WHEN ${sql.join(inTitle, sql` AND `)} THEN 0 ELSE 1 END) AS rank
    FROM course_search WHERE ${sql.join(anywhere, sql` AND `)} GROUP BY course_id)`;
}

// GLOB is case-sensitive: a short term matches each of its characters in any case or accent by
// a character class of the letters that fold to it (Latin, Greek, Cyrillic).
const FOLDS_TO = new Map<string, string[]>();
for (const [from, to] of [
  [0xc0, 0x24f],
  [0x370, 0x4ff],
  [0x1e00, 0x1eff],
]) {
  for (let cp = from!; cp <= to!; cp++) {
    const char = String.fromCodePoint(cp);
    const folded = foldText(char);
    if (folded !== char && Array.from(folded).length === 1)
      FOLDS_TO.set(folded, [...(FOLDS_TO.get(folded) ?? []), char]);
  }
}

function globChar(char: string): string {
  if ('*?['.includes(char)) return `[${char}]`;
  const variants = new Set([char, char.toUpperCase(), ...(FOLDS_TO.get(char) ?? [])]);
  const single = [...variants].filter((v) => Array.from(v).length === 1);
  return single.length === 1 ? char : `[${single.join('')}]`;
}
