import type { Db } from '../../db/database.ts';

// Password-reset links: only the SHA-256 hash of each link's token is stored.

export async function insertPasswordReset(
  db: Db,
  row: { userId: number; tokenHash: string; now: string; expiresAt: string },
): Promise<void> {
  await db
    .insertInto('password_resets')
    .values({
      user_id: row.userId,
      token_hash: row.tokenHash,
      created_at: row.now,
      expires_at: row.expiresAt,
    })
    .execute();
}

export interface LiveReset {
  id: number;
  userId: number;
  name: string;
  email: string;
  preferredLanguage: string;
}

/** The unused, unexpired reset behind a token hash, with its (enabled) official. */
export async function selectLiveReset(
  db: Db,
  tokenHash: string,
  now: string,
): Promise<LiveReset | undefined> {
  return db
    .selectFrom('password_resets as r')
    .innerJoin('users as u', 'u.id', 'r.user_id')
    .select([
      'r.id',
      'r.user_id as userId',
      'u.name',
      'u.email',
      'u.preferred_language as preferredLanguage',
    ])
    .where('r.token_hash', '=', tokenHash)
    .where('r.used_at', 'is', null)
    .where('r.expires_at', '>', now)
    .where('u.is_disabled', '=', 0)
    .executeTakeFirst();
}

/** Marks a reset used unless it already was; false means another request used it first. */
export async function markResetUsed(db: Db, id: number, now: string): Promise<boolean> {
  const result = await db
    .updateTable('password_resets')
    .set({ used_at: now })
    .where('id', '=', id)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Retires every other open link of the official once the password has changed. */
export async function retireResetsOfUser(db: Db, userId: number, now: string): Promise<void> {
  await db
    .updateTable('password_resets')
    .set({ used_at: now })
    .where('user_id', '=', userId)
    .where('used_at', 'is', null)
    .execute();
}
