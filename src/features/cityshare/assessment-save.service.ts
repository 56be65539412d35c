import { isUniqueViolation, nowIso } from '../../db/database.ts';
import type { Deps } from '../../deps.ts';
import { AppError } from '../../web/errors.ts';
import type { Actor } from '../accounts/actor.ts';
import type { ThemeSummary } from '../curriculum/curriculum.service.ts';
import { replaceCurrentAssessment } from './assessment-write.queries.ts';
import { selectCurrentAssessment } from './assessment.queries.ts';
import type { AssessmentInput } from './assessment.schema.ts';
import { assessmentThemes, withLevels, type Assessment } from './assessment.service.ts';
import { THEME_SLUGS } from './complementarity.ts';
import { requireCityEditor, type City } from './city-profile.service.ts';

// Updating a city's self-assessment: each save adds a dated assessment that becomes the current
// one, so the earlier ones stay as its history.

/** What the assessment form starts from: the themes and the current assessment (its editors only). */
export async function getAssessmentForm(
  deps: Deps,
  actor: Actor | null,
  lang: string,
  slug: string,
): Promise<{ city: City; themes: ThemeSummary[]; current: Assessment | null }> {
  const { city } = await requireCityEditor(deps, actor, slug);
  const themes = await assessmentThemes(deps, lang);
  const row = await selectCurrentAssessment(deps.db, city.id);
  return { city, themes, current: row ? await withLevels(deps, row, themes) : null };
}

/**
 * Saves a new assessment as the city's current one (its editors only). A second submission of
 * the same form (double click, two tabs) saves nothing more; if a colleague saved meanwhile,
 * CONFLICT asks to review theirs first.
 */
export async function saveAssessment(
  deps: Deps,
  actor: Actor | null,
  slug: string,
  input: AssessmentInput,
): Promise<City> {
  const { city, actor: who } = await requireCityEditor(deps, actor, slug);
  const themes = await assessmentThemes(deps, 'en');
  const digits = (what: 'strength' | 'need') =>
    THEME_SLUGS.map((s) => String(input.levels[s][what])).join('');
  const assessment = {
    organisationId: city.id,
    isPrivate: input.isPrivate,
    priorities: input.priorities,
    levels: THEME_SLUGS.map((s, i) => ({ themeId: themes[i]!.id, ...input.levels[s] })),
    strengths: digits('strength'),
    needs: digits('need'),
    createdBy: who.id,
    isDemo: false,
  };
  let saved: number | null;
  try {
    saved = await deps.db
      .transaction()
      .execute((tx) => replaceCurrentAssessment(tx, assessment, input.basedOn, nowIso()));
  } catch (err) {
    // Two first saves at once on PostgreSQL: the partial unique index stopped the second.
    if (!isUniqueViolation(err)) throw err;
    saved = null;
  }
  if (saved === null) {
    const current = await selectCurrentAssessment(deps.db, city.id);
    // The same official's save came first: a double submission, already done.
    if (current?.createdBy !== who.id)
      throw new AppError('CONFLICT', 'cities.assessment.errors.changedMeanwhile');
  }
  return city;
}
