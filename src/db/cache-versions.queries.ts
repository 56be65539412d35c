import { sql, type CompiledQuery } from 'kysely';
import type { Db } from './database.ts';

// A version number per kind of public content. Writers bump it in the same transaction as their
// change; every app process compares it with the version its cached pages were made from.

export type CacheScope =
  'organisations' | 'themes' | 'courses' | 'events' | 'cityshare' | 'news' | 'library';

// This read runs on every cached page view: it is compiled to SQL once per database and scopes.
const compiled = new WeakMap<
  Db,
  Map<string, CompiledQuery<{ scope: string; version: number | string }>>
>();

/** The versions of these scopes in one read (0 for a scope never bumped). */
export async function selectCacheVersions(
  db: Db,
  scopes: readonly CacheScope[],
): Promise<Map<CacheScope, number>> {
  let byScopes = compiled.get(db);
  if (!byScopes) compiled.set(db, (byScopes = new Map()));
  const key = scopes.join(' ');
  let query = byScopes.get(key);
  if (!query) {
    query = db
      .selectFrom('cache_versions')
      .select(['scope', 'version'])
      .where('scope', 'in', [...scopes])
      .compile();
    byScopes.set(key, query);
  }
  const { rows } = await db.executeQuery(query);
  const versions = new Map<CacheScope, number>(scopes.map((s) => [s, 0]));
  for (const row of rows) versions.set(row.scope as CacheScope, Number(row.version));
  return versions;
}

export async function selectCacheVersion(db: Db, scope: CacheScope): Promise<number> {
  return (await selectCacheVersions(db, [scope])).get(scope)!;
}

let localWrites = 0;

/**
 * How many writes this process has made (db/write-counter.ts counts every INSERT, UPDATE and
 * DELETE; requests that change data count once more as they answer): a cache may trust its last
 * read of a version until this moves.
 */
export function localWriteCount(): number {
  return localWrites;
}

export function noteLocalWrite(): void {
  localWrites++;
}

/** Bumps a scope's version (scopes of courses and events are bumped by triggers instead). */
export async function bumpCacheVersion(db: Db, scope: CacheScope): Promise<void> {
  await db
    .insertInto('cache_versions')
    .values({ scope, version: 1 })
    .onConflict((oc) =>
      oc.column('scope').doUpdateSet({ version: sql`cache_versions.version + 1` }),
    )
    .execute();
}
