import { z } from 'zod';
import { idOf, line, paragraphs } from '../../web/validation.ts';

// Input of the twinning forms: the new project, actions, milestones, the public summary. Messages
// are translation keys. Rules that need the database (known cities, dates within the project) are
// checked by the services.

export const TWINNING_STATUSES = ['proposed', 'active', 'completed', 'cancelled'] as const;
export type TwinningStatus = (typeof TWINNING_STATUSES)[number];
export const ACTION_STATUSES = ['planned', 'in_progress', 'done', 'blocked', 'cancelled'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

function isRealDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** A calendar date written YYYY-MM-DD (what `<input type="date">` sends). */
export function date(key = 'twinning.errors.dateInvalid') {
  return z.string({ error: key }).trim().refine(isRealDate, { message: key });
}

const optionalDate = z
  .string()
  .trim()
  .refine((s) => s === '' || isRealDate(s), { message: 'twinning.errors.dateInvalid' })
  .transform((s) => (s === '' ? null : s));

/** Form fields that may come once or several times (checkboxes) as a list of ids. */
const idList = (key: string) =>
  z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]))
    .refine((list) => list.length <= 50 && list.every((v) => idOf(v) !== undefined), {
      message: key,
    })
    .transform((list) => list.map(Number));

function choice<T extends string>(list: readonly T[], key: string) {
  return z.enum(list as [T, ...T[]], { error: key });
}

/** An optional number (indicator values): empty means "not set". */
const optionalNumber = z
  .string()
  .trim()
  .refine(
    (s) =>
      s === '' ||
      (/^-?\d{1,12}([.,]\d{1,4})?$/.test(s) && Number.isFinite(Number(s.replace(',', '.')))),
    {
      message: 'twinning.errors.numberInvalid',
    },
  )
  .transform((s) => (s === '' ? null : Number(s.replace(',', '.'))));

export const newTwinningSchema = z
  .object({
    title: line({ max: 200 }),
    objectives: paragraphs({ max: 5000 }),
    cities: idList('twinning.errors.cityUnknown')
      .refine((l) => new Set(l).size === l.length, { message: 'twinning.errors.sameCityTwice' })
      .refine((l) => l.length >= 2, { message: 'twinning.errors.twoCities' })
      .refine((l) => l.length <= 12, { message: 'twinning.errors.tooManyCities' }),
    partners: idList('twinning.errors.partnerUnknown').transform((l) => [...new Set(l)]),
    facilitator: z
      .string({ error: 'twinning.errors.facilitatorRequired' })
      .refine((v) => idOf(v) !== undefined, { message: 'twinning.errors.facilitatorRequired' })
      .transform(Number),
    starts_on: date(),
    ends_on: date(),
    check_in_every_months: z
      .string({ error: 'twinning.errors.intervalInvalid' })
      .trim()
      .refine((v) => /^\d{1,2}$/.test(v) && Number(v) >= 1 && Number(v) <= 12, {
        message: 'twinning.errors.intervalInvalid',
      })
      .transform(Number),
    exchange: z
      .string()
      .optional()
      .transform((v) => idOf(v) ?? null),
  })
  .refine((v) => v.ends_on >= v.starts_on, {
    message: 'twinning.errors.endBeforeStart',
    path: ['ends_on'],
  });
export type NewTwinningInput = z.output<typeof newTwinningSchema>;

const CURRENCIES = new Set(Intl.supportedValuesOf('currency'));

export const actionSchema = z
  .object({
    title: line({ max: 200 }),
    description: paragraphs({ max: 5000, required: false }),
    owner_city: z
      .string({ error: 'twinning.errors.ownerRequired' })
      .refine((v) => idOf(v) !== undefined, { message: 'twinning.errors.ownerRequired' })
      .transform(Number),
    owner_user: z
      .string()
      .optional()
      .refine((v) => !v || idOf(v) !== undefined, { message: 'twinning.errors.personUnknown' })
      .transform((v) => (v ? Number(v) : null)),
    due_on: date(),
    status: choice(ACTION_STATUSES, 'twinning.errors.statusInvalid'),
    cost_amount: z
      .string()
      .trim()
      .refine((s) => s === '' || /^\d{1,12}$/.test(s), { message: 'twinning.errors.costInvalid' })
      .transform((s) => (s === '' ? null : Number(s))),
    cost_currency: z
      .string()
      .trim()
      .transform((s) => s.toUpperCase())
      .refine((s) => s === '' || CURRENCIES.has(s), { message: 'twinning.errors.currencyInvalid' }),
    funding_source: line({ max: 200, required: false }),
    indicator: line({ max: 200, required: false }),
    baseline: optionalNumber,
    target: optionalNumber,
    current_value: optionalNumber,
    risks: paragraphs({ max: 2000, required: false }),
  })
  .refine((v) => v.cost_amount === null || v.cost_currency !== '', {
    message: 'twinning.errors.currencyRequired',
    path: ['cost_currency'],
  });
export type ActionInput = z.output<typeof actionSchema>;

export const milestoneSchema = z.object({
  title: line({ max: 200 }),
  due_on: date(),
  reached_on: optionalDate,
});
export type MilestoneInput = z.output<typeof milestoneSchema>;

export const summarySchema = z.object({
  public_summary: paragraphs({ max: 5000, required: false }),
});

export const statusSchema = z.object({
  status: choice(['active', 'completed', 'cancelled'] as const, 'twinning.errors.statusInvalid'),
});

export const citySchema = z.object({
  city: z
    .string({ error: 'twinning.errors.cityUnknown' })
    .refine((v) => idOf(v) !== undefined, { message: 'twinning.errors.cityUnknown' })
    .transform(Number),
  agree: z.enum(['0', '1']).optional(),
});

export const documentSchema = z.object({ title: line({ max: 200 }) });
