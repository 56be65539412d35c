import type { Deps } from '../../deps.ts';
import { AppError } from '../../web/errors.ts';
import type { Actor } from '../accounts/actor.ts';
import { listThemes, type ThemeSummary } from '../curriculum/curriculum.service.ts';
import * as q from './assessment.queries.ts';
import { THEME_SLUGS, type ThemeSlug } from './complementarity.ts';
import { canEditCity, canSeePrivateAssessment } from './city-profile.policy.ts';
import { cityRelation, findCity, type City } from './city-profile.service.ts';

// Reading self-assessments, with the privacy rule of issue 5 (item 6): when a city keeps its
// current assessment private, only its members, facilitators and programme coordinators see any
// of its levels, earlier ones included; others see that it is private.

export interface ThemeLevels {
  slug: ThemeSlug;
  name: string;
  strength: number;
  need: number;
  evidence: string;
}

export interface Assessment {
  id: number;
  isCurrent: boolean;
  isPrivate: boolean;
  isDemo: boolean;
  priorities: string;
  createdAt: string;
  createdByName: string | null;
  themes: ThemeLevels[];
}

export interface LevelChange {
  theme: string;
  what: 'strength' | 'need';
  from: number;
  to: number;
}

export interface HistoryEntry {
  id: number;
  createdAt: string;
  isCurrent: boolean;
  isPrivate: boolean;
  /** What differs from the assessment before it (empty for the first). */
  changes: LevelChange[];
  isFirst: boolean;
}

/** The six themes in THEME_SLUGS order, named in the reader's language. */
export async function assessmentThemes(deps: Deps, lang: string): Promise<ThemeSummary[]> {
  const bySlug = new Map((await listThemes(deps, lang)).map((t) => [t.slug, t]));
  return THEME_SLUGS.map((slug) => {
    const theme = bySlug.get(slug);
    if (!theme) throw new Error(`theme ${slug} is missing: run the reference data`);
    return theme;
  });
}

/** An assessment row with its levels and evidence, theme by theme. */
export async function withLevels(
  deps: Deps,
  row: q.AssessmentRow,
  themes: ThemeSummary[],
): Promise<Assessment> {
  const byTheme = new Map(
    (await q.selectAssessmentLevels(deps.db, row.id)).map((l) => [l.themeId, l]),
  );
  return {
    id: row.id,
    isCurrent: row.isCurrent,
    isPrivate: row.isPrivate,
    isDemo: row.isDemo,
    priorities: row.priorities,
    createdAt: row.createdAt,
    createdByName: row.createdByName,
    themes: themes.map((t, i) => {
      const l = byTheme.get(t.id);
      return {
        slug: THEME_SLUGS[i]!,
        name: t.name,
        strength: l?.strength ?? Number(row.strengths[i]),
        need: l?.need ?? Number(row.needs[i]),
        evidence: l?.evidence ?? '',
      };
    }),
  };
}

function changesBetween(
  older: q.AssessmentRow,
  newer: q.AssessmentRow,
  names: string[],
): LevelChange[] {
  const out: LevelChange[] = [];
  names.forEach((theme, i) => {
    for (const what of ['strength', 'need'] as const) {
      const digits = what === 'strength' ? 'strengths' : 'needs';
      const from = Number(older[digits][i]);
      const to = Number(newer[digits][i]);
      if (from !== to) out.push({ theme, what, from, to });
    }
  });
  return out;
}

/**
 * A city's assessment page: the current assessment (or the earlier one asked for) and the
 * history with what changed, as far as the actor may see them.
 */
export async function getAssessmentPage(
  deps: Deps,
  actor: Actor | null,
  lang: string,
  slug: string,
  assessmentId?: number,
): Promise<{
  city: City;
  shown: Assessment | null;
  hidden: boolean;
  history: HistoryEntry[];
  canEdit: boolean;
}> {
  const city = await findCity(deps, slug);
  const relation = await cityRelation(deps, actor, city.id);
  const canEdit = canEditCity(actor, relation);
  const privileged = canSeePrivateAssessment(actor, relation);
  const rows = await q.selectAssessments(deps.db, city.id);
  const hidden = !privileged && rows[0]?.isPrivate === true;
  const visible = hidden ? [] : privileged ? rows : rows.filter((r) => !r.isPrivate);
  const row = assessmentId === undefined ? visible[0] : visible.find((r) => r.id === assessmentId);
  if (assessmentId !== undefined && !row)
    throw new AppError('NOT_FOUND', 'cities.assessment.errors.notFound');
  const themes = await assessmentThemes(deps, lang);
  const names = themes.map((t) => t.name);
  const history = visible.map((r, i) => {
    const older = visible[i + 1];
    return {
      id: r.id,
      createdAt: r.createdAt,
      isCurrent: r.isCurrent,
      isPrivate: r.isPrivate,
      changes: older ? changesBetween(older, r, names) : [],
      isFirst: older === undefined,
    };
  });
  return {
    city,
    shown: row ? await withLevels(deps, row, themes) : null,
    hidden,
    history,
    canEdit,
  };
}

/**
 * The city's current levels if the actor may see them (for suggestions and pairing); null when
 * it has none or keeps it private from this actor.
 */
export async function visibleAssessment(
  deps: Deps,
  actor: Actor | null,
  cityId: number,
): Promise<{
  id: number;
  createdAt: string;
  isPrivate: boolean;
  themes: Record<ThemeSlug, { strength: number; need: number }>;
} | null> {
  const row = await q.selectCurrentAssessment(deps.db, cityId);
  if (!row) return null;
  if (row.isPrivate && !canSeePrivateAssessment(actor, await cityRelation(deps, actor, cityId)))
    return null;
  const themes = {} as Record<ThemeSlug, { strength: number; need: number }>;
  THEME_SLUGS.forEach((slug, i) => {
    themes[slug] = { strength: Number(row.strengths[i]), need: Number(row.needs[i]) };
  });
  return { id: row.id, createdAt: row.createdAt, isPrivate: row.isPrivate, themes };
}
