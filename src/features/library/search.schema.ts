import { z } from 'zod';
import { WORLD_REGIONS } from '../../web/countries.ts';
import { RESOURCE_KINDS } from './resource-kinds.ts';

// The library search's query string. A facet may be given several times (OR within a facet).
// Theme, organisation and language values are checked against what exists by the service; here
// only their shape and the fixed lists. The query text is never refused: search-text.ts cuts it.

/** The last page that may be asked for (20 results a page). */
export const MAX_PAGE = 50;
const MAX_VALUES = 20;

function facet(field: string, valid: (v: string) => boolean) {
  const message = `library-search.errors.${field}`;
  return z
    .union([z.string(), z.array(z.string())], { error: message })
    .optional()
    .transform((v) => [...new Set((v === undefined ? [] : [v].flat()).map((s) => s.trim()))])
    .transform((list) => list.filter((s) => s !== ''))
    .refine((list) => list.length <= MAX_VALUES && list.every(valid), { message });
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const isSlug = (v: string) => v.length <= 100 && SLUG.test(v);

export const searchSchema = z.object({
  q: z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((v) => ([v ?? ''].flat()[0] ?? '').slice(0, 20_000).trim()),
  kind: facet('kind', (v) => (RESOURCE_KINDS as readonly string[]).includes(v)),
  theme: facet('theme', isSlug),
  language: facet('language', (v) => /^[a-z]{2,3}$/.test(v)),
  region: facet('region', (v) => (WORLD_REGIONS as readonly string[]).includes(v)),
  organisation: facet('organisation', isSlug),
  year: facet('year', (v) => /^(1[89]|2[0-9])[0-9]{2}$/.test(v)),
  page: z
    .string({ error: 'library-search.errors.page' })
    .optional()
    .transform((v) => (v ?? '1').trim())
    .refine((v) => /^[1-9][0-9]?$/.test(v) && Number(v) <= MAX_PAGE, {
      message: 'library-search.errors.page',
    })
    .transform(Number),
});
export type SearchInput = z.output<typeof searchSchema>;

/** The query-string names the page keeps in its links, in order. */
export const SEARCH_PARAMS = [
  'q',
  'kind',
  'theme',
  'language',
  'region',
  'organisation',
  'year',
] as const;
