import { z } from 'zod';
import { line } from '../../web/validation.ts';

// Inputs of the pairing pages: the two "new pairing" forms, moving and swapping cities.

const id = (message: string) =>
  z
    .string({ error: message })
    .regex(/^[1-9][0-9]{0,9}$/, { error: message })
    .transform(Number)
    .refine((n) => Number.isSafeInteger(n), { error: message });

/** The random key of a "new pairing" form: a double submission makes one pairing. */
const key = z.string({ error: 'pairings.errors.expired' }).regex(/^[A-Za-z0-9_-]{20,100}$/, {
  error: 'pairings.errors.expired',
});

export const fromRunSchema = z.object({
  source: z.literal('run'),
  key,
  run_title: line({ max: 200 }),
  run: id('pairings.errors.chooseRun'),
});

export const fromCitiesSchema = z.object({
  source: z.literal('cities'),
  key,
  call_title: line({ max: 200 }),
  cities: z
    .union([z.string(), z.array(z.string())], { error: 'pairings.errors.chooseCities' })
    .transform((v) => (Array.isArray(v) ? v : [v]))
    .pipe(z.array(id('pairings.errors.chooseCities')).max(5000))
    .transform((ids) => [...new Set(ids)])
    .refine((ids) => ids.length >= 2, { error: 'pairings.errors.chooseCities' }),
});

export const newPairingSchema = z.discriminatedUnion('source', [fromRunSchema, fromCitiesSchema], {
  error: 'common.errors.invalid',
});
export type NewPairingInput = z.output<typeof newPairingSchema>;

export const moveSchema = z.object({
  city: id('pairings.errors.chooseCity'),
  group: z
    .string({ error: 'pairings.errors.chooseGroup' })
    .regex(/^(new|[1-9][0-9]{0,5})$/, { error: 'pairings.errors.chooseGroup' })
    .transform((v) => (v === 'new' ? ('new' as const) : Number(v))),
});

export const swapSchema = z
  .object({
    first: id('pairings.errors.chooseCity'),
    second: id('pairings.errors.chooseCity'),
  })
  .refine((v) => v.first !== v.second, { path: ['second'], error: 'pairings.errors.sameCity' });
