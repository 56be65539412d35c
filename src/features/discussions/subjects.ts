import type { Deps } from '../../deps.ts';
import { AppError } from '../../web/errors.ts';
import { hasRole, isCoordinator, type Actor } from '../accounts/actor.ts';
import {
  canFacilitate,
  findRunRef,
  requireLearnerEnrolment,
} from '../courses/run-access.service.ts';
import { listThemes } from '../curriculum/curriculum.service.ts';

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
    default:
      return NONE; // event, exchange, twinning: see the task of helper D1
  }
}

/** Whether the subject exists (a theme id among the six, a run…). */
export async function subjectExists(deps: Deps, subject: SubjectRef): Promise<boolean> {
  if (subject.kind === 'theme')
    return (await listThemes(deps, 'en')).some((t) => t.id === subject.id);
  if (subject.kind === 'run') return (await findRunRef(deps, null, subject.id)) !== undefined;
  return false;
}
