import { languages as LANGUAGE_LIST } from 'countries-list';
import { z } from 'zod';
import { isCountryCode, WORLD_REGIONS } from '../../web/countries.ts';
import { line, paragraphs } from '../../web/validation.ts';
import { searchKey } from './names.ts';

export const KINDS = [
  'local_authority',
  'regional_authority',
  'international_organisation',
  'un_agency',
  'university',
  'ngo',
  'government',
  'private',
] as const;
export type Kind = (typeof KINDS)[number];

/** Kinds that are cities (or regions): they have a country and city facts. */
export const CITY_KINDS: ReadonlySet<string> = new Set(['local_authority', 'regional_authority']);

function isKind(v: string): boolean {
  return (KINDS as readonly string[]).includes(v);
}

/** ISO 639-1 language codes. */
export function isLanguageCode(v: string): boolean {
  return Object.hasOwn(LANGUAGE_LIST, v);
}

const CHOOSE = 'common.errors.chooseFromList';

/** An optional choice from a list; "" (the "Any" option) means none. */
function optionalChoice(valid: (v: string) => boolean) {
  return z
    .string({ error: CHOOSE })
    .optional()
    .transform((v) => (v ?? '').trim())
    .refine((v) => v === '' || valid(v), { message: CHOOSE })
    .transform((v) => (v === '' ? null : v));
}

// ── The directory's filters (query string) ──────────────────────────────────────────────────

export interface Cursor {
  key: string;
  id: number;
}

export function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify([c.key, c.id])).toString('base64url');
}

function decodeCursor(text: string): Cursor | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
    if (
      Array.isArray(value) &&
      value.length === 2 &&
      typeof value[0] === 'string' &&
      value[0].length <= 1000 &&
      [...value[0]].every((ch) => ch >= ' ') &&
      Number.isSafeInteger(value[1])
    )
      return { key: value[0], id: value[1] as number };
  } catch {
    // falls through: not a cursor this site made
  }
  return null;
}

export const directoryFilterSchema = z.object({
  kind: optionalChoice(isKind),
  country: optionalChoice(isCountryCode),
  world_region: optionalChoice((v) => (WORLD_REGIONS as readonly string[]).includes(v)),
  partners: optionalChoice((v) => v === '1').transform((v) => v !== null),
  q: line({ max: 100, required: false })
    .optional()
    .transform((v) => (v ? searchKey(v) : null)),
  after: z
    .string({ error: 'organisations.errors.badCursor' })
    .max(2000, { error: 'organisations.errors.badCursor' })
    .optional()
    .transform((v, ctx) => {
      if (!v) return null;
      const cursor = decodeCursor(v);
      if (!cursor) ctx.addIssue({ code: 'custom', message: 'organisations.errors.badCursor' });
      return cursor;
    }),
});
export type DirectoryFilter = z.output<typeof directoryFilterSchema>;

// ── The organisation form ───────────────────────────────────────────────────────────────────

export const FORM_FIELDS = [
  'kind',
  'name',
  'short_name',
  'description',
  'website',
  'country',
  'region',
  'population',
  'languages',
  'latitude',
  'longitude',
  'is_partner',
] as const;

const website = z
  .string()
  .trim()
  .max(500, { error: 'common.errors.tooLong' })
  .refine(
    (v) => {
      if (v === '') return true;
      try {
        const url = new URL(v);
        // Only web addresses: javascript:, data: and the like could run code when clicked.
        return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '';
      } catch {
        return false;
      }
    },
    { message: 'organisations.errors.websiteInvalid' },
  )
  .transform((v) => (v === '' ? '' : new URL(v).href));

const population = z
  .string()
  // People write "1 200 000" or "1,200,000"; digits alone are kept.
  .transform((v) => v.replace(/[\s,'’_]/g, ''))
  .refine((v) => v === '' || (/^\d{1,10}$/.test(v) && Number(v) <= 2_000_000_000), {
    message: 'organisations.errors.populationInvalid',
  })
  .transform((v) => (v === '' ? null : Number(v)));

function coordinate(max: number, message: string) {
  return z
    .string()
    .transform((v) => v.trim().replace(',', '.'))
    .refine(
      (v) => v === '' || (/^[-+]?\d{1,3}(\.\d{1,8})?$/.test(v) && Math.abs(Number(v)) <= max),
      {
        message,
      },
    )
    .transform((v) => (v === '' ? null : Number(v)));
}

const languageCodes = z
  .string()
  .transform((v) => [
    ...new Set(
      v
        .toLowerCase()
        .split(/[\s,;]+/)
        .filter(Boolean),
    ),
  ])
  .refine((codes) => codes.length <= 20 && codes.every(isLanguageCode), {
    message: 'organisations.errors.languagesInvalid',
  });

export const organisationSchema = z
  .object({
    kind: z.string().refine(isKind, { message: CHOOSE }),
    name: line({ max: 200 }),
    short_name: line({ max: 50, required: false }),
    description: paragraphs({ max: 5000, required: false }),
    website,
    country: optionalChoice(isCountryCode),
    region: line({ max: 100, required: false }),
    population,
    languages: languageCodes,
    latitude: coordinate(90, 'organisations.errors.latitudeRange'),
    longitude: coordinate(180, 'organisations.errors.longitudeRange'),
    is_partner: z.string().transform((v) => v === '1'),
  })
  .superRefine((v, ctx) => {
    if (CITY_KINDS.has(v.kind) && v.country === null)
      ctx.addIssue({
        code: 'custom',
        path: ['country'],
        message: 'organisations.errors.countryRequired',
      });
    // A point needs both numbers; one alone would put the city on the equator or the meridian.
    if ((v.latitude === null) !== (v.longitude === null))
      ctx.addIssue({
        code: 'custom',
        path: [v.latitude === null ? 'latitude' : 'longitude'],
        message: 'organisations.errors.coordinatesPair',
      });
  });
export type OrganisationInput = z.output<typeof organisationSchema>;

/** The submitted form with every field present (missing ones as ""), for parsing and re-display. */
export function organisationFormValues(body: unknown): Record<string, string> {
  const source = body && typeof body === 'object' ? (body as Record<string, unknown>) : {};
  const out: Record<string, string> = {};
  for (const field of FORM_FIELDS) {
    const v = source[field];
    out[field] = typeof v === 'string' ? v.slice(0, 20_000) : '';
  }
  return out;
}
