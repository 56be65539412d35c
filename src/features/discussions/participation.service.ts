import type { Deps } from '../../deps.ts';
import { selectPosterIds } from './participation.queries.ts';
import { subjectMembers, type SubjectRef, type SubjectRights } from './subjects.ts';

// "Who has not taken part yet": a moderator's view of a small group's silent members.

/** The list is shown for groups of at most this many members. */
export const MAX_MEMBERS = 60;
const GROUP_KINDS = new Set(['run', 'exchange', 'twinning']);

/**
 * For moderators of a run, exchange or twinning with at most MAX_MEMBERS members: the members
 * without a visible post in its threads, by name. Null when the list is not shown.
 */
export async function silentMembers(
  deps: Deps,
  subject: SubjectRef,
  rights: SubjectRights,
): Promise<Array<{ id: number; name: string }> | null> {
  if (!rights.moderate || !GROUP_KINDS.has(subject.kind)) return null;
  const members = await subjectMembers(deps, subject);
  if (members.length === 0 || members.length > MAX_MEMBERS) return null;
  const posters = await selectPosterIds(
    deps.db,
    subject,
    members.map((m) => m.id),
  );
  return members.filter((m) => !posters.has(m.id));
}
