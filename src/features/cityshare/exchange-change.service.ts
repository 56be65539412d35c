import { nowIso } from '../../db/database.ts';
import type { Deps } from '../../deps.ts';
import { AppError } from '../../web/errors.ts';
import type { Actor } from '../accounts/actor.ts';
import { requireExchangeChange } from './exchange-access.service.ts';
import { nextStatuses, type ExchangeStatus } from './exchange.policy.ts';
import * as w from './exchange-write.queries.ts';
import * as c from './exchange-choices.queries.ts';
import * as i from './exchange-items.queries.ts';

// What the facilitator and programme coordinators change on an exchange: its status (closing
// needs a summary), meetings, agreed actions and participants. Each checks access first.

const invalid = (field: string, key: string) =>
  new AppError('VALIDATION', key, { fields: { [field]: key } });

/** Moves the status one step (proposed → active → closed, or cancelled); closing needs a summary. */
export async function changeExchangeStatus(
  deps: Deps,
  actor: Actor | null,
  slug: string,
  input: { status: ExchangeStatus; summary: string },
): Promise<void> {
  const { parties } = await requireExchangeChange(deps, actor, slug);
  if (!nextStatuses(parties.status).includes(input.status))
    throw new AppError('CONFLICT', 'exchanges.errors.statusMove');
  if (input.status === 'closed' && input.summary === '')
    throw invalid('summary', 'exchanges.errors.summaryRequired');
  const summary = input.status === 'closed' ? input.summary : null;
  const moved = await w.updateExchangeStatus(
    deps.db,
    parties.id,
    parties.status,
    input.status,
    summary,
    nowIso(),
  );
  // Someone else moved it first (a double click, two tabs).
  if (!moved) throw new AppError('CONFLICT', 'exchanges.errors.statusMove');
}

/** Adds a meeting on a date, linked to a published event when one is chosen. */
export async function addMeeting(
  deps: Deps,
  actor: Actor | null,
  slug: string,
  input: { meeting_title: string; meeting_date: string | null; meeting_event: number | null },
): Promise<void> {
  const { parties } = await requireExchangeChange(deps, actor, slug);
  if (input.meeting_date === null) throw invalid('meeting_date', 'exchanges.errors.dateRequired');
  if (input.meeting_event !== null) {
    const found = await c.selectEvents(deps.db, [input.meeting_event]);
    if (found.length === 0) throw invalid('meeting_event', 'exchanges.errors.unknownEvent');
  }
  await i.insertMeeting(
    deps.db,
    parties.id,
    { title: input.meeting_title, heldOn: input.meeting_date, eventId: input.meeting_event },
    nowIso(),
  );
}

/** Adds an agreed action, for one of the exchange's cities (or for all), with an optional due date. */
export async function addExchangeAction(
  deps: Deps,
  actor: Actor | null,
  slug: string,
  input: { action_title: string; action_city: number | null; action_due: string | null },
): Promise<void> {
  const { parties } = await requireExchangeChange(deps, actor, slug);
  if (input.action_city !== null && !parties.cityIds.includes(input.action_city))
    throw invalid('action_city', 'exchanges.errors.unknownCity');
  await i.insertExchangeAction(
    deps.db,
    parties.id,
    { title: input.action_title, organisationId: input.action_city, dueOn: input.action_due },
    nowIso(),
  );
}

/** Marks an action of the exchange done or not done; 404 for an action it does not have. */
export async function setExchangeActionDone(
  deps: Deps,
  actor: Actor | null,
  slug: string,
  actionId: number | undefined,
  done: boolean,
): Promise<void> {
  const { parties } = await requireExchangeChange(deps, actor, slug);
  if (actionId === undefined || !(await i.updateActionDone(deps.db, parties.id, actionId, done)))
    throw new AppError('NOT_FOUND', 'exchanges.errors.actionNotFound');
}

/** Adds a participant, who must be a member of one of the exchange's cities. */
export async function addParticipant(
  deps: Deps,
  actor: Actor | null,
  slug: string,
  userId: number,
): Promise<void> {
  const { parties } = await requireExchangeChange(deps, actor, slug);
  const members = await c.selectCityMembers(deps.db, parties.cityIds);
  if (!members.some((m) => m.id === userId))
    throw invalid('participant', 'exchanges.errors.notMember');
  await w.insertParticipants(deps.db, parties.id, [userId]);
}

/** Removes a participant; 404 when they were not one. */
export async function removeParticipant(
  deps: Deps,
  actor: Actor | null,
  slug: string,
  userId: number | undefined,
): Promise<void> {
  const { parties } = await requireExchangeChange(deps, actor, slug);
  if (userId === undefined || !(await w.deleteParticipant(deps.db, parties.id, userId)))
    throw new AppError('NOT_FOUND', 'exchanges.errors.participantNotFound');
}
