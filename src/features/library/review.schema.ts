import { z } from 'zod';
import { paragraphs } from '../../web/validation.ts';

// Input of the "send back" form: the coordinator's comment, which the editors must read.

export const sendBackSchema = z.object({
  comment: z.preprocess(
    (v) => v ?? '',
    paragraphs({ max: 2000, required: false }).refine((s) => s.length > 0, {
      message: 'library-edit.errors.commentRequired',
    }),
  ),
});
