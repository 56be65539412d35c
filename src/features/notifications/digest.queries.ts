import type { Db } from '../../db/database.ts';

// The daily digest's statements: who has notifications waiting, claiming them, the next run.

export interface DigestRecipient {
  id: number;
  email: string;
  preferredLanguage: string;
}

/** Officials (not disabled) with notifications waiting for the digest. */
export async function selectDigestRecipients(db: Db): Promise<DigestRecipient[]> {
  return db
    .selectFrom('users as u')
    .select(['u.id', 'u.email', 'u.preferred_language as preferredLanguage'])
    .where('u.is_disabled', '=', 0)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('notifications as n')
          .select('n.id')
          .whereRef('n.user_id', '=', 'u.id')
          .where('n.delivery', '=', 'digest')
          .where('n.digested_at', 'is', null),
      ),
    )
    .orderBy('u.id')
    .execute();
}

export interface DigestItem {
  id: number;
  kind: string;
  message: string;
  params: string;
  link: string;
}

/**
 * Claims the official's waiting notifications in one conditional update: a second worker finds
 * them taken (PostgreSQL re-checks `digested_at` after the first commits) and gets none.
 */
export async function claimDigest(db: Db, userId: number, now: string): Promise<DigestItem[]> {
  const rows = await db
    .updateTable('notifications')
    .set({ digested_at: now })
    .where('user_id', '=', userId)
    .where('delivery', '=', 'digest')
    .where('digested_at', 'is', null)
    .returning(['id', 'kind', 'message', 'params', 'link'])
    .execute();
  return rows.sort((a, b) => a.id - b.id);
}

export async function setEmailId(db: Db, ids: number[], emailId: number): Promise<void> {
  if (ids.length === 0) return;
  await db.updateTable('notifications').set({ email_id: emailId }).where('id', 'in', ids).execute();
}
