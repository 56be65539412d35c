import { z } from 'zod';
import { LANGUAGES } from '../../web/i18n.ts';
import { line } from '../../web/validation.ts';

// The outcome-document form: its title and the language it is written in (the file comes apart).

export const documentFormSchema = z.object({
  title: line({ max: 200 }),
  language: z.enum(LANGUAGES, { error: 'event-documents.errors.languageRequired' }),
});
export type DocumentFormInput = z.output<typeof documentFormSchema>;

/** A positive id from a URL; anything else names nothing. */
export function idOf(text: string): number | undefined {
  return /^[1-9]\d{0,9}$/.test(text) && Number(text) <= 2_147_483_647 ? Number(text) : undefined;
}
