import { z } from 'zod';
import { LANGUAGES } from '../../web/i18n.ts';
import { line, paragraphs } from '../../web/validation.ts';
import { isTimeZone } from '../../web/time-zones.ts';
import { isLocalDateTime, localToUtc } from './event-edit-time.ts';
import { EVENT_KINDS } from './events.schema.ts';

// The event form. Dates are typed as local date-times in the event's time zone and turned into
// UTC instants here, once the zone is known to be valid.

const CHOOSE = 'common.errors.chooseFromList';

function choice<T extends string>(list: readonly T[]) {
  return z
    .string({ error: CHOOSE })
    .refine((v): v is T => (list as readonly string[]).includes(v), {
      message: CHOOSE,
    }) as unknown as z.ZodType<T, string>;
}

/** An optional list of numeric ids (checkboxes, multiple selects): one value arrives as a string. */
const ids = (message: string) =>
  z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((v) => [...new Set(v === undefined ? [] : [v].flat())].filter((x) => x !== ''))
    .refine((list) => list.length <= 20 && list.every((x) => /^[1-9]\d{0,9}$/.test(x)), {
      message,
    })
    .transform((list) => list.map(Number));

const optionalId = z
  .string()
  .optional()
  .transform((v) => (v ?? '').trim())
  .refine((v) => v === '' || /^[1-9]\d{0,9}$/.test(v), { message: CHOOSE })
  .transform((v) => (v === '' ? null : Number(v)));

/** E-mail addresses, one a line (or separated by commas): officials named as facilitators/speakers. */
const emails = z
  .string()
  .optional()
  .transform((v) => [
    ...new Set(
      (v ?? '')
        .split(/[\s,;]+/)
        .map((x) => x.trim().toLowerCase())
        .filter(Boolean),
    ),
  ])
  .refine((list) => list.length <= 50 && list.every((x) => x.length <= 254 && x.includes('@')), {
    message: 'events.errors.emailsInvalid',
  });

const localTime = (required: boolean) =>
  z
    .string()
    .optional()
    .transform((v) => (v ?? '').trim())
    .refine((v) => v !== '' || !required, { message: 'events.errors.dateTimeRequired' })
    .refine((v) => v === '' || isLocalDateTime(v), { message: 'events.errors.dateTimeInvalid' });

const onlineUrl = z
  .string()
  .optional()
  .transform((v) => (v ?? '').trim())
  .refine((v) => v.length <= 500, { message: 'common.errors.tooLong' })
  .refine(
    (v) => {
      if (v === '') return true;
      try {
        const url = new URL(v);
        // https only: javascript:, data: and plain http links are refused.
        return url.protocol === 'https:' && url.hostname !== '';
      } catch {
        return false;
      }
    },
    { message: 'events.errors.onlineUrlInvalid' },
  )
  .transform((v) => (v === '' ? '' : new URL(v).href));

const capacity = z
  .string()
  .optional()
  .transform((v) => (v ?? '').trim())
  .refine((v) => v === '' || (/^\d{1,6}$/.test(v) && Number(v) >= 1), {
    message: 'events.errors.capacityInvalid',
  })
  .transform((v) => (v === '' ? null : Number(v)));

export const eventFormSchema = z
  .object({
    language: choice(LANGUAGES),
    title: line({ max: 200 }),
    description: paragraphs({ max: 20_000, required: false }),
    kind: choice(EVENT_KINDS),
    theme_ids: ids('events.errors.themeUnknown'),
    partner_ids: ids('events.errors.partnerUnknown'),
    facilitator_emails: emails,
    speaker_emails: emails,
    time_zone: z
      .string({ error: 'events.errors.timeZoneUnknown' })
      .refine(isTimeZone, { message: 'events.errors.timeZoneUnknown' }),
    starts_local: localTime(true),
    ends_local: localTime(true),
    venue_city_id: optionalId,
    venue_address: line({ max: 300, required: false }).optional().default(''),
    online_url: onlineUrl,
    capacity,
    registration_opens_local: localTime(false),
    registration_closes_local: localTime(false),
    requires_approval: z
      .string()
      .optional()
      .transform((v) => v === '1'),
    run_id: optionalId,
    curriculum_id: optionalId,
  })
  .transform((f, ctx) => {
    const at = (local: string) => (local === '' ? null : localToUtc(local, f.time_zone));
    const startsAt = at(f.starts_local)!;
    const endsAt = at(f.ends_local)!;
    const opensAt = at(f.registration_opens_local);
    const closesAt = at(f.registration_closes_local);
    if (endsAt <= startsAt)
      ctx.addIssue({
        code: 'custom',
        path: ['ends_local'],
        message: 'events.errors.endBeforeStart',
      });
    if (opensAt && closesAt && closesAt <= opensAt)
      ctx.addIssue({
        code: 'custom',
        path: ['registration_closes_local'],
        message: 'events.errors.windowInvalid',
      });
    if (closesAt && closesAt > startsAt)
      ctx.addIssue({
        code: 'custom',
        path: ['registration_closes_local'],
        message: 'events.errors.closesAfterStart',
      });
    return { ...f, startsAt, endsAt, opensAt, closesAt };
  });
export type EventFormInput = z.output<typeof eventFormSchema>;

/** Status changes an organiser may make: publish a draft, cancel or close a published event. */
export const STATUS_CHANGES: Record<string, readonly string[]> = {
  draft: ['published'],
  published: ['cancelled', 'held'],
  cancelled: [],
  held: [],
};

export const statusSchema = z.object({
  status: choice(['published', 'cancelled', 'held'] as const),
});
