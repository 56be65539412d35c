import { sql, type CompiledQuery } from 'kysely';
import type { Db } from './database.ts';

// A version number per kind of public content. Writers bump it in the same transaction as their
// change; every app process compares it with the version its cached pages were made from.

export type CacheScope = 'organisations' | 'themes' | 'courses';

// This read runs on every cached page view: it is compiled to SQL once per database and scope.
const compiled = new WeakMap<Db, Map<CacheScope, CompiledQuery<{ version: number }>>>();

export async function selectCacheVersion(db: Db, scope: CacheScope): Promise<number> {
  let byScope = compiled.get(db);
  if (!byScope) compiled.set(db, (byScope = new Map()));
  let query = byScope.get(scope);
  if (!query) {
    query = db.selectFrom('cache_versions').select('version').where('scope', '=', scope).compile();
    byScope.set(scope, query);
  }
  const { rows } = await db.executeQuery(query);
  return rows[0] ? Number(rows[0].version) : 0;
}

let localWrites = 0;

/** How many times this process bumped a version: a cache may trust its last read until it moves. */
export function localWriteCount(): number {
  return localWrites;
}

export async function bumpCacheVersion(db: Db, scope: CacheScope): Promise<void> {
  localWrites++;
  await db
    .insertInto('cache_versions')
    .values({ scope, version: 1 })
    .onConflict((oc) =>
      oc.column('scope').doUpdateSet({ version: sql`cache_versions.version + 1` }),
    )
    .execute();
}
