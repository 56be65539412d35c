import { LANGUAGES } from '../../web/i18n.ts';

// Pure rules of a learner's path through a course: progress, where to continue, the lessons
// before and after, and which language a text is shown in.

export interface Step {
  id: number;
  isRequired: boolean;
}

export interface Progress {
  done: number;
  total: number;
}

/** Required lessons done out of required lessons (optional lessons do not count). */
export function progressOf(steps: readonly Step[], done: ReadonlySet<number>): Progress {
  const required = steps.filter((s) => s.isRequired);
  return { done: required.filter((s) => done.has(s.id)).length, total: required.length };
}

/**
 * Where "continue" leads: the last lesson opened if it is not done yet, else the first lesson not
 * done after it, else the first lesson not done at all; null when every lesson is done.
 */
export function continueLessonId(
  steps: readonly Step[],
  done: ReadonlySet<number>,
  lastLessonId: number | null,
): number | null {
  const last = steps.findIndex((s) => s.id === lastLessonId);
  if (last >= 0 && !done.has(steps[last]!.id)) return steps[last]!.id;
  const after = steps.slice(last + 1).find((s) => !done.has(s.id));
  return (after ?? steps.find((s) => !done.has(s.id)))?.id ?? null;
}

/** The lessons before and after this one, across modules. */
export function neighbours<S extends { id: number }>(
  steps: readonly S[],
  lessonId: number,
): { previous: S | null; next: S | null } {
  const i = steps.findIndex((s) => s.id === lessonId);
  if (i < 0) return { previous: null, next: null };
  return { previous: steps[i - 1] ?? null, next: steps[i + 1] ?? null };
}

/** A text in the language it is written in, so views can mark a fallback with `lang`. */
export interface Localised {
  text: string;
  language: string;
}

/**
 * The text in the wanted language, else the reader's, else English, else the first language it
 * has (in the platform's order of languages).
 */
export function pickText(
  texts: Readonly<Record<string, string>>,
  wanted: string,
  reader: string,
): Localised {
  for (const language of preference(Object.keys(texts), wanted, reader))
    if (texts[language]) return { text: texts[language], language };
  return { text: '', language: wanted };
}

function preference(languages: string[], wanted: string, reader: string): string[] {
  const others = [...languages].sort(
    (a, b) => LANGUAGES.indexOf(a as never) - LANGUAGES.indexOf(b as never),
  );
  return [wanted, reader, 'en', ...others];
}

/** Of things kept per language (a lesson's files), the one to show, by the same preference. */
export function pickByLanguage<T extends { language: string }>(
  items: readonly T[],
  wanted: string,
  reader: string,
): T | undefined {
  for (const language of preference(
    items.map((i) => i.language),
    wanted,
    reader,
  )) {
    const found = items.find((i) => i.language === language);
    if (found) return found;
  }
  return undefined;
}

/** The content languages a course offers, in the platform's order of languages. */
export function offeredLanguages(written: readonly string[]): string[] {
  return LANGUAGES.filter((l) => written.includes(l));
}
