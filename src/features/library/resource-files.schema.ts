import { z } from 'zod';
import { DOCUMENT_LANGUAGES } from './resource-form.schema.ts';

// Input of the upload form of a resource's files: the language the file is written in.

export const resourceFileSchema = z.object({
  language: z
    .string({ error: 'library-edit.errors.fileLanguage' })
    .refine((v) => (DOCUMENT_LANGUAGES as readonly string[]).includes(v), {
      message: 'library-edit.errors.fileLanguage',
    }),
});
