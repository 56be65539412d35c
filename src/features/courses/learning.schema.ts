import { z } from 'zod';
import { LANGUAGES } from '../../web/i18n.ts';

// Input of the learner's forms.

/** "Mark as done" carries only the content language to come back to. */
export const markDoneSchema = z.object({
  lang: z.enum(LANGUAGES).optional(),
});
