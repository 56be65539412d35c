import { selectCacheVersions, type CacheScope } from './cache-versions.queries.ts';
import type { Db } from './database.ts';

// A value computed from the database, kept per process and database while the cache versions of
// its scopes stay the same: CityShare's candidate cities, the library's facet list. The
// versions are read (one indexed query) on every call, so a change shows at once on every process.
// They are read before the rows: a write between the two leaves the value one version behind,
// and the next call reloads. Calls that find it stale at the same time share one reload.

export interface VersionedCache<T> {
  get(db: Db): Promise<T>;
}

export function versionedCache<T>(
  scopes: readonly CacheScope[],
  load: (db: Db) => Promise<T>,
): VersionedCache<T> {
  const cache = new WeakMap<Db, { key: string; sum: number; value: T }>();
  const loading = new WeakMap<Db, { key: string; value: Promise<T> }>();
  return {
    async get(db) {
      const versions = await selectCacheVersions(db, scopes);
      const key = scopes.map((s) => versions.get(s)).join(' ');
      // Versions only grow: a slow reload of an older version never replaces a newer one.
      const sum = scopes.reduce((n, s) => n + versions.get(s)!, 0);
      const known = cache.get(db);
      if (known && known.key === key) return known.value;
      const pending = loading.get(db);
      if (pending && pending.key === key) return pending.value;
      const next = {
        key,
        value: load(db).then((value) => {
          const current = cache.get(db);
          if (!current || current.sum <= sum) cache.set(db, { key, sum, value });
          return value;
        }),
      };
      loading.set(db, next);
      try {
        return await next.value;
      } finally {
        if (loading.get(db) === next) loading.delete(db);
      }
    },
  };
}
