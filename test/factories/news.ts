import type { Deps } from '../../src/deps.ts';
import { nowIso } from '../../src/db/database.ts';
import { insertNewsPost } from '../../src/features/news/news-write.queries.ts';

export interface NewsOptions {
  /** Title, summary and body per language; a made-up English post by default. */
  translations?: Record<string, { title: string; summary?: string; body?: string }>;
  originalLanguage?: string;
  status?: 'draft' | 'published';
  /** The date it bears (published posts); now by default. */
  publishedAt?: Date;
  isDemo?: boolean;
  createdBy?: number | null;
}

let counter = 0;

/** A news post, published unless told otherwise. */
export async function createNewsPost(
  deps: Deps,
  o: NewsOptions = {},
): Promise<{ id: number; slug: string }> {
  counter++;
  const translations = o.translations ?? {
    en: { title: `Platform news ${counter}`, summary: 'What happened.', body: 'The details.' },
  };
  const status = o.status ?? 'published';
  return insertNewsPost(
    deps.db,
    {
      status,
      originalLanguage: o.originalLanguage ?? Object.keys(translations)[0] ?? 'en',
      publishedAt: status === 'published' ? nowIso(o.publishedAt) : null,
      isDemo: o.isDemo ?? false,
      createdBy: o.createdBy ?? null,
      translations: Object.entries(translations).map(([language, t]) => ({
        language,
        title: t.title,
        summary: t.summary ?? '',
        body: t.body ?? '',
      })),
    },
    nowIso(),
  );
}
