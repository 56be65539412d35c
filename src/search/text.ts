// How the library (and any later search of the platform) folds text into words, the same way on
// both databases: the index stores folded text and each query is folded alike, so SQLite's FTS5
// tokenizer and PostgreSQL's 'simple' configuration see the same words.
// - NFKD, then no combining marks: accents, and the Arabic short vowels and hamza marks, go;
//   full-width forms become plain ones.
// - Lower case; the Arabic tatweel (a stretching stroke) goes.
// - Chinese and Japanese are written without spaces, so each Han, Hiragana or Katakana character
//   is a word of its own, and a query's run of them is searched as a phrase.
// - Whatever is neither a letter nor a digit separates words.

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const CJK_ALL = new RegExp(CJK.source, 'gu');
/** A query keeps at most this many words and phrases; the rest is ignored. */
export const MAX_QUERY_GROUPS = 10;
/** A query is read up to this many characters (a 5,000-character query is cut, not refused). */
export const MAX_QUERY_CHARS = 300;

/** `text` folded into space-separated words. */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/\u0640/gu, '')
    .toLowerCase()
    .replace(CJK_ALL, ' $& ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function isCjkWord(word: string): boolean {
  return CJK.test(word);
}

/**
 * One part of a query that a result must hold: a word (matched as a prefix when it has three
 * letters or more and is not a CJK character) or a phrase (words in a row).
 */
export type QueryGroup =
  { kind: 'word'; word: string; prefix: boolean } | { kind: 'phrase'; words: string[] };

function wordGroup(word: string): QueryGroup {
  return { kind: 'word', word, prefix: !isCjkWord(word) && [...word].length >= 3 };
}

/**
 * The groups of a search query: text in double quotes is a phrase, a run of CJK characters is a
 * phrase, every other word stands alone. Query syntax of either engine (quotes aside) is only
 * text here: `*`, `NEAR(`, `OR`, `-` or SQL become words or nothing.
 */
export function queryGroups(query: string): QueryGroup[] {
  const groups: QueryGroup[] = [];
  const parts = query.slice(0, MAX_QUERY_CHARS).split('"');
  parts.forEach((part, i) => {
    const words = foldForSearch(part).split(' ').filter(Boolean);
    if (words.length === 0) return;
    // Odd parts were inside quotes (an unclosed quote runs to the end).
    if (i % 2 === 1) {
      groups.push(words.length === 1 ? wordGroup(words[0]!) : { kind: 'phrase', words });
      return;
    }
    let run: string[] = [];
    const flush = () => {
      if (run.length === 1) groups.push(wordGroup(run[0]!));
      else if (run.length > 1) groups.push({ kind: 'phrase', words: run });
      run = [];
    };
    for (const word of words) {
      if (isCjkWord(word)) run.push(word);
      else {
        flush();
        groups.push(wordGroup(word));
      }
    }
    flush();
  });
  const seen = new Set<string>();
  return groups
    .filter((g) => {
      const key = g.kind === 'word' ? `w:${g.word}:${g.prefix}` : `p:${g.words.join(' ')}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .slice(0, MAX_QUERY_GROUPS);
}

/** Every word of the groups, to highlight in what is shown. */
export function groupWords(groups: QueryGroup[]): Array<{ word: string; prefix: boolean }> {
  return groups.flatMap((g) =>
    g.kind === 'word'
      ? [{ word: g.word, prefix: g.prefix }]
      : g.words.map((word) => ({ word, prefix: false })),
  );
}
