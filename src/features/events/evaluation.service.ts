import type { Deps } from '../../deps.ts';
import { AppError } from '../../web/errors.ts';
import { requireActor, type Actor } from '../accounts/actor.ts';
import { requireLearnerEnrolment } from '../courses/run-access.service.ts';
import { canReadEvaluations, mayEvaluateEvent } from './evaluation.policy.ts';
import {
  hasEvaluation,
  insertEvaluation,
  selectEvaluatedEvent,
  selectEventSummary,
  selectRegistrationStatus,
  type EvaluatedEvent,
  type EvaluationSummary,
  type Subject,
} from './evaluation.queries.ts';
import type { EvaluationInput } from './evaluation.schema.ts';

// Evaluations after an event (attended participants) and after a course run (its learners).

export interface EvaluationTarget {
  subject: Subject;
  title: string;
  /** Where the form posts and the participant comes back to. */
  path: string;
  answered: boolean;
}

function titleOf(event: EvaluatedEvent, lang: string): string {
  return event.titles[lang] ?? event.titles.en ?? Object.values(event.titles)[0] ?? event.slug;
}

async function visibleEvent(deps: Deps, where: { id: number } | { slug: string }) {
  const event = await selectEvaluatedEvent(deps.db, where);
  if (!event || event.status === 'draft')
    throw new AppError('NOT_FOUND', 'evaluations.errors.eventNotFound');
  return event;
}

// The event's evaluation for the signed-in participant: 403 unless they attended.
async function eventEvaluation(
  deps: Deps,
  actor: Actor | null,
  slug: string,
  lang: string,
): Promise<EvaluationTarget> {
  const me = requireActor(actor);
  const event = await visibleEvent(deps, { slug });
  if (!mayEvaluateEvent(await selectRegistrationStatus(deps.db, event.id, me.id)))
    throw new AppError('FORBIDDEN', 'evaluations.errors.notAttended');
  const subject = { eventId: event.id };
  return {
    subject,
    title: titleOf(event, lang),
    path: `/events/${event.slug}/evaluation`,
    answered: await hasEvaluation(deps.db, subject, me.id),
  };
}

// The run's evaluation for one of its learners (enrolled or completed; else 404).
async function runEvaluation(
  deps: Deps,
  actor: Actor | null,
  runId: number,
): Promise<EvaluationTarget> {
  const me = requireActor(actor);
  await requireLearnerEnrolment(deps, me, runId);
  const subject = { runId };
  return {
    subject,
    title: '',
    path: `/learn/${runId}/evaluation`,
    answered: await hasEvaluation(deps.db, subject, me.id),
  };
}

export type Evaluated = { slug: string } | { runId: number };

/** The event's or the run's evaluation, after the access checks of either. */
export function evaluationOf(
  deps: Deps,
  actor: Actor | null,
  which: Evaluated,
  lang: string,
): Promise<EvaluationTarget> {
  return 'slug' in which
    ? eventEvaluation(deps, actor, which.slug, lang)
    : runEvaluation(deps, actor, which.runId);
}

/** Stores the response once: 'already' when the participant had answered before. */
export async function submitEvaluation(
  deps: Deps,
  actor: Actor | null,
  which: Evaluated,
  input: EvaluationInput,
): Promise<'saved' | 'already'> {
  const me = requireActor(actor);
  const target = await evaluationOf(deps, me, which, 'en');
  if (target.answered) return 'already';
  const saved = await insertEvaluation(
    deps.db,
    target.subject,
    me.id,
    input,
    new Date().toISOString(),
  );
  return saved ? 'saved' : 'already';
}

/** The summary of an event's evaluations, for its organisers (404 unknown event, 403 others). */
export async function eventEvaluationSummary(
  deps: Deps,
  actor: Actor | null,
  eventId: number,
  lang: string,
): Promise<{ title: string; slug: string; summary: EvaluationSummary }> {
  const me = requireActor(actor);
  const event = await selectEvaluatedEvent(deps.db, { id: eventId });
  if (!event) throw new AppError('NOT_FOUND', 'evaluations.errors.eventNotFound');
  if (!canReadEvaluations(me, event))
    throw new AppError('FORBIDDEN', 'evaluations.errors.notOrganiser');
  return {
    title: titleOf(event, lang),
    slug: event.slug,
    summary: await selectEventSummary(deps.db, event.id),
  };
}
