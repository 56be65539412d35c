import type { Deps } from '../../deps.ts';
import { AppError } from '../../web/errors.ts';
import { hasRole, isCoordinator, type Actor } from '../accounts/actor.ts';
import {
  exchangeDiscussionRights,
  exchangeFacilitatorId,
  exchangeIdsOf,
  exchangeName,
  exchangeParticipants,
} from '../cityshare/exchange-discussion.service.ts';
import {
  canFacilitate,
  findRunRef,
  requireLearnerEnrolment,
} from '../courses/run-access.service.ts';
import {
  runFacilitatorIds,
  runIdsOf,
  runLearners,
  runName,
} from '../courses/run-discussion.service.ts';
import { listThemes } from '../curriculum/curriculum.service.ts';
import {
  eventDiscussionRights,
  eventEditorIds,
  eventIdsOf,
  eventName,
  eventParticipants,
} from '../events/event-discussion.service.ts';
import {
  twinningDiscussionRights,
  twinningFacilitatorId,
  twinningIdsOf,
  twinningMembers,
  twinningName,
} from '../twinning/twinning-discussion.service.ts';
import { selectCoordinatorIds } from './moderation-recipients.queries.ts';

// What a discussion is attached to, and who may read, post and moderate there: the subject's own
// access, asked of its feature's service. Every discussion service starts here.

export const SUBJECT_KINDS = ['run', 'event', 'exchange', 'twinning', 'theme'] as const;
export type SubjectKind = (typeof SUBJECT_KINDS)[number];

export function isSubjectKind(value: unknown): value is SubjectKind {
  return typeof value === 'string' && (SUBJECT_KINDS as readonly string[]).includes(value);
}

export interface SubjectRef {
  kind: SubjectKind;
  id: number;
}

export interface SubjectRights {
  read: boolean;
  post: boolean;
  /** Coordinators and the subject's facilitators: pin, lock, mark answers, hide, suspend. */
  moderate: boolean;
}

const NONE: SubjectRights = { read: false, post: false, moderate: false };

/** What the actor may do in the subject's discussions (nothing for an anonymous visitor). */
export async function rightsIn(
  deps: Deps,
  actor: Actor | null,
  subject: SubjectRef,
): Promise<SubjectRights> {
  if (!actor) return NONE;
  switch (subject.kind) {
    case 'theme':
      // Every signed-in official; facilitators and coordinators moderate theme discussions.
      return {
        read: true,
        post: true,
        moderate: isCoordinator(actor) || hasRole(actor, 'facilitator'),
      };
    case 'run': {
      const run = await findRunRef(deps, actor, subject.id);
      if (!run) return NONE;
      if (canFacilitate(actor, run)) return { read: true, post: true, moderate: true };
      try {
        await requireLearnerEnrolment(deps, actor, subject.id);
        return { read: true, post: true, moderate: false };
      } catch (err) {
        if (err instanceof AppError) return NONE;
        throw err;
      }
    }
    case 'event':
      return (await eventDiscussionRights(deps, actor, subject.id)) ?? NONE;
    case 'exchange':
      return (await exchangeDiscussionRights(deps, actor, subject.id)) ?? NONE;
    case 'twinning':
      return (await twinningDiscussionRights(deps, actor, subject.id)) ?? NONE;
  }
}

/** Whether the subject exists (a theme id among the six, a run…). */
export async function subjectExists(deps: Deps, subject: SubjectRef): Promise<boolean> {
  return (await describeSubject(deps, subject, 'en')) !== undefined;
}

export interface SubjectDescription {
  title: string;
  /** The subject's own page. */
  link: string;
}

/** The subject's name in the language and the path of its own page; undefined if there is none. */
export async function describeSubject(
  deps: Deps,
  subject: SubjectRef,
  lang: string,
): Promise<SubjectDescription | undefined> {
  const { id } = subject;
  switch (subject.kind) {
    case 'theme': {
      const theme = (await listThemes(deps, lang)).find((t) => t.id === id);
      return theme && { title: theme.name, link: `/themes/${theme.slug}` };
    }
    case 'run': {
      const run = await runName(deps, id, lang);
      return run && { title: run.title, link: `/learn/${id}` };
    }
    case 'event': {
      const event = await eventName(deps, id, lang);
      return event && { title: event.title, link: `/events/${event.slug}` };
    }
    case 'exchange': {
      const exchange = await exchangeName(deps, id);
      return exchange && { title: exchange.title, link: `/exchanges/${exchange.slug}` };
    }
    case 'twinning': {
      const twinning = await twinningName(deps, id);
      return twinning && { title: twinning.title, link: `/twinnings/${twinning.slug}` };
    }
  }
}

/**
 * Who belongs to the subject, by name: a run's learners, an event's registered participants, an
 * exchange's participants, the officials of a twinning's cities; nobody for a theme.
 */
export async function subjectMembers(
  deps: Deps,
  subject: SubjectRef,
): Promise<Array<{ id: number; name: string }>> {
  switch (subject.kind) {
    case 'run':
      return runLearners(deps, subject.id);
    case 'event':
      return eventParticipants(deps, subject.id);
    case 'exchange':
      return exchangeParticipants(deps, subject.id);
    case 'twinning':
      return twinningMembers(deps, subject.id);
    case 'theme':
      return [];
  }
}

/**
 * Who is told about reports in the subject: a run's facilitators, the partner editors of an
 * event's organisers, an exchange's or twinning project's facilitator; the coordinators when the
 * subject has none of these, and always for a theme.
 */
export async function subjectModeratorIds(deps: Deps, subject: SubjectRef): Promise<number[]> {
  const own = await ownModeratorIds(deps, subject);
  return own.length > 0 ? own : selectCoordinatorIds(deps.db);
}

async function ownModeratorIds(deps: Deps, { kind, id }: SubjectRef): Promise<number[]> {
  switch (kind) {
    case 'run':
      return runFacilitatorIds(deps, id);
    case 'event':
      return eventEditorIds(deps, id);
    case 'exchange': {
      const facilitator = await exchangeFacilitatorId(deps, id);
      return facilitator === null ? [] : [facilitator];
    }
    case 'twinning': {
      const facilitator = await twinningFacilitatorId(deps, id);
      return facilitator === null ? [] : [facilitator];
    }
    case 'theme':
      return [];
  }
}

/**
 * The subjects the actor takes part in, for the hub and search: their runs, events, exchanges and
 * twinnings, then the six themes.
 */
export async function subjectsOf(deps: Deps, actor: Actor): Promise<SubjectRef[]> {
  const [runs, events, exchanges, twinnings, themes] = await Promise.all([
    runIdsOf(deps, actor.id),
    eventIdsOf(deps, actor.id),
    exchangeIdsOf(deps, actor),
    twinningIdsOf(deps, actor),
    listThemes(deps, 'en'),
  ]);
  const of = (kind: SubjectKind, ids: number[]) => ids.map((id) => ({ kind, id }));
  return [
    ...of('run', runs),
    ...of('event', events),
    ...of('exchange', exchanges),
    ...of('twinning', twinnings),
    ...of(
      'theme',
      themes.map((t) => t.id),
    ),
  ];
}
