import { z } from 'zod';
import { LANGUAGES } from '../../web/i18n.ts';

// The text fields of a document lesson's upload form (the file is checked by src/files).

export const documentFormSchema = z.object({
  language: z.enum(LANGUAGES, { error: 'learning.document.errors.language' }),
});
