import type { Deps } from '../../deps.ts';
import { AppError } from '../../web/errors.ts';
import { requireActor, type Actor } from '../accounts/actor.ts';
import { candidateOf, listCandidates, type Candidate } from './candidates.service.ts';
import { selectCityById, selectCityBySlug, type CityRef } from './candidates.queries.ts';
import { selectCoordinatedCityIds } from './city-members.queries.ts';
import { suggestPartners, type Suggestion, type SuggestionFilters } from './complementarity.ts';
import {
  canProposeExchange,
  canSeePrivateAssessments,
  canSeeSuggestions,
} from './suggestion.policy.ts';

export const SUGGESTION_LIMIT = 10;

// Organisation slugs are short lower-case words and digits; anything else (NUL included) names none.
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface CitySuggestions {
  city: CityRef;
  /** The city's current assessment, or null: the page then says how to make one. */
  own: Candidate | null;
  suggestions: Suggestion<Candidate>[];
  /** Working languages among the cities the reader may see, for the language filter. */
  languages: string[];
  /** The reader belongs to the city ("you" in the reasons). */
  isMember: boolean;
  canPropose: boolean;
}

const languagesOf = new WeakMap<readonly Candidate[], string[]>();

function languageChoices(candidates: readonly Candidate[]): string[] {
  let out = languagesOf.get(candidates);
  if (!out) {
    const all = new Set<string>();
    for (const c of candidates) for (const l of c.languages) all.add(l);
    languagesOf.set(candidates, (out = [...all].sort()));
  }
  return out;
}

/**
 * The ten best partners for a city, with reasons, for its members and coordinators, facilitators
 * and programme coordinators (others 403, unknown city 404). Private assessments of other cities
 * are used only for facilitators and coordinators.
 */
export async function getCitySuggestions(
  deps: Deps,
  actor: Actor | null,
  slug: string,
  filters: SuggestionFilters,
): Promise<CitySuggestions> {
  const official = requireActor(actor);
  const city = SLUG.test(slug) ? await selectCityBySlug(deps.db, slug) : undefined;
  if (!city) throw new AppError('NOT_FOUND', 'suggestions.errors.cityNotFound');
  const coordinated = await selectCoordinatedCityIds(deps.db, official.id);
  if (!canSeeSuggestions(official, city.id, coordinated))
    throw new AppError('FORBIDDEN', 'suggestions.errors.notAllowed');
  const candidates = await listCandidates(deps, {
    withPrivate: canSeePrivateAssessments(official),
  });
  const own = (await candidateOf(deps, city.id)) ?? null;
  return {
    city,
    own,
    suggestions: own ? suggestPartners(own, candidates, filters, SUGGESTION_LIMIT) : [],
    languages: languageChoices(candidates),
    isMember: official.organisationId === city.id || coordinated.includes(city.id),
    canPropose: canProposeExchange(official),
  };
}

export interface CityShareHome {
  /** The reader's city, if they belong to one, and whether it has a current assessment. */
  city: CityRef | null;
  hasAssessment: boolean;
  canPair: boolean;
}

/** What the CityShare landing page links to for this reader (anyone may see the page). */
export async function getCityShareHome(deps: Deps, actor: Actor | null): Promise<CityShareHome> {
  const city =
    actor?.organisationId != null
      ? ((await selectCityById(deps.db, actor.organisationId)) ?? null)
      : null;
  return {
    city,
    hasAssessment: city !== null && (await candidateOf(deps, city.id)) !== undefined,
    canPair: canSeePrivateAssessments(actor),
  };
}
