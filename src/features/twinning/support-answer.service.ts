import type { Deps } from '../../deps.ts';
import { AppError } from '../../web/errors.ts';
import type { Actor } from '../accounts/actor.ts';
import { lockTwinning } from './follow-up.queries.ts';
import { tellSupport, type SupportMessageKind } from './support-mail.ts';
import { statusAfterAnswer, statusAfterCity } from './support.policy.ts';
import type { AnswerSupportInput, CitySupportInput } from './support.schema.ts';
import {
  insertSupportMessage,
  selectLastSupportMessage,
  updateSupportStatus,
  type SupportStatus,
} from './support.queries.ts';
import { supportRequestView, type SupportRequestView } from './support.service.ts';

// Writing in a request's history: an answer (partners' editors, coordinators, the facilitator)
// or the asking city's reply, closing or reopening. Each message is one transaction with its
// status change and the e-mail to the other side.

async function write(
  deps: Deps,
  actorId: number,
  view: SupportRequestView,
  change: { body: string; next: SupportStatus; mail: SupportMessageKind },
): Promise<void> {
  const { request, project } = view;
  const status = change.next === request.status ? null : change.next;
  await deps.db.transaction().execute(async (tx) => {
    await lockTwinning(tx, deps.dialect, project.id);
    const last = await selectLastSupportMessage(tx, request.id);
    // The same message again by the same author: a double submission, kept once.
    if (last && last.authorId === actorId && last.body === change.body && last.status === status)
      return;
    const now = new Date().toISOString();
    if (!(await updateSupportStatus(tx, request.id, request.status, change.next, now)))
      throw new AppError('CONFLICT', 'follow-up.errors.changedMeanwhile');
    await insertSupportMessage(
      tx,
      { requestId: request.id, authorId: actorId, body: change.body, status },
      now,
    );
    await tellSupport(tx, deps.config, change.mail, request, {
      projectSlug: project.slug,
      projectTitle: project.title,
      facilitatorId: view.parties.facilitatorId,
      authorId: actorId,
    });
  });
}

/**
 * The request if the actor may write on this side of it: answering (partners' editors,
 * coordinators, the facilitator) or as the asking city (its coordinators); else 404 / 403.
 */
export async function requireSupportWriter(
  deps: Deps,
  actor: Actor | null,
  slug: string,
  id: number,
  side: 'answer' | 'city',
): Promise<SupportRequestView> {
  const view = await supportRequestView(deps, actor, slug, id);
  if (side === 'answer' && !view.canAnswer)
    throw new AppError('FORBIDDEN', 'follow-up.errors.notAllowedToAnswer');
  if (side === 'city' && !view.isAskingCity)
    throw new AppError('FORBIDDEN', 'follow-up.errors.onlyAskingCity');
  return view;
}

/** An answer with an optional status change; a learner or a city member gets 403. */
export async function answerSupport(
  deps: Deps,
  actor: Actor | null,
  slug: string,
  id: number,
  input: AnswerSupportInput,
): Promise<void> {
  const view = await requireSupportWriter(deps, actor, slug, id, 'answer');
  const next = statusAfterAnswer(view.request.status, input.status);
  if (next === null) throw new AppError('CONFLICT', 'follow-up.errors.closed');
  await write(deps, actor!.id, view, { body: input.answer, next, mail: 'answered' });
}

/** The asking city's coordinators reply, close or reopen; anyone else gets 403. */
export async function respondAsCity(
  deps: Deps,
  actor: Actor | null,
  slug: string,
  id: number,
  input: CitySupportInput,
): Promise<void> {
  const view = await requireSupportWriter(deps, actor, slug, id, 'city');
  const next = statusAfterCity(view.request.status, input.action);
  if (next === null)
    throw new AppError(
      'CONFLICT',
      input.action === 'reopen' ? 'follow-up.errors.notClosed' : 'follow-up.errors.closed',
    );
  await write(deps, actor!.id, view, { body: input.message, next, mail: 'cityWrote' });
}
