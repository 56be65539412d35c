import {
  calculateJwkThumbprint,
  exportJWK,
  generateKeyPair,
  importJWK,
  type CryptoKey,
} from 'jose';
import type { Db } from '../../db/database.ts';
import {
  insertActiveKeyIfAbsent,
  selectActiveKey,
  selectPublicKeys,
  type StoredKey,
} from './signing-keys.queries.ts';

// The platform's Ed25519 key pair for Open Badges credentials: made once, kept in the database (so
// every process signs with the same key) and published as a JWKS for verifiers.

export const SIGNING_ALGORITHM = 'EdDSA';

/**
 * The active signing key, created the first time it is needed (at start-up, or lazily). Safe when
 * several processes start at once: the unique active slot lets one insert win, the others read it.
 */
export async function ensureSigningKey(deps: { db: Db }): Promise<StoredKey> {
  const existing = await selectActiveKey(deps.db);
  if (existing) return existing;
  const pair = await generateKeyPair(SIGNING_ALGORITHM, { crv: 'Ed25519', extractable: true });
  const publicJwk = { ...(await exportJWK(pair.publicKey)) };
  const privateJwk = { ...(await exportJWK(pair.privateKey)) };
  const kid = await calculateJwkThumbprint(publicJwk);
  await insertActiveKeyIfAbsent(
    deps.db,
    { kid, algorithm: SIGNING_ALGORITHM, publicJwk, privateJwk },
    new Date().toISOString(),
  );
  const active = await selectActiveKey(deps.db);
  if (!active) throw new Error('no active signing key after creating one');
  return active;
}

/** The active key, ready to sign with. */
export async function signingKey(deps: { db: Db }): Promise<{ kid: string; key: CryptoKey }> {
  const stored = await ensureSigningKey(deps);
  const key = await importJWK(stored.privateJwk, stored.algorithm);
  return { kid: stored.kid, key: key as CryptoKey };
}

/** The public keys as a JSON Web Key Set, for /.well-known/jwks.json. */
export async function publishedKeySet(deps: { db: Db }): Promise<{ keys: object[] }> {
  await ensureSigningKey(deps);
  const keys = await selectPublicKeys(deps.db);
  return {
    keys: keys.map((k) => ({ ...k.publicJwk, kid: k.kid, alg: k.algorithm, use: 'sig' })),
  };
}
