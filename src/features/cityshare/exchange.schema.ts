import { z } from 'zod';
import { line, paragraphs } from '../../web/validation.ts';
import { EXCHANGE_STATUSES } from './exchange.policy.ts';

// Input of the exchange forms. Messages are translation keys. Field names are unique on the
// exchange page, which holds several forms, so that each error lands beside its own field.

const ID = /^[1-9]\d{0,9}$/;

/** A list from a form: absent → [], one value → [value], several → as sent. */
function list(v: unknown): unknown[] {
  if (v === undefined || v === '') return [];
  return (Array.isArray(v) ? v : [v]).filter((x) => x !== '');
}

/** Comma-separated ids or slugs from the query string of /exchanges/new. */
export function csv(v: unknown): string[] {
  return typeof v === 'string'
    ? v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
        .slice(0, 50)
    : [];
}

const ids = (message: string) =>
  z.preprocess(
    list,
    z.array(z.string({ error: message }).regex(ID, { message }).transform(Number), {
      error: message,
    }),
  );

const optionalId = (message: string) =>
  z
    .string({ error: message })
    .optional()
    .transform((s) => (s === undefined || s === '' ? null : s))
    .refine((s) => s === null || ID.test(s), { message })
    .transform((s) => (s === null ? null : Number(s)));

/** A calendar date YYYY-MM-DD that exists (no 31 February). */
export function isIsoDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

const date = (required: boolean) =>
  z
    .string({ error: 'exchanges.errors.dateRequired' })
    .optional()
    .transform((s) => (s ?? '').trim())
    .refine((s) => !required || s !== '', { message: 'exchanges.errors.dateRequired' })
    .refine((s) => s === '' || isIsoDate(s), { message: 'exchanges.errors.dateInvalid' })
    .transform((s) => (s === '' ? null : s));

export const exchangeSchema = z.object({
  title: line({ max: 200 }),
  description: paragraphs({ max: 5000, required: false }).optional().default(''),
  cities: ids('exchanges.errors.unknownCity')
    .refine((a) => new Set(a).size === a.length, { message: 'exchanges.errors.sameCity' })
    .refine((a) => a.length >= 2, { message: 'exchanges.errors.twoCities' }),
  themes: z.preprocess(
    list,
    z
      .array(z.string({ error: 'exchanges.errors.unknownTheme' }).max(100))
      .min(1, { message: 'exchanges.errors.themeRequired' }),
  ),
  facilitator: optionalId('exchanges.errors.unknownFacilitator'),
  participants: ids('exchanges.errors.notMember'),
  run: optionalId('exchanges.errors.unknownRun'),
});
export type ExchangeInput = z.output<typeof exchangeSchema>;

export const statusSchema = z.object({
  status: z.enum(EXCHANGE_STATUSES, { error: 'exchanges.errors.unknownStatus' }),
  summary: paragraphs({ max: 10_000, required: false }).optional().default(''),
});

export const meetingSchema = z.object({
  meeting_title: line({ max: 200 }),
  meeting_date: date(true),
  meeting_event: optionalId('exchanges.errors.unknownEvent'),
});

export const noteSchema = z.object({ note_body: paragraphs({ max: 5000 }) });

export const actionSchema = z.object({
  action_title: line({ max: 200 }),
  action_city: optionalId('exchanges.errors.unknownCity'),
  action_due: date(false),
});

export const participantSchema = z.object({
  participant: z
    .string({ error: 'exchanges.errors.notMember' })
    .regex(ID, { message: 'exchanges.errors.notMember' })
    .transform(Number),
});

export const documentSchema = z.object({ document_title: line({ max: 200 }) });
