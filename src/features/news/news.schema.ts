import { z } from 'zod';
import { LANGUAGES, type Language } from '../../web/i18n.ts';
import { line, paragraphs } from '../../web/validation.ts';

// The news post form: a title, summary and body per interface language (at least one, and the
// original language among them), the date the post bears, and draft or published.

/** Whether text from an address can be a post's slug (made by slugBase); nothing else reaches SQL. */
export function isNewsSlug(text: string): boolean {
  return text.length <= 120 && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(text);
}

const key = z.string({ error: 'news.errors.expired' }).regex(/^[A-Za-z0-9_-]{20,100}$/, {
  error: 'news.errors.expired',
});

/** A calendar date YYYY-MM-DD that exists (no 31 February), between 1990 and 2100. */
const date = z
  .string({ error: 'news.errors.date' })
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'news.errors.date' })
  .refine(
    (s) => {
      const d = new Date(`${s}T00:00:00Z`);
      const y = d.getUTCFullYear();
      return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s) && y >= 1990 && y <= 2100;
    },
    { error: 'news.errors.date' },
  );

const texts = Object.fromEntries(
  LANGUAGES.flatMap((lang) => [
    [`title_${lang}`, line({ max: 200, required: false }).optional().default('')],
    [`summary_${lang}`, paragraphs({ max: 1000, required: false }).optional().default('')],
    [`body_${lang}`, paragraphs({ max: 20_000, required: false }).optional().default('')],
  ]),
) as unknown as Record<`${'title' | 'summary' | 'body'}_${Language}`, z.ZodType<string>>;

const fields = {
  status: z.enum(['draft', 'published'], { error: 'news.errors.status' }),
  original_language: z.enum(LANGUAGES, { error: 'news.errors.originalLanguage' }),
  published_on: date,
  ...texts,
};

export interface NewsPostInput {
  status: 'draft' | 'published';
  originalLanguage: Language;
  /** The date the post bears, YYYY-MM-DD. */
  publishedOn: string;
  translations: Array<{ language: Language; title: string; summary: string; body: string }>;
}

type Parsed = {
  status: 'draft' | 'published';
  original_language: Language;
  published_on: string;
} & Record<string, string>;

// A language counts once it has a title; a summary or body without one is a mistake to point at.
function check(v: Parsed, ctx: z.RefinementCtx): void {
  for (const lang of LANGUAGES)
    if (!v[`title_${lang}`] && (v[`summary_${lang}`] || v[`body_${lang}`]))
      ctx.addIssue({
        code: 'custom',
        path: [`title_${lang}`],
        message: 'news.errors.titleMissing',
      });
  if (!v[`title_${v.original_language}`])
    ctx.addIssue({
      code: 'custom',
      path: [`title_${v.original_language}`],
      message: 'news.errors.originalTitle',
    });
}

function toInput(v: Parsed): NewsPostInput {
  return {
    status: v.status,
    originalLanguage: v.original_language,
    publishedOn: v.published_on,
    translations: LANGUAGES.filter((lang) => v[`title_${lang}`]).map((language) => ({
      language,
      title: v[`title_${language}`]!,
      summary: v[`summary_${language}`]!,
      body: v[`body_${language}`]!,
    })),
  };
}

export const newsPostSchema = z
  .object(fields)
  .superRefine((v, ctx) => check(v as Parsed, ctx))
  .transform((v) => toInput(v as Parsed));

export const newNewsPostSchema = z
  .object({ ...fields, key })
  .superRefine((v, ctx) => check(v as Parsed, ctx))
  .transform((v) => ({ ...toInput(v as Parsed), key: v.key }));
export type NewNewsPostInput = z.output<typeof newNewsPostSchema>;
