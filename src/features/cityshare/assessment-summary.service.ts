import type { Deps } from '../../deps.ts';
import type { Actor } from '../accounts/actor.ts';
import { selectCurrentAssessment } from './assessment.queries.ts';
import { assessmentThemes, withLevels, type Assessment } from './assessment.service.ts';
import { selectCityById } from './city-profile.queries.ts';
import { canEditCity, canSeePrivateAssessment } from './city-profile.policy.ts';
import { cityCoordinatorNames, cityRelation, type City } from './city-profile.service.ts';
import { listPublishedPractices, type PracticeSummary } from './practice.service.ts';

const PRACTICES_SHOWN = 4;

export interface CityShareSection {
  city: City;
  coordinators: string[];
  /** The current assessment when the actor may see it. */
  assessment: Assessment | null;
  /** The city has a current assessment that it keeps private from this actor. */
  hidden: boolean;
  canEdit: boolean;
  /** Its newest published good practices. */
  practices: PracticeSummary[];
}

/** The CityShare section of an organisation's page; null when the organisation is not a city. */
export async function cityShareSection(
  deps: Deps,
  actor: Actor | null,
  lang: string,
  organisationId: number,
): Promise<CityShareSection | null> {
  const city = await selectCityById(deps.db, organisationId);
  if (!city) return null;
  const relation = await cityRelation(deps, actor, city.id);
  const row = await selectCurrentAssessment(deps.db, city.id);
  const hidden = row?.isPrivate === true && !canSeePrivateAssessment(actor, relation);
  return {
    city,
    coordinators: await cityCoordinatorNames(deps, city.id),
    assessment:
      row && !hidden ? await withLevels(deps, row, await assessmentThemes(deps, lang)) : null,
    hidden,
    canEdit: canEditCity(actor, relation),
    practices: await listPublishedPractices(deps, {
      cityId: city.id,
      limit: PRACTICES_SHOWN,
      offset: 0,
      readerLanguage: lang,
    }),
  };
}
