import { nowIso } from '../../db/database.ts';
import type { Deps } from '../../deps.ts';
import { queueEmail } from '../../mail/mail.ts';
import { AppError } from '../../web/errors.ts';
import { requireActor, type Actor } from '../accounts/actor.ts';
import { profileReviewedEmail } from './experts-mail.ts';
import { canReviewExperts } from './experts.policy.ts';
import * as q from './experts.queries.ts';
import * as r from './review.queries.ts';
import { findProfile } from './profile.service.ts';

// Coordinators review new profiles: approve (listed from then on) or return with a comment.

function requireReviewer(actor: Actor | null): Actor {
  const who = requireActor(actor);
  if (!canReviewExperts(who)) throw new AppError('FORBIDDEN', 'experts.errors.notReviewer');
  return who;
}

/** Pending profiles, oldest first (coordinators). */
export async function listPendingProfiles(deps: Deps, actor: Actor | null): Promise<q.Profile[]> {
  requireReviewer(actor);
  return q.selectPending(deps.db);
}

/**
 * Approves or returns a pending profile (409 when it is not pending any more), records it in the
 * audit trail and e-mails the owner in their language.
 */
export async function reviewExpert(
  deps: Deps,
  actor: Actor | null,
  slug: string,
  outcome: 'approved' | 'returned',
  comment = '',
): Promise<void> {
  const who = requireReviewer(actor);
  const profile = await findProfile(deps, who, slug);
  await deps.db.transaction().execute(async (tx) => {
    const now = nowIso();
    if (!(await r.reviewProfile(tx, profile.id, { status: outcome, comment, by: who.id }, now)))
      throw new AppError('CONFLICT', 'experts.errors.notPending');
    await r.insertAuditEvent(
      tx,
      {
        actorId: who.id,
        action: outcome === 'approved' ? 'expert.approve' : 'expert.return',
        expertId: profile.id,
        details: { from: profile.status, to: outcome, ...(comment ? { comment } : {}) },
      },
      now,
    );
    await queueEmail(
      tx,
      profileReviewedEmail(deps.config, profile, outcome, profile.slug, comment),
    );
  });
}
