import { z } from 'zod';
import { idOf } from '../../web/validation.ts';

// The form that links a resource to where it is used: any of a course, an event and a practice,
// chosen from lists; an empty choice is no choice.

const choice = (message: string) =>
  z
    .string()
    .optional()
    .transform((s) => (s ?? '').trim())
    .refine((s) => s === '' || idOf(s) !== undefined, { message })
    .transform((s) => (s === '' ? undefined : idOf(s)));

export const useSchema = z
  .object({
    course: choice('resources.uses.errors.unknownCourse'),
    event: choice('resources.uses.errors.unknownEvent'),
    practice: choice('resources.uses.errors.unknownPractice'),
  })
  .refine((u) => u.course !== undefined || u.event !== undefined || u.practice !== undefined, {
    message: 'resources.uses.errors.chooseOne',
    path: ['course'],
  });

export type UseInput = z.infer<typeof useSchema>;
