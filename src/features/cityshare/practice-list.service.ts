import type { Deps } from '../../deps.ts';
import { AppError } from '../../web/errors.ts';
import { isCoordinator, type Actor } from '../accounts/actor.ts';
import { listThemes, type ThemeSummary } from '../curriculum/curriculum.service.ts';
import { canCreatePractice } from './practice.policy.ts';
import * as cq from './practice-cities.queries.ts';
import * as q from './practice.queries.ts';
import { PAGE_SIZE, type ListFilter } from './practice.schema.ts';
import {
  coordinatedCities,
  listPublishedPractices,
  summariesOf,
  type PracticeSummary,
} from './practice.service.ts';

// The list page of good practices: one page of published ones with the filters' choices, and
// the drafts the reader may edit.

export interface PracticeListPage {
  practices: PracticeSummary[];
  hasMore: boolean;
  /** Drafts the reader may edit (their cities', or all for programme coordinators), newest first. */
  drafts: PracticeSummary[];
  canCreate: boolean;
  choices: { themes: ThemeSummary[]; cities: q.CityRef[]; languages: string[] };
}

const DRAFTS_SHOWN = 20;

/** One page of the list; a theme or city filter that names nothing is a 400 naming the filter. */
export async function getPracticeList(
  deps: Deps,
  actor: Actor | null,
  filter: ListFilter,
  language: string,
): Promise<PracticeListPage> {
  const [themes, cities, languages, cityIds] = await Promise.all([
    listThemes(deps, language),
    cq.selectCitiesWithPractices(deps.db),
    q.selectPracticeLanguages(deps.db),
    coordinatedCities(deps, actor),
  ]);
  const errors: Record<string, string> = {};
  const theme = filter.theme === null ? undefined : themes.find((t) => t.slug === filter.theme);
  if (filter.theme !== null && !theme) errors.theme = 'practices.errors.unknownTheme';
  const city =
    filter.city === null
      ? undefined
      : (cities.find((c) => c.slug === filter.city) ??
        (await cq.selectCityBySlug(deps.db, filter.city)));
  if (filter.city !== null && !city) errors.city = 'practices.errors.unknownCity';
  if (Object.keys(errors).length > 0)
    throw new AppError('VALIDATION', 'practices.errors.badFilter', { fields: errors });

  const rows = await listPublishedPractices(deps, {
    cityId: city?.id,
    themeId: theme?.id,
    language: filter.language ?? undefined,
    q: filter.q ?? undefined,
    limit: PAGE_SIZE + 1,
    offset: (filter.page - 1) * PAGE_SIZE,
    readerLanguage: language,
  });
  const draftRows =
    actor && (isCoordinator(actor) || cityIds.length > 0)
      ? await q.selectPractices(deps.db, {
          status: 'draft',
          cityIds: isCoordinator(actor) ? undefined : cityIds,
          limit: DRAFTS_SHOWN,
          offset: 0,
        })
      : [];
  return {
    practices: rows.slice(0, PAGE_SIZE),
    hasMore: rows.length > PAGE_SIZE,
    drafts: await summariesOf(deps, draftRows, language),
    canCreate: canCreatePractice(actor, cityIds),
    // A chosen city without published practices stays selectable, so the filter shows it.
    choices: {
      themes,
      cities: city && !cities.includes(city) ? [...cities, city] : cities,
      languages,
    },
  };
}
