import { z } from 'zod';
import { WORLD_REGIONS } from '../../web/countries.ts';

// Input schemas of the calendar (query strings). Theme and partner slugs are checked against the
// database by the service; here only their shape and the fixed lists.

export const EVENT_KINDS = [
  'workshop',
  'webinar',
  'study_visit',
  'conference',
  'expert_meeting',
  'live_session',
] as const;

const CHOOSE = 'common.errors.chooseFromList';

/** An optional choice; "" (the "Any" option) means none. */
function optionalChoice(valid: (v: string) => boolean) {
  return z
    .string({ error: CHOOSE })
    .optional()
    .transform((v) => (v ?? '').trim())
    .refine((v) => v === '' || valid(v), { message: CHOOSE })
    .transform((v) => (v === '' ? null : v));
}

const isSlug = (v: string) => /^[a-z0-9-]{1,100}$/.test(v);

export const calendarFilterSchema = z.object({
  when: optionalChoice((v) => v === 'upcoming' || v === 'past').transform((v) =>
    v === 'past' ? ('past' as const) : ('upcoming' as const),
  ),
  theme: optionalChoice(isSlug),
  kind: optionalChoice((v) => (EVENT_KINDS as readonly string[]).includes(v)),
  region: optionalChoice((v) => (WORLD_REGIONS as readonly string[]).includes(v)),
  partner: optionalChoice(isSlug),
  year: z
    .string({ error: 'events.errors.badYear' })
    .optional()
    .transform((v) => (v ?? '').trim())
    .refine((v) => v === '' || /^(19|20)[0-9]{2}$/.test(v), { message: 'events.errors.badYear' })
    .transform((v) => (v === '' ? null : Number(v))),
  page: z
    .string({ error: 'events.errors.badPage' })
    .optional()
    .transform((v) => (v ?? '1').trim())
    .refine((v) => /^[1-9][0-9]{0,4}$/.test(v), { message: 'events.errors.badPage' })
    .transform(Number),
});
export type CalendarFilter = z.output<typeof calendarFilterSchema>;

/** The filter names kept in the calendar's links, in order. */
export const CALENDAR_FILTER_NAMES = [
  'when',
  'theme',
  'kind',
  'region',
  'partner',
  'year',
] as const;

/** A month as written in the month view's address: YYYY-MM (years 1900–2999). */
export const MONTH_PATTERN = /^(19|2[0-9])[0-9]{2}-(0[1-9]|1[0-2])$/;
