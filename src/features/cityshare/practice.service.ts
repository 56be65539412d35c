import type { Deps } from '../../deps.ts';
import { AppError } from '../../web/errors.ts';
import { requireActor, type Actor } from '../accounts/actor.ts';
import { listThemes, type ThemeSummary } from '../curriculum/curriculum.service.ts';
import { searchKey } from '../organisations/names.ts';
import { selectCoordinatedCityIds } from './city-members.queries.ts';
import * as docs from './practice-documents.queries.ts';
import { canEditPractice, canViewPractice } from './practice.policy.ts';
import * as q from './practice.queries.ts';
import { isSlug, type TextField } from './practice.schema.ts';

// Reading good practices: one practice (public when published, else for its editors only), the
// published ones newest first with search and filters, and the access checks the writers share.

export interface PracticeSummary {
  id: number;
  slug: string;
  title: string;
  language: string;
  status: 'draft' | 'published';
  isDemo: boolean;
  publishedAt: string | null;
  updatedAt: string;
  city: { id: number; slug: string; name: string };
  theme: ThemeSummary;
}

export interface PracticeDetail extends PracticeSummary {
  texts: Record<TextField, string>;
}

export type PracticeDocument = docs.PracticeDocument;

/** The cities the official coordinates (none for visitors). */
export async function coordinatedCities(deps: Deps, actor: Actor | null): Promise<number[]> {
  return actor ? selectCoordinatedCityIds(deps.db, actor.id) : [];
}

/** The practice when the actor may see it, with the actor's cities; else 404. */
export async function loadVisiblePractice(
  deps: Deps,
  actor: Actor | null,
  slug: string,
): Promise<{ practice: q.PracticeRow; cityIds: number[] }> {
  const practice = isSlug(slug) ? await q.selectPracticeBySlug(deps.db, slug) : undefined;
  const cityIds = await coordinatedCities(deps, actor);
  if (!practice || !canViewPractice(actor, cityIds, { ...practice, cityId: practice.city.id }))
    throw new AppError('NOT_FOUND', 'practices.errors.notFound');
  return { practice, cityIds };
}

/** The practice when the actor may edit it: sign-in first, 404 when unseen, 403 when seen only. */
export async function loadEditablePractice(
  deps: Deps,
  actor: Actor | null,
  slug: string,
): Promise<{ who: Actor; practice: q.PracticeRow }> {
  const who = requireActor(actor);
  const { practice, cityIds } = await loadVisiblePractice(deps, who, slug);
  if (!canEditPractice(who, cityIds, practice.city.id))
    throw new AppError('FORBIDDEN', 'practices.errors.notAllowed');
  return { who, practice };
}

/** Theme id → theme, in the reader's language (or English). */
export async function themesById(deps: Deps, language: string): Promise<Map<number, ThemeSummary>> {
  return new Map((await listThemes(deps, language)).map((t) => [t.id, t]));
}

function summaryOf(row: q.PracticeRow, themes: Map<number, ThemeSummary>): PracticeSummary {
  const theme = themes.get(row.themeId) ?? {
    id: row.themeId,
    slug: '',
    name: '',
    summary: '',
    language: 'en',
  };
  const { id, slug, name } = row.city;
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    language: row.language,
    status: row.status,
    isDemo: row.isDemo,
    publishedAt: row.publishedAt,
    updatedAt: row.updatedAt,
    city: { id, slug, name },
    theme,
  };
}

/** Rows as summaries, their themes named in the reader's language. */
export async function summariesOf(
  deps: Deps,
  rows: q.PracticeRow[],
  language: string,
): Promise<PracticeSummary[]> {
  if (rows.length === 0) return [];
  const themes = await themesById(deps, language);
  return rows.map((r) => summaryOf(r, themes));
}

/** A practice's page: all its sections, its documents, and whether the reader may edit it. */
export async function getPracticePage(
  deps: Deps,
  actor: Actor | null,
  slug: string,
  language: string,
): Promise<{ practice: PracticeDetail; documents: PracticeDocument[]; canEdit: boolean }> {
  const { practice, cityIds } = await loadVisiblePractice(deps, actor, slug);
  const [themes, documents] = await Promise.all([
    themesById(deps, language),
    docs.selectPracticeDocuments(deps.db, practice.id),
  ]);
  const { problem, approach, results, resources, contacts } = practice;
  const { success_factors, transferability, transferable_to } = practice;
  return {
    practice: {
      ...summaryOf(practice, themes),
      texts: {
        problem,
        approach,
        results,
        resources,
        success_factors,
        transferability,
        transferable_to,
        contacts,
      },
    },
    documents,
    canEdit: canEditPractice(actor, cityIds, practice.city.id),
  };
}

/**
 * Published practices, newest first: of a city, of a theme, in a language, and/or matching every
 * word of `q` in the title or texts (any case, accents ignored). Public: no actor needed.
 */
export async function listPublishedPractices(
  deps: Deps,
  input: {
    cityId?: number;
    themeId?: number;
    language?: string;
    q?: string;
    limit: number;
    offset: number;
    /** The reader's language, for theme names (English by default). */
    readerLanguage?: string;
  },
): Promise<PracticeSummary[]> {
  const words = input.q ? searchKey(input.q).split(/\s+/).filter(Boolean).slice(0, 10) : [];
  const rows = await q.selectPractices(deps.db, {
    status: 'published',
    cityIds: input.cityId === undefined ? undefined : [input.cityId],
    themeId: input.themeId,
    language: input.language,
    words,
    limit: Math.min(Math.max(input.limit, 0), 100),
    offset: Math.max(input.offset, 0),
  });
  return summariesOf(deps, rows, input.readerLanguage ?? 'en');
}
