import type { Deps } from '../../deps.ts';
import { AppError } from '../../web/errors.ts';
import type { Actor } from '../accounts/actor.ts';
import {
  selectCheckIn,
  selectCheckIns,
  selectIndicatorActions,
  type CheckInReport,
  type CheckInRow,
  type IndicatorAction,
} from './check-ins.queries.ts';
import { checkInState, utcDay, type CheckInState } from './follow-up-dates.ts';
import { selectFollowUpProject, type FollowUpProject } from './follow-up.queries.ts';
import type { TwinningParties } from './twinning-access.queries.ts';
import { requireTwinningChange, requireTwinningView } from './twinning-access.service.ts';
import { canChangeTwinning } from './twinning.policy.ts';

// Reading check-ins: the project's list, a submitted report, and what the form needs.

export async function projectOf(deps: Deps, parties: TwinningParties): Promise<FollowUpProject> {
  const project = await selectFollowUpProject(deps.db, parties.id);
  if (!project) throw new AppError('NOT_FOUND', 'twinning.errors.notFound');
  return project;
}

export interface CheckInListItem extends CheckInRow {
  state: CheckInState;
}

/** The project's check-ins in date order, each due, overdue or submitted (anyone who sees it). */
export async function listCheckIns(
  deps: Deps,
  actor: Actor | null,
  slug: string,
): Promise<{ project: FollowUpProject; checkIns: CheckInListItem[]; canReport: boolean }> {
  const parties = await requireTwinningView(deps, actor, slug);
  const today = utcDay();
  const rows = await selectCheckIns(deps.db, parties.id);
  return {
    project: await projectOf(deps, parties),
    checkIns: rows.map((c) => ({ ...c, state: checkInState(c, today) })),
    canReport: canChangeTwinning(actor, parties),
  };
}

export interface CheckInForm {
  project: FollowUpProject;
  checkIn: CheckInReport;
  state: CheckInState;
  actions: IndicatorAction[];
  /** The cities the actor may report for. */
  cities: Array<{ id: number; name: string }>;
}

async function loadCheckIn(deps: Deps, parties: TwinningParties, id: number) {
  const checkIn = await selectCheckIn(deps.db, parties.id, id);
  if (!checkIn) throw new AppError('NOT_FOUND', 'follow-up.errors.checkInNotFound');
  return checkIn;
}

/**
 * The form of an open check-in for those who change the project (cities' coordinators report for
 * their own cities, the facilitator for any of them); 404 / 403 otherwise.
 */
export async function checkInForm(
  deps: Deps,
  actor: Actor | null,
  slug: string,
  id: number,
): Promise<CheckInForm> {
  const parties = await requireTwinningChange(deps, actor, slug);
  const [project, checkIn, actions] = await Promise.all([
    projectOf(deps, parties),
    loadCheckIn(deps, parties, id),
    selectIndicatorActions(deps.db, parties.id),
  ]);
  const mine = parties.coordinatedCityIds;
  return {
    project,
    checkIn,
    state: checkInState(checkIn, utcDay()),
    actions,
    cities: project.cities.filter((c) => mine.length === 0 || mine.includes(c.id)),
  };
}

/** A submitted check-in for anyone who sees the project; an open one as its form (see above). */
export async function checkInPage(
  deps: Deps,
  actor: Actor | null,
  slug: string,
  id: number,
): Promise<CheckInForm> {
  const parties = await requireTwinningView(deps, actor, slug);
  const checkIn = await loadCheckIn(deps, parties, id);
  if (checkIn.submittedAt === null) return checkInForm(deps, actor, slug, id);
  return {
    project: await projectOf(deps, parties),
    checkIn,
    state: 'submitted',
    actions: [],
    cities: [],
  };
}
