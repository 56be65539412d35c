import { foldForSearch } from './text.ts';

// Marking the words of a query in the text shown: the text is folded character by character as
// search-text.ts folds it, keeping where each folded word starts and ends in the original, so
// "Médiation" is marked for "mediation" and "الْمَدِينَة" for "المدينة". A prefix word marks the
// whole word it starts.

export interface Segment {
  text: string;
  mark: boolean;
}

export interface Highlighted {
  segments: Segment[];
  /** Whether text was left out before or after the snippet. */
  cutStart: boolean;
  cutEnd: boolean;
  matched: boolean;
}

/** Roughly how many characters a snippet of a long text shows. */
export const SNIPPET_CHARS = 240;

interface Word {
  folded: string;
  start: number; // in the original, UTF-16 units
  end: number;
}

// How each character folds, looked up once per process: a long document repeats few characters.
type CharKind = { folded: string; kind: 'mark' | 'gap' | 'cjk' | 'letter' };
const CHARS = new Map<string, CharKind>();
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

function charKind(char: string): CharKind {
  let known = CHARS.get(char);
  if (known) return known;
  const folded = foldForSearch(char);
  if (folded === '')
    known = {
      folded,
      // A mark or tatweel on its own belongs to the word it is in; anything else separates words.
      kind: char.normalize('NFKD').replace(/[\p{M}\u0640]/gu, '') === '' ? 'mark' : 'gap',
    };
  else
    known = {
      folded: folded.replace(/ /g, ''),
      kind: CJK.test(char) || folded.includes(' ') ? 'cjk' : 'letter',
    };
  if (CHARS.size < 100_000) CHARS.set(char, known);
  return known;
}

/** The folded words of `text` with their place in the original, in order. */
function* wordsOf(text: string): Generator<Word> {
  let current: Word | null = null;
  let i = 0;
  for (const char of text) {
    const next = i + char.length;
    const c = charKind(char);
    if (c.kind === 'mark') {
      if (current) current.end = next;
    } else if (c.kind === 'gap') {
      if (current) yield current;
      current = null;
    } else if (c.kind === 'cjk') {
      // A CJK character is a word of its own.
      if (current) yield current;
      current = null;
      yield { folded: c.folded, start: i, end: next };
    } else if (current) {
      current.folded += c.folded;
      current.end = next;
    } else current = { folded: c.folded, start: i, end: next };
    i = next;
  }
  if (current) yield current;
}

function matches(word: string, wanted: Array<{ word: string; prefix: boolean }>): boolean {
  return wanted.some((w) => (w.prefix ? word.startsWith(w.word) : word === w.word));
}

/**
 * `text` cut into segments with the wanted words marked; a text longer than SNIPPET_CHARS is cut
 * to about that many characters around the first match (or its start).
 */
export function highlight(
  text: string,
  wanted: Array<{ word: string; prefix: boolean }>,
  options: { snippet?: boolean } = {},
): Highlighted {
  const snippet = options.snippet !== false && text.length > SNIPPET_CHARS;
  const marks: Word[] = [];
  if (wanted.length > 0)
    for (const w of wordsOf(text)) {
      // A snippet shows only what follows its first match closely.
      if (snippet && marks.length > 0 && w.start > marks[0]!.start + SNIPPET_CHARS) break;
      if (matches(w.folded, wanted)) marks.push(w);
    }
  let from = 0;
  let to = text.length;
  if (snippet) {
    const first = marks[0]?.start ?? 0;
    from = Math.max(0, first - SNIPPET_CHARS / 3);
    // Start and end at a space when one is near, so that words are not cut.
    if (from > 0) {
      const space = text.indexOf(' ', from);
      if (space !== -1 && space < first) from = space + 1;
    }
    to = Math.min(text.length, from + SNIPPET_CHARS);
    if (to < text.length) {
      const space = text.lastIndexOf(' ', to);
      if (space > from + SNIPPET_CHARS / 2) to = space;
    }
  }
  const segments: Segment[] = [];
  let at = from;
  for (const m of marks) {
    if (m.end <= from || m.start >= to) continue;
    const start = Math.max(m.start, from);
    const end = Math.min(m.end, to);
    const last = segments[segments.length - 1];
    if (start > at) {
      segments.push({ text: text.slice(at, start), mark: false });
      segments.push({ text: text.slice(start, end), mark: true });
    } else if (last?.mark) {
      // Marked characters in a row (a Chinese phrase) make one mark.
      last.text += text.slice(start, end);
    } else segments.push({ text: text.slice(start, end), mark: true });
    at = end;
  }
  if (at < to) segments.push({ text: text.slice(at, to), mark: false });
  return { segments, cutStart: from > 0, cutEnd: to < text.length, matched: marks.length > 0 };
}
