import type { Db } from '../../db/database.ts';

// SQL of the platform's signing keys (Open Badges credentials are signed with the active one).

export interface StoredKey {
  kid: string;
  algorithm: string;
  publicJwk: Record<string, unknown>;
  privateJwk: Record<string, unknown>;
}

/** Stores the key as the active one, unless a key is active already (another process won). */
export async function insertActiveKeyIfAbsent(db: Db, key: StoredKey, now: string): Promise<void> {
  await db
    .insertInto('signing_keys')
    .values({
      kid: key.kid,
      algorithm: key.algorithm,
      public_jwk: JSON.stringify(key.publicJwk),
      private_jwk: JSON.stringify(key.privateJwk),
      active_slot: 'active',
      created_at: now,
    })
    .onConflict((oc) => oc.column('active_slot').doNothing())
    .execute();
}

export async function selectActiveKey(db: Db): Promise<StoredKey | undefined> {
  const row = await db
    .selectFrom('signing_keys')
    .select(['kid', 'algorithm', 'public_jwk', 'private_jwk'])
    .where('active_slot', '=', 'active')
    .executeTakeFirst();
  return (
    row && {
      kid: row.kid,
      algorithm: row.algorithm,
      publicJwk: JSON.parse(row.public_jwk) as Record<string, unknown>,
      privateJwk: JSON.parse(row.private_jwk) as Record<string, unknown>,
    }
  );
}

/** Every public key, retired ones too: credentials signed before a rotation stay verifiable. */
export async function selectPublicKeys(
  db: Db,
): Promise<Array<{ kid: string; algorithm: string; publicJwk: Record<string, unknown> }>> {
  const rows = await db
    .selectFrom('signing_keys')
    .select(['kid', 'algorithm', 'public_jwk'])
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    kid: r.kid,
    algorithm: r.algorithm,
    publicJwk: JSON.parse(r.public_jwk) as Record<string, unknown>,
  }));
}
