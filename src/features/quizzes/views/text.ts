import type { Page } from '../../../web/page.ts';

// Picking the language of quiz content: the one asked for, else English, else any it has.

/** The entry in the language, else English, else the first there is. */
export function pick<T>(texts: Record<string, T>, language: string): T | undefined {
  return texts[language] ?? texts.en ?? Object.values(texts)[0];
}

/** A choice's label: true/false choices are labelled by the interface in the reader's language. */
export function choiceLabel(
  page: Page,
  kind: string,
  position: number,
  texts: Record<string, { label: string }>,
  language: string,
): string {
  if (kind === 'true_false') return page.t(position === 1 ? 'quizzes.true' : 'quizzes.false');
  return pick(texts, language)?.label ?? '';
}

/** A whole percentage in the reader's locale ("80%", "80 %", "٨٠٪"). */
export function percent(page: Page, n: number): string {
  return new Intl.NumberFormat(page.lang, { style: 'percent' }).format(n / 100);
}
