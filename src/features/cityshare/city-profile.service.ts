import { nowIso } from '../../db/database.ts';
import type { Deps } from '../../deps.ts';
import { AppError } from '../../web/errors.ts';
import { requireActor, type Actor } from '../accounts/actor.ts';
import { selectCityCoordinators } from './city-members.queries.ts';
import * as q from './city-profile.queries.ts';
import { canEditCity, type CityRelation } from './city-profile.policy.ts';
import type { CityProfileInput } from './city-profile.schema.ts';

export type { City } from './city-profile.queries.ts';

// Slugs are made by slugBase; anything else in the address cannot name a city.
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The city with this slug, or 404 (also for an organisation that is not a city). */
export async function findCity(deps: Deps, slug: string): Promise<q.City> {
  const city =
    slug.length <= 100 && SLUG.test(slug) ? await q.selectCityBySlug(deps.db, slug) : undefined;
  if (!city) throw new AppError('NOT_FOUND', 'cities.errors.notFound');
  return city;
}

/** How the actor stands towards the city: member, city coordinator, or neither. */
export async function cityRelation(
  deps: Deps,
  actor: Actor | null,
  cityId: number,
): Promise<CityRelation> {
  if (!actor) return { isMember: false, isCityCoordinator: false };
  return {
    isMember: actor.organisationId === cityId,
    isCityCoordinator: await q.selectIsCityCoordinator(deps.db, cityId, actor.id),
  };
}

/** The city if the actor may edit it: sign-in first, 404 for no such city, else 403. */
export async function requireCityEditor(
  deps: Deps,
  actor: Actor | null,
  slug: string,
): Promise<{ city: q.City; actor: Actor; relation: CityRelation }> {
  const who = requireActor(actor);
  const city = await findCity(deps, slug);
  const relation = await cityRelation(deps, who, city.id);
  if (!canEditCity(who, relation)) throw new AppError('FORBIDDEN', 'cities.errors.notAllowed');
  return { city, actor: who, relation };
}

/** The city's profile as its edit form starts from (its editors only). */
export async function getCityProfileForEdit(
  deps: Deps,
  actor: Actor | null,
  slug: string,
): Promise<q.City> {
  return (await requireCityEditor(deps, actor, slug)).city;
}

/** Saves the profile: languages, population, region and migration context (its editors only). */
export async function updateCityProfile(
  deps: Deps,
  actor: Actor | null,
  slug: string,
  input: CityProfileInput,
): Promise<q.City> {
  const { city } = await requireCityEditor(deps, actor, slug);
  await q.updateCityProfile(
    deps.db,
    city.id,
    {
      languages: input.languages,
      population: input.population,
      region: input.region,
      migrationContext: input.migration_context,
    },
    nowIso(),
  );
  return city;
}

/** The names of a city's coordinators, for public pages (never their e-mail addresses). */
export async function cityCoordinatorNames(deps: Deps, cityId: number): Promise<string[]> {
  return (await selectCityCoordinators(deps.db, cityId)).map((c) => c.name);
}
