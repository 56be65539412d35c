import { z } from 'zod';
import { isCountryCode } from '../../web/countries.ts';
import { LANGUAGES } from '../../web/i18n.ts';
import { timeZoneField } from '../../web/time-zones.ts';
import { email, line } from '../../web/validation.ts';
import { MAX_PASSWORD_LENGTH, passwordProblem } from './passwords.ts';

// Form inputs of the accounts pages. Messages are translation keys shown next to each field.

export const GENDERS = ['female', 'male', 'other'] as const;
export type Gender = (typeof GENDERS)[number];

const CHOOSE = 'common.errors.chooseFromList';

/** A password being typed to prove who one is: only required and bounded. */
const existingPassword = z
  .string({ error: 'common.errors.required' })
  .min(1, { error: 'common.errors.required' })
  .max(MAX_PASSWORD_LENGTH, { error: 'common.errors.tooLong' });

/** A password being chosen: length and the common-password list (personal words: the service). */
const newPassword = z.string({ error: 'common.errors.required' }).superRefine((value, ctx) => {
  const problem = value.length === 0 ? 'common.errors.required' : passwordProblem(value);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

/** "" (not listed) or the id of an organisation; the service checks that it exists. */
const organisation = z
  .string()
  .default('')
  .refine((v) => v === '' || /^[1-9]\d{0,8}$/.test(v), { message: CHOOSE })
  .transform((v) => (v === '' ? null : Number(v)));

const country = z
  .string()
  .default('')
  .refine((v) => v === '' || isCountryCode(v), { message: CHOOSE })
  .transform((v) => (v === '' ? null : v));

// "Prefer not to say" is the empty choice, stored as null like an unanswered question.
const gender = z
  .string()
  .default('')
  .refine((v) => v === '' || (GENDERS as readonly string[]).includes(v), { message: CHOOSE })
  .transform((v) => (v === '' ? null : (v as Gender)));

export const profileSchema = z.object({
  name: line({ max: 200 }),
  language: z.enum(LANGUAGES, { error: CHOOSE }),
  organisation,
  position: line({ max: 200, required: false }).default(''),
  country,
  gender,
});
export type ProfileInput = z.infer<typeof profileSchema>;

/** The account page's profile: the sign-up fields and the zone times are shown in. */
export const accountProfileSchema = profileSchema.extend({ timeZone: timeZoneField });
export type AccountProfileInput = z.infer<typeof accountProfileSchema>;

export const signUpSchema = profileSchema.extend({ email, password: newPassword });
export type SignUpInput = z.infer<typeof signUpSchema>;

export const signInSchema = z.object({ email, password: existingPassword });

export const forgotPasswordSchema = z.object({ email });

export const resetPasswordSchema = z.object({
  password: newPassword,
  confirmation: z.string().default(''),
});

export const changePasswordSchema = resetPasswordSchema.extend({
  currentPassword: existingPassword,
});

/** A numeric id from the URL, else NOT_FOUND (the route maps undefined to 404). */
export function idParam(value: string): number | undefined {
  return /^[1-9]\d{0,8}$/.test(value) ? Number(value) : undefined;
}
