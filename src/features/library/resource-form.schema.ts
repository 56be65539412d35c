import { z } from 'zod';
import { isCountryCode, WORLD_REGIONS } from '../../web/countries.ts';
import { LANGUAGES } from '../../web/i18n.ts';
import { fieldErrors, line, paragraphs } from '../../web/validation.ts';
import { LICENCES, RESOURCE_KINDS } from './resource-kinds.ts';

// Input of the resource form (new and edit). Messages are translation keys (library-edit.json).

/** The languages a document may be written in that the form offers, beyond the interface's six. */
export const DOCUMENT_LANGUAGES = [...LANGUAGES, 'pt', 'de', 'it', 'pl', 'ko'] as const;

/** The form's list fields (check boxes and multiple selects), which arrive as one or many values. */
export const LIST_FIELDS = [
  'languages',
  'themes',
  'regions',
  'countries',
  'publishers',
  'experts',
] as const;
export type ListField = (typeof LIST_FIELDS)[number];

const SCALAR_FIELDS = [
  'kind',
  'authors',
  'year',
  'licence',
  'link_url',
  'key',
  ...LANGUAGES.flatMap((l) => [`title_${l}`, `summary_${l}`]),
];

const ID = /^[1-9]\d{0,9}$/;
const MAX_LIST = 300;

/** A list from a form: absent → [], one value → [value], several → as sent (blank ones dropped). */
function list(v: unknown): unknown[] {
  if (v === undefined || v === '') return [];
  return (Array.isArray(v) ? v : [v]).filter((x) => x !== '');
}

const listOf = (valid: (s: string) => boolean, message: string) =>
  z.preprocess(
    list,
    z
      .array(z.string({ error: message }).refine(valid, { message }), { error: message })
      .max(MAX_LIST, { message })
      .transform((a) => [...new Set(a)]),
  );

const ids = (message: string) =>
  z.preprocess(
    list,
    z
      .array(z.string({ error: message }).regex(ID, { message }).transform(Number), {
        error: message,
      })
      .max(MAX_LIST, { message })
      .transform((a) => [...new Set(a)]),
  );

const oneOf = <T extends readonly string[]>(values: T, message: string) =>
  z
    .string({ error: message })
    .refine((v): v is T[number] => (values as readonly string[]).includes(v), { message });

/** Only http and https links: `javascript:`, `data:` and the like are refused. */
export function isWebLink(s: string): boolean {
  if (!/^https?:\/\//i.test(s)) return false;
  try {
    const url = new URL(s);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

const nextYear = () => new Date().getUTCFullYear() + 1;

const texts = Object.fromEntries(
  LANGUAGES.flatMap((l) => [
    [`title_${l}`, line({ max: 300, required: false }).optional().default('')],
    [`summary_${l}`, paragraphs({ max: 5000, required: false }).optional().default('')],
  ]),
) as Record<string, z.ZodType<string>>;

export const resourceSchema = z
  .object({
    kind: oneOf(RESOURCE_KINDS, 'library-edit.errors.kind'),
    ...texts,
    languages: listOf(
      (s) => (DOCUMENT_LANGUAGES as readonly string[]).includes(s),
      'library-edit.errors.language',
    ).refine((a) => a.length > 0, { message: 'library-edit.errors.languageRequired' }),
    themes: ids('library-edit.errors.theme'),
    regions: listOf(
      (s) => (WORLD_REGIONS as readonly string[]).includes(s),
      'library-edit.errors.region',
    ),
    countries: listOf(isCountryCode, 'library-edit.errors.country'),
    publishers: ids('library-edit.errors.publisher'),
    experts: ids('library-edit.errors.expert'),
    authors: paragraphs({ max: 5000, required: false }).optional().default(''),
    year: z
      .string({ error: 'library-edit.errors.year' })
      .optional()
      .transform((s) => (s ?? '').trim())
      .refine((s) => s === '' || (/^\d{4}$/.test(s) && +s >= 1900 && +s <= nextYear()), {
        message: 'library-edit.errors.year',
      })
      .transform((s) => (s === '' ? null : Number(s))),
    licence: oneOf(LICENCES, 'library-edit.errors.licence'),
    link_url: z
      .string({ error: 'library-edit.errors.link' })
      .optional()
      .transform((s) => (s ?? '').trim())
      .refine((s) => s.length <= 2000, { message: 'common.errors.tooLong' })
      .refine((s) => s === '' || isWebLink(s), { message: 'library-edit.errors.link' }),
    key: z
      .string()
      .optional()
      .transform((s) => (s ?? '').slice(0, 100)),
  })
  .superRefine((v, ctx) => {
    const input = v as Record<string, unknown>;
    if (!LANGUAGES.some((l) => input[`title_${l}`] !== ''))
      ctx.addIssue({
        code: 'custom',
        path: ['title_en'],
        message: 'library-edit.errors.titleRequired',
      });
    for (const l of LANGUAGES)
      if (input[`title_${l}`] === '' && input[`summary_${l}`] !== '')
        ctx.addIssue({
          code: 'custom',
          path: [`title_${l}`],
          message: 'library-edit.errors.summaryWithoutTitle',
        });
    if (v.kind === 'link' && v.link_url === '')
      ctx.addIssue({
        code: 'custom',
        path: ['link_url'],
        message: 'library-edit.errors.linkRequired',
      });
  });

export interface ResourceInput {
  kind: string;
  translations: Array<{ language: string; title: string; summary: string }>;
  languages: string[];
  themes: number[];
  regions: string[];
  countries: string[];
  publishers: number[];
  experts: number[];
  authors: string;
  year: number | null;
  licence: string;
  linkUrl: string;
  key: string;
}

/** The form as submitted, scalar fields and lists apart, to parse and to show again. */
export interface ResourceFormInput {
  values: Record<string, string>;
  lists: Record<ListField, string[]>;
}

export function resourceFormInput(body: unknown): ResourceFormInput {
  const source = body && typeof body === 'object' ? (body as Record<string, unknown>) : {};
  const values: Record<string, string> = {};
  for (const field of SCALAR_FIELDS) {
    const v = source[field];
    values[field] = typeof v === 'string' ? v.slice(0, 20_000) : '';
  }
  const lists = Object.fromEntries(
    LIST_FIELDS.map((f) => [
      f,
      list(source[f])
        .filter((x): x is string => typeof x === 'string')
        .slice(0, MAX_LIST + 1)
        .map((x) => x.slice(0, 100)),
    ]),
  ) as Record<ListField, string[]>;
  return { values, lists };
}

/** Checks the submitted form: the input, or field → error key. */
export function parseResourceForm(
  form: ResourceFormInput,
): { ok: true; input: ResourceInput } | { ok: false; errors: Record<string, string> } {
  const parsed = resourceSchema.safeParse({ ...form.values, ...form.lists });
  if (!parsed.success) return { ok: false, errors: fieldErrors(parsed.error) };
  const v = parsed.data as z.output<typeof resourceSchema> & Record<string, string>;
  return {
    ok: true,
    input: {
      kind: v.kind,
      translations: LANGUAGES.filter((l) => v[`title_${l}`] !== '').map((language) => ({
        language,
        title: v[`title_${language}`]!,
        summary: v[`summary_${language}`]!,
      })),
      languages: v.languages,
      themes: v.themes,
      regions: v.regions,
      countries: v.countries,
      publishers: v.publishers,
      experts: v.experts,
      authors: v.authors
        .split('\n')
        .map((a) => a.trim())
        .filter(Boolean)
        .join('\n'),
      year: v.year,
      licence: v.licence,
      linkUrl: v.link_url,
      key: v.key,
    },
  };
}
