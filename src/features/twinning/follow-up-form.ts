import type { z } from 'zod';
import { fieldErrors } from '../../web/validation.ts';

// A missing required field is named in the message ("Describe the progress…"), so the error
// summary at the top of a form says which field it means.
const REQUIRED: Record<string, string> = {
  progress: 'follow-up.errors.progressRequired',
  title: 'follow-up.errors.titleRequired',
  details: 'follow-up.errors.detailsRequired',
};

/** fieldErrors, with "required" replaced by the field's own message. */
export function followUpErrors(error: z.ZodError): Record<string, string> {
  const out = fieldErrors(error);
  for (const [field, key] of Object.entries(out))
    if (key === 'common.errors.required' && REQUIRED[field]) out[field] = REQUIRED[field];
  return out;
}
