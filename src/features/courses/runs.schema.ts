import { z } from 'zod';
import { line, paragraphs } from '../../web/validation.ts';
import { parseId } from './courses.schema.ts';

// Input of the run forms, the application form and the decision on an application.

const CHOOSE = 'common.errors.chooseFromList';

/** A real calendar date written YYYY-MM-DD (as date inputs send it), or "" for none. */
const optionalDate = z
  .string({ error: 'runs.errors.dateInvalid' })
  .trim()
  .refine((v) => v === '' || isCalendarDate(v), { message: 'runs.errors.dateInvalid' })
  .transform((v) => (v === '' ? null : v));

function isCalendarDate(v: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) return false;
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
}

const ids = z
  .array(z.string())
  .transform((list) => [...new Set(list)])
  .refine((list) => list.length <= 50 && list.every((v) => parseId(v) !== null), {
    message: 'runs.errors.facilitatorUnknown',
  })
  .transform((list) => list.map(Number));

const seats = z
  .string({ error: 'runs.errors.seatsInvalid' })
  .trim()
  .refine((v) => v === '' || (/^\d{1,6}$/.test(v) && Number(v) >= 1 && Number(v) <= 100_000), {
    message: 'runs.errors.seatsInvalid',
  })
  .transform((v) => (v === '' ? null : Number(v)));

/**
 * A run's details. The always-open run of a self-paced course has no dates, so they are checked
 * only for the others.
 */
export function runSchema(alwaysOpen: boolean) {
  return z
    .object({
      title: line({ max: 200, required: false }),
      starts_on: optionalDate,
      ends_on: optionalDate,
      location: line({ max: 200, required: false }),
      enrolment_mode: z.enum(['open', 'application'], { error: CHOOSE }),
      enrolment_closes_on: optionalDate,
      seats,
      facilitator_ids: ids,
    })
    .superRefine((v, ctx) => {
      if (alwaysOpen) return;
      const problem = (path: string, message: string) =>
        ctx.addIssue({ code: 'custom', path: [path], message });
      if (v.starts_on === null) problem('starts_on', 'runs.errors.startRequired');
      if (v.ends_on === null) problem('ends_on', 'runs.errors.endRequired');
      else if (v.starts_on !== null && v.ends_on < v.starts_on)
        problem('ends_on', 'runs.errors.endBeforeStart');
      if (v.enrolment_closes_on !== null && v.ends_on !== null && v.enrolment_closes_on > v.ends_on)
        problem('enrolment_closes_on', 'runs.errors.closesAfterEnd');
    })
    .transform((v) => ({
      title: v.title,
      startsOn: alwaysOpen ? null : v.starts_on,
      endsOn: alwaysOpen ? null : v.ends_on,
      location: v.location,
      enrolmentMode: v.enrolment_mode,
      // Enrolment stays open to the end of the day it closes (UTC).
      enrolmentClosesAt:
        alwaysOpen || v.enrolment_closes_on === null
          ? null
          : `${v.enrolment_closes_on}T23:59:59.999Z`,
      seats: v.seats,
      facilitatorIds: v.facilitator_ids,
    }));
}
export type RunInput = z.output<ReturnType<typeof runSchema>>;

export const RUN_FIELDS = [
  'title',
  'starts_on',
  'ends_on',
  'location',
  'enrolment_mode',
  'enrolment_closes_on',
  'seats',
] as const;

export const applicationSchema = z.object({
  motivation: paragraphs({ max: 5000 }),
  organisation_id: z
    .string({ error: 'runs.errors.organisationUnknown' })
    .refine((v) => v === '' || parseId(v) !== null, { message: 'runs.errors.organisationUnknown' })
    .transform((v) => (v === '' ? null : Number(v))),
});
export type ApplicationInput = z.output<typeof applicationSchema>;

export const decisionSchema = z.object({
  decision: z.enum(['accept', 'decline'], { error: CHOOSE }),
});

/** `waitlist_if_full=1`: the course page's button says that a full run puts you on the list. */
export const enrolSchema = z.object({
  waitlist_if_full: z
    .string()
    .optional()
    .transform((v) => v === '1'),
});
