import type { FastifyReply, FastifyRequest } from 'fastify';
import {
  localWriteCount,
  noteLocalWrite,
  selectCacheVersions,
  type CacheScope,
} from '../db/cache-versions.queries.ts';
import type { Db } from '../db/database.ts';

// Pages that anonymous visitors see the same way (home, directory) are kept in memory and served
// again while their content's version in the database has not moved (PERFORMANCE.md §7).
// Signed-in officials always get a fresh page. The version is read at most once a second per
// scope, and at once after this process wrote anything (localWriteCount: every INSERT, UPDATE and
// DELETE, so versions bumped by triggers count too): a change shows immediately on the process
// that made it and within a second on the others. A page reads all its scopes in one query.

interface Entry {
  version: number;
  html: string;
  /** Pages that depend on the clock (open registration, upcoming events) are kept this long. */
  expiresAt: number;
}

const MAX_ENTRIES = 2000;
const VERSION_TTL_MS = 1000;

export class PageCache {
  private readonly entries = new Map<string, Entry>();
  private readonly versions = new Map<
    CacheScope,
    { version: number; readAt: number; localWrites: number }
  >();

  /** The sum of the scopes' versions: from memory while trusted, else all read in one query. */
  async version(
    db: Db,
    scope: CacheScope | readonly CacheScope[],
    now = Date.now(),
  ): Promise<number> {
    const scopes = typeof scope === 'string' ? [scope] : scope;
    const localWrites = localWriteCount();
    let sum = 0;
    for (const s of scopes) {
      const known = this.versions.get(s);
      const trusted =
        known && now - known.readAt < VERSION_TTL_MS && known.localWrites === localWrites;
      if (!trusted) return this.read(db, scopes, now, localWrites);
      sum += known.version;
    }
    return sum;
  }

  private async read(
    db: Db,
    scopes: readonly CacheScope[],
    now: number,
    localWrites: number,
  ): Promise<number> {
    let sum = 0;
    for (const [s, version] of await selectCacheVersions(db, scopes)) {
      this.versions.set(s, { version, readAt: now, localWrites });
      sum += version;
    }
    return sum;
  }

  get(key: string, version: number, now = Date.now()): string | undefined {
    const entry = this.entries.get(key);
    return entry && entry.version === version && now < entry.expiresAt ? entry.html : undefined;
  }

  set(key: string, version: number, html: string, expiresAt = Infinity): void {
    // Oldest first out: a Map keeps insertion order.
    if (this.entries.size >= MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
    this.entries.delete(key);
    this.entries.set(key, { version, html, expiresAt });
  }
}

/**
 * Sends the page rendered by `render`, from the cache when the visitor is anonymous and it is
 * current. A page made of several kinds of content names all their scopes: versions only grow, so
 * their sum moves whenever one of them does. A page that depends on the clock gives `maxAgeMs`.
 */
export async function sendPage(
  request: FastifyRequest,
  reply: FastifyReply,
  scope: CacheScope | CacheScope[],
  render: () => JSX.Element | Promise<JSX.Element>,
  options: { maxAgeMs?: number } = {},
): Promise<FastifyReply> {
  reply.type('text/html; charset=utf-8');
  if (request.actor !== null) return reply.send(await render());
  const cache = request.server.pageCache;
  // Times on a page follow the reader's zone (web/time-zones.ts), so the zone is part of the key.
  const key = `${request.lang} ${request.timeZone ?? '-'} ${request.url}`;
  const { db } = request.server.deps;
  const now = Date.now();
  const version = await cache.version(db, scope, now);
  const cached = cache.get(key, version, now);
  if (cached !== undefined) return reply.send(cached);
  const html = await render();
  if (reply.statusCode === 200) cache.set(key, version, html, now + (options.maxAgeMs ?? Infinity));
  return reply.send(html);
}

/**
 * A request that changed data counts once more as it answers, after its transaction committed: a
 * page read during the transaction saw the old version under the new count, and must not be
 * trusted by the request that follows the answer.
 */
export function countWritesOfRequest(request: FastifyRequest): void {
  if (request.method !== 'GET' && request.method !== 'HEAD') noteLocalWrite();
}
