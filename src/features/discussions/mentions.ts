import type { Deps } from '../../deps.ts';
import { foldForSearch } from '../../search/text.ts';
import { actorsOf } from '../accounts/actor-of.ts';
import { selectNamesOfLengths } from './mentions.queries.ts';
import { rightsIn, type SubjectRef } from './subjects.ts';

// "@Full Name" in a post: up to four words after the @, matched against officials' names with
// case and accents ignored (the longest name that matches wins). Only officials who may read the
// thread are mentioned: nobody else is told, stored or marked, so a post reveals no one.

const WORD = String.raw`[\p{L}\p{N}](?:[\p{L}\p{N}'’.-]*[\p{L}\p{N}])?`;
const MENTION = new RegExp(String.raw`(?<![\p{L}\p{N}_.@])@(${WORD}(?:[ \t]+${WORD}){0,3})`, 'gu');
/** A post mentions at most this many names (more @ are left as text). */
const MAX_MENTIONS = 20;

interface Candidate {
  /** The text as typed, "@" included, for marking it in the HTML. */
  typed: string;
  folded: string;
}

/** For each "@…" in the text, its 1- to 4-word readings, longest first. */
export function mentionCandidates(body: string): Candidate[][] {
  const out: Candidate[][] = [];
  for (const match of body.matchAll(MENTION)) {
    if (out.length >= MAX_MENTIONS) break;
    const words = [...(match[1] ?? '').matchAll(new RegExp(WORD, 'gu'))];
    const readings: Candidate[] = [];
    for (let k = words.length; k >= 1; k--) {
      const last = words[k - 1]!;
      const typed = `@${(match[1] ?? '').slice(0, (last.index ?? 0) + last[0].length)}`;
      readings.push({ typed, folded: foldForSearch(typed) });
    }
    out.push(readings);
  }
  return out;
}

export interface Mentions {
  userIds: number[];
  /** The mentions as typed, to mark in the rendered HTML. */
  typed: string[];
}

/** The officials a post's text mentions who may read the subject's threads (never its author). */
export async function resolveMentions(
  deps: Deps,
  subject: SubjectRef,
  body: string,
  authorId: number,
): Promise<Mentions> {
  const candidates = mentionCandidates(body);
  if (candidates.length === 0) return { userIds: [], typed: [] };
  // Names are stored as typed (NFC): a reading of n characters matches a name of n characters.
  const lengths = candidates.flat().map((c) => c.typed.length - 1);
  const byName = new Map<string, number[]>();
  for (const official of await selectNamesOfLengths(deps.db, lengths)) {
    const key = foldForSearch(official.name);
    byName.set(key, [...(byName.get(key) ?? []), official.id]);
  }
  const found = new Map<number, string>();
  for (const readings of candidates) {
    const hit = readings.find((r) => byName.has(r.folded));
    for (const id of hit ? (byName.get(hit.folded) ?? []) : []) found.set(id, hit!.typed);
  }
  found.delete(authorId);
  const readers: Mentions = { userIds: [], typed: [] };
  for (const official of await actorsOf(deps, [...found.keys()]))
    if ((await rightsIn(deps, official, subject)).read) {
      readers.userIds.push(official.id);
      readers.typed.push(found.get(official.id)!);
    }
  return readers;
}

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Marks the mentions in rendered HTML (text outside links and code only). */
export function markMentions(html: string, typed: readonly string[]): string {
  if (typed.length === 0) return html;
  const alternatives = [...new Set(typed.map(escapeHtml))]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp);
  const pattern = new RegExp(
    String.raw`(?<![\p{L}\p{N}_.@])(${alternatives.join('|')})(?![\p{L}\p{N}])`,
    'gu',
  );
  let inside = 0; // depth of <a>, <code> and <pre>
  return html.replace(/(<[^>]*>)|([^<]+)/g, (_all, tag: string | undefined, text: string) => {
    if (tag) {
      if (/^<(a|code|pre)[\s>]/i.test(tag)) inside++;
      else if (/^<\/(a|code|pre)>/i.test(tag)) inside = Math.max(0, inside - 1);
      return tag;
    }
    return inside > 0 ? text : text.replace(pattern, '<span class="mention">$1</span>');
  });
}
