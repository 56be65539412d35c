import { isUniqueViolation, nowIso } from '../../db/database.ts';
import { selectSlugsStartingWith } from '../../db/slugs.queries.ts';
import type { Deps } from '../../deps.ts';
import { AppError } from '../../web/errors.ts';
import { LANGUAGES } from '../../web/i18n.ts';
import { isCoordinator, requireActor, type Actor } from '../accounts/actor.ts';
import { listThemes, type ThemeSummary } from '../curriculum/curriculum.service.ts';
import { freeSlug } from '../organisations/names.ts';
import { canCreatePractice, canEditPractice } from './practice.policy.ts';
import * as cq from './practice-cities.queries.ts';
import * as q from './practice.queries.ts';
import { practiceSlugBase, type NewPracticeInput, type PracticeInput } from './practice.schema.ts';
import { coordinatedCities, loadEditablePractice } from './practice.service.ts';

// Writing good practices: city coordinators write their cities' practices, programme
// coordinators any city's; a practice is a draft until published, and may go back to draft.

export interface PracticeChoices {
  cities: q.CityRef[];
  themes: ThemeSummary[];
  /** Languages offered: the interface's six, the cities' own, and the practice's. */
  languages: string[];
}

const SLUG_ATTEMPTS = 5;
// A second "create" of the same title for the same city this soon is the same submission again.
const DOUBLE_SUBMIT_MS = 60_000;

function languagesFor(cities: q.CityRef[], current?: string): string[] {
  const all = new Set<string>(LANGUAGES);
  for (const c of cities) for (const l of c.languages) all.add(l);
  if (current) all.add(current);
  return [...all];
}

async function requireCreator(deps: Deps, actor: Actor | null) {
  const who = requireActor(actor);
  const cityIds = await coordinatedCities(deps, who);
  if (!canCreatePractice(who, cityIds))
    throw new AppError('FORBIDDEN', 'practices.errors.notCityCoordinator');
  return { who, cityIds };
}

/** What the new-practice form offers: the actor's cities (any for programme coordinators); 403 for others. */
export async function getNewPracticeChoices(
  deps: Deps,
  actor: Actor | null,
  language: string,
): Promise<PracticeChoices> {
  const { who, cityIds } = await requireCreator(deps, actor);
  const [cities, themes] = await Promise.all([
    cq.selectCities(deps.db, isCoordinator(who) ? 'all' : cityIds),
    listThemes(deps, language),
  ]);
  return { cities, themes, languages: languagesFor(cities) };
}

async function themeIdOf(deps: Deps, slug: string): Promise<number> {
  const theme = (await listThemes(deps, 'en')).find((t) => t.slug === slug);
  if (!theme)
    throw new AppError('VALIDATION', 'practices.errors.unknownTheme', {
      fields: { theme: 'practices.errors.unknownTheme' },
    });
  return theme.id;
}

function fieldsOf(input: PracticeInput, themeId: number): q.PracticeFields {
  const { title, language, problem, approach, results, resources, contacts } = input;
  const { success_factors, transferability, transferable_to } = input;
  return {
    themeId,
    language,
    title,
    problem,
    approach,
    results,
    resources,
    success_factors,
    transferability,
    transferable_to,
    contacts,
  };
}

/**
 * Creates a draft practice of a city the actor coordinates (403 for another city, 400 for what
 * is not a city). The same title sent again for the same city within a minute (a double
 * submission) finds the first: new practices of a city take turns under a lock on the city.
 */
export async function createPractice(
  deps: Deps,
  actor: Actor | null,
  input: NewPracticeInput,
): Promise<{ slug: string; created: boolean }> {
  const { who, cityIds } = await requireCreator(deps, actor);
  const city = await cq.selectCityById(deps.db, input.city);
  if (!city)
    throw new AppError('VALIDATION', 'practices.errors.unknownCity', {
      fields: { city: 'practices.errors.unknownCity' },
    });
  if (!canEditPractice(who, cityIds, city.id))
    throw new AppError('FORBIDDEN', 'practices.errors.notYourCity');
  const fields = fieldsOf(input, await themeIdOf(deps, input.theme));
  const base = practiceSlugBase(input.title);
  for (let attempt = 0; attempt < SLUG_ATTEMPTS; attempt++) {
    try {
      return await deps.db.transaction().execute(async (tx) => {
        await cq.lockCity(tx, deps.dialect, city.id);
        const now = new Date();
        const since = nowIso(new Date(now.getTime() - DOUBLE_SUBMIT_MS));
        const existing = await q.selectRecentSameTitle(tx, city.id, input.title, since);
        if (existing !== undefined) return { slug: existing, created: false };
        const slug = freeSlug(base, await selectSlugsStartingWith(tx, 'practices', base));
        const practice = { ...fields, slug, organisationId: city.id, createdBy: who.id };
        await q.insertPractice(tx, { ...practice, status: 'draft', isDemo: false }, nowIso(now));
        return { slug, created: true };
      });
    } catch (err) {
      // Another city's practice took the slug meanwhile: try the next free one.
      if (!isUniqueViolation(err)) throw err;
    }
  }
  throw new AppError('CONFLICT', 'practices.errors.slugConflict');
}

/** The practice and the form's choices for its editor (its city stays as it is). */
export async function getPracticeForEdit(
  deps: Deps,
  actor: Actor | null,
  slug: string,
  language: string,
): Promise<{ practice: q.PracticeRow; choices: PracticeChoices }> {
  const { practice } = await loadEditablePractice(deps, actor, slug);
  const themes = await listThemes(deps, language);
  const cities = [practice.city];
  return {
    practice,
    choices: { cities, themes, languages: languagesFor(cities, practice.language) },
  };
}

/** Saves an edited practice (its slug, city and status stay). */
export async function updatePracticeDetails(
  deps: Deps,
  actor: Actor | null,
  slug: string,
  input: PracticeInput,
): Promise<{ slug: string }> {
  const { practice } = await loadEditablePractice(deps, actor, slug);
  const fields = fieldsOf(input, await themeIdOf(deps, input.theme));
  await q.updatePractice(deps.db, practice.id, fields, nowIso());
  return { slug: practice.slug };
}

/**
 * Publishes a practice (it needs its problem, approach and results first) or takes it back to
 * draft. Returns whether the status changed (a second click changes nothing).
 */
export async function setPracticeStatus(
  deps: Deps,
  actor: Actor | null,
  slug: string,
  status: 'draft' | 'published',
): Promise<{ slug: string; changed: boolean }> {
  const { practice } = await loadEditablePractice(deps, actor, slug);
  if (status === 'published' && practice.status !== 'published')
    for (const section of ['problem', 'approach', 'results'] as const)
      if (practice[section].trim() === '')
        throw new AppError('VALIDATION', 'practices.errors.incomplete');
  const changed = await q.updatePracticeStatus(deps.db, practice.id, status, nowIso());
  return { slug: practice.slug, changed };
}
