import { nowIso } from '../../db/database.ts';
import type { Deps } from '../../deps.ts';
import { AppError } from '../../web/errors.ts';
import type { Actor } from '../accounts/actor.ts';
import { requireTwinningChange } from './twinning-access.service.ts';
import { insertAction, insertMilestone, type NewAction } from './twinning-create.queries.ts';
import * as q from './twinning.queries.ts';
import type { ActionInput, MilestoneInput } from './twinning.schema.ts';
import * as w from './twinning-write.queries.ts';

// The action plan and milestones, changed by the cities' coordinators and the facilitator.

export interface PlanFormData {
  project: q.TwinningDetail;
  /** People an action may be given to: members of the project's cities. */
  members: Array<{ id: number; name: string; organisationId: number }>;
  action?: q.ActionRow;
  milestone?: q.MilestoneRow;
}

async function loadForChange(deps: Deps, actor: Actor | null, slug: string) {
  const parties = await requireTwinningChange(deps, actor, slug);
  const project = await q.selectTwinningDetail(deps.db, parties.id);
  if (!project) throw new AppError('NOT_FOUND', 'twinning.errors.notFound');
  return project;
}

/** The action form of a project (with the action when editing one); 404 for an unknown action. */
export async function getActionForm(
  deps: Deps,
  actor: Actor | null,
  slug: string,
  actionId?: number,
): Promise<PlanFormData> {
  const project = await loadForChange(deps, actor, slug);
  const members = await q.selectCityMembers(
    deps.db,
    project.cities.map((c) => c.id),
  );
  if (actionId === undefined) return { project, members };
  const action = (await q.selectActions(deps.db, project.id)).find((a) => a.id === actionId);
  if (!action) throw new AppError('NOT_FOUND', 'twinning.errors.actionNotFound');
  return { project, members, action };
}

/** The action's owner must be a city of the project (and the person one of its members), its due
 * date within the project. */
async function checkAction(deps: Deps, project: q.TwinningDetail, input: ActionInput) {
  const fields: Record<string, string> = {};
  if (!project.cities.some((c) => c.id === input.owner_city))
    fields.owner_city = 'twinning.errors.ownerRequired';
  else if (input.owner_user !== null) {
    const members = await q.selectCityMembers(deps.db, [input.owner_city]);
    if (!members.some((m) => m.id === input.owner_user))
      fields.owner_user = 'twinning.errors.personUnknown';
  }
  if (input.due_on < project.startsOn) fields.due_on = 'twinning.errors.dueBeforeStart';
  else if (input.due_on > project.endsOn) fields.due_on = 'twinning.errors.dueAfterEnd';
  const first = Object.values(fields)[0];
  if (first) throw new AppError('VALIDATION', first, { fields });
}

function toAction(input: ActionInput): NewAction {
  return {
    title: input.title,
    description: input.description,
    ownerOrganisationId: input.owner_city,
    ownerUserId: input.owner_user,
    dueOn: input.due_on,
    status: input.status,
    costAmount: input.cost_amount,
    costCurrency: input.cost_currency,
    fundingSource: input.funding_source,
    indicator: input.indicator,
    baseline: input.baseline,
    target: input.target,
    currentValue: input.current_value,
    risks: input.risks,
  };
}

/** Adds an action at the end of the plan, or changes one (`actionId`). */
export async function saveAction(
  deps: Deps,
  actor: Actor | null,
  slug: string,
  actionId: number | undefined,
  input: ActionInput,
): Promise<void> {
  const project = await loadForChange(deps, actor, slug);
  await checkAction(deps, project, input);
  if (actionId === undefined) {
    await insertAction(deps.db, project.id, toAction(input), nowIso());
    return;
  }
  if (!(await w.updateAction(deps.db, project.id, actionId, toAction(input), nowIso())))
    throw new AppError('NOT_FOUND', 'twinning.errors.actionNotFound');
}

/** Deletes an action of the plan. */
export async function removeAction(
  deps: Deps,
  actor: Actor | null,
  slug: string,
  actionId: number | undefined,
): Promise<void> {
  const project = await loadForChange(deps, actor, slug);
  if (actionId === undefined || !(await w.deleteAction(deps.db, project.id, actionId)))
    throw new AppError('NOT_FOUND', 'twinning.errors.actionNotFound');
}

/** The milestone form (with the milestone when editing one). */
export async function getMilestoneForm(
  deps: Deps,
  actor: Actor | null,
  slug: string,
  milestoneId?: number,
): Promise<PlanFormData> {
  const project = await loadForChange(deps, actor, slug);
  if (milestoneId === undefined) return { project, members: [] };
  const milestone = (await q.selectMilestones(deps.db, project.id)).find(
    (m) => m.id === milestoneId,
  );
  if (!milestone) throw new AppError('NOT_FOUND', 'twinning.errors.milestoneNotFound');
  return { project, members: [], milestone };
}

/** Adds a milestone or changes one (its title, date, and the day it was reached). */
export async function saveMilestone(
  deps: Deps,
  actor: Actor | null,
  slug: string,
  milestoneId: number | undefined,
  input: MilestoneInput,
): Promise<void> {
  const project = await loadForChange(deps, actor, slug);
  const m = { title: input.title, dueOn: input.due_on, reachedOn: input.reached_on };
  if (milestoneId === undefined) {
    await insertMilestone(deps.db, project.id, m, nowIso());
    return;
  }
  if (!(await w.updateMilestone(deps.db, project.id, milestoneId, m)))
    throw new AppError('NOT_FOUND', 'twinning.errors.milestoneNotFound');
}
