import { z } from 'zod';
import { LANGUAGES } from '../../web/i18n.ts';
import { line } from '../../web/validation.ts';

// The outcome-document form: its title and the language it is written in (the file comes apart).

export const documentFormSchema = z.object({
  title: line({ max: 200 }),
  language: z.enum(LANGUAGES, { error: 'event-documents.errors.languageRequired' }),
});
export type DocumentFormInput = z.output<typeof documentFormSchema>;
