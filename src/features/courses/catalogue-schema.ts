import { z } from 'zod';
import { LANGUAGES } from '../../web/i18n.ts';
import { line } from '../../web/validation.ts';
import { FORMATS, LEVELS } from './courses.schema.ts';

// The catalogue's filters (query string). Theme and partner slugs are checked against the
// database by the service; here only their shape and the fixed lists.

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

export const catalogueFilterSchema = z.object({
  theme: optionalChoice(isSlug),
  language: optionalChoice((v) => (LANGUAGES as readonly string[]).includes(v)),
  format: optionalChoice((v) => (FORMATS as readonly string[]).includes(v)),
  level: optionalChoice((v) => (LEVELS as readonly string[]).includes(v)),
  partner: optionalChoice(isSlug),
  q: line({ max: 100, required: false })
    .optional()
    .transform((v) => (v ? v.toLowerCase() : null)),
  page: z
    .string({ error: 'catalogue.errors.badPage' })
    .optional()
    .transform((v) => (v ?? '1').trim())
    .refine((v) => /^[1-9][0-9]{0,4}$/.test(v), { message: 'catalogue.errors.badPage' })
    .transform(Number),
});
export type CatalogueFilter = z.output<typeof catalogueFilterSchema>;

/** The filter names kept in the catalogue's links, in order. */
export const FILTER_NAMES = ['q', 'theme', 'language', 'format', 'level', 'partner'] as const;
