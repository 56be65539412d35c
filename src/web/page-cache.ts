import type { FastifyReply, FastifyRequest } from 'fastify';
import {
  localWriteCount,
  selectCacheVersion,
  type CacheScope,
} from '../db/cache-versions.queries.ts';
import type { Db } from '../db/database.ts';

// Pages that anonymous visitors see the same way (home, directory) are kept in memory and served
// again while their content's version in the database has not moved (PERFORMANCE.md §7).
// Signed-in officials always get a fresh page. The version is read at most once a second per
// scope, and at once after this process changed the content: a change shows immediately on the
// process that made it and within a second on the others, for one primary-key read a second.

interface Entry {
  version: number;
  html: string;
}

const MAX_ENTRIES = 2000;
const VERSION_TTL_MS = 1000;
/**
 * Scopes bumped by database triggers (courses: migration 20261128T0009), which this process's
 * count of its own writes cannot see: their version is read on every use, so that a change shows
 * at once everywhere, for one primary-key read a page.
 */
const READ_EVERY_TIME: ReadonlySet<CacheScope> = new Set(['courses']);

export class PageCache {
  private readonly entries = new Map<string, Entry>();
  private readonly versions = new Map<
    CacheScope,
    { version: number; readAt: number; localWrites: number }
  >();

  async version(db: Db, scope: CacheScope, now = Date.now()): Promise<number> {
    const known = this.versions.get(scope);
    const localWrites = localWriteCount();
    const trusted =
      known &&
      !READ_EVERY_TIME.has(scope) &&
      now - known.readAt < VERSION_TTL_MS &&
      known.localWrites === localWrites;
    if (trusted) return known.version;
    const version = await selectCacheVersion(db, scope);
    this.versions.set(scope, { version, readAt: now, localWrites });
    return version;
  }

  get(key: string, version: number): string | undefined {
    const entry = this.entries.get(key);
    return entry && entry.version === version ? entry.html : undefined;
  }

  set(key: string, version: number, html: string): void {
    // Oldest first out: a Map keeps insertion order.
    if (this.entries.size >= MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
    this.entries.delete(key);
    this.entries.set(key, { version, html });
  }
}

/**
 * Sends the page rendered by `render`, from the cache when the visitor is anonymous and it is
 * current. A page made of several kinds of content names all their scopes: versions only grow, so
 * their sum moves whenever one of them does.
 */
export async function sendPage(
  request: FastifyRequest,
  reply: FastifyReply,
  scope: CacheScope | CacheScope[],
  render: () => JSX.Element | Promise<JSX.Element>,
): Promise<FastifyReply> {
  reply.type('text/html; charset=utf-8');
  if (request.actor !== null) return reply.send(await render());
  const cache = request.server.pageCache;
  const key = `${request.lang} ${request.url}`;
  const { db } = request.server.deps;
  let version = 0;
  for (const s of Array.isArray(scope) ? scope : [scope]) version += await cache.version(db, s);
  const cached = cache.get(key, version);
  if (cached !== undefined) return reply.send(cached);
  const html = await render();
  if (reply.statusCode === 200) cache.set(key, version, html);
  return reply.send(html);
}
