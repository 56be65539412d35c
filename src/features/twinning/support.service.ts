import type { Deps } from '../../deps.ts';
import { AppError } from '../../web/errors.ts';
import type { Actor } from '../accounts/actor.ts';
import { projectOf } from './check-ins.service.ts';
import type { FollowUpProject } from './follow-up.queries.ts';
import {
  selectSupportMessages,
  selectSupportRequest,
  selectSupportRequests,
  type SupportMessage,
  type SupportRequestRow,
} from './support.queries.ts';
import type { TwinningParties } from './twinning-access.queries.ts';
import { requireTwinningView } from './twinning-access.service.ts';
import { canAnswerSupport } from './twinning.policy.ts';

// Reading support requests: the project's list, one request with its history, the asking form.

/** The project's cities the actor coordinates: those they may ask for. */
function askingCities(project: FollowUpProject, parties: TwinningParties) {
  return project.cities.filter((c) => parties.coordinatedCityIds.includes(c.id));
}

/** The project's requests, newest first, for anyone who sees the project. */
export async function listSupportRequests(
  deps: Deps,
  actor: Actor | null,
  slug: string,
): Promise<{ project: FollowUpProject; requests: SupportRequestRow[]; canAsk: boolean }> {
  const parties = await requireTwinningView(deps, actor, slug);
  const project = await projectOf(deps, parties);
  return {
    project,
    requests: await selectSupportRequests(deps.db, parties.id),
    canAsk: askingCities(project, parties).length > 0,
  };
}

/** The asking form: only the cities' coordinators ask, for the cities they coordinate (403). */
export async function supportAskForm(
  deps: Deps,
  actor: Actor | null,
  slug: string,
): Promise<{ project: FollowUpProject; cities: Array<{ id: number; name: string }> }> {
  const parties = await requireTwinningView(deps, actor, slug);
  const project = await projectOf(deps, parties);
  const cities = askingCities(project, parties);
  if (cities.length === 0) throw new AppError('FORBIDDEN', 'follow-up.errors.onlyCitiesAsk');
  return { project, cities };
}

export interface SupportRequestView {
  project: FollowUpProject;
  parties: TwinningParties;
  request: SupportRequestRow;
  messages: SupportMessage[];
  canAnswer: boolean;
  /** The actor coordinates the asking city: may reply, close and reopen. */
  isAskingCity: boolean;
}

/** One request with its history and what the actor may do with it. */
export async function supportRequestView(
  deps: Deps,
  actor: Actor | null,
  slug: string,
  id: number,
): Promise<SupportRequestView> {
  const parties = await requireTwinningView(deps, actor, slug);
  const request = await selectSupportRequest(deps.db, parties.id, id);
  if (!request) throw new AppError('NOT_FOUND', 'follow-up.errors.supportNotFound');
  const [project, messages] = await Promise.all([
    projectOf(deps, parties),
    selectSupportMessages(deps.db, id),
  ]);
  return {
    project,
    parties,
    request,
    messages,
    canAnswer: canAnswerSupport(actor, parties),
    isAskingCity: parties.coordinatedCityIds.includes(request.organisationId),
  };
}
