import type { FastifyReply, FastifyRequest } from 'fastify';
import { selectCacheVersion, type CacheScope } from '../db/cache-versions.queries.ts';

// Pages that anonymous visitors see the same way (home, directory) are kept in memory and served
// again while their content's version in the database has not moved: one primary-key read instead
// of the page's queries and rendering (PERFORMANCE.md §7). Signed-in officials always get a fresh page.

interface Entry {
  version: number;
  html: string;
}

const MAX_ENTRIES = 2000;

export class PageCache {
  private readonly entries = new Map<string, Entry>();

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

/** Sends the page rendered by `render`, from the cache when the visitor is anonymous and it is current. */
export async function sendPage(
  request: FastifyRequest,
  reply: FastifyReply,
  scope: CacheScope,
  render: () => JSX.Element | Promise<JSX.Element>,
): Promise<FastifyReply> {
  reply.type('text/html; charset=utf-8');
  if (request.actor !== null) return reply.send(await render());
  const cache = request.server.pageCache;
  const key = `${request.lang} ${request.url}`;
  const version = await selectCacheVersion(request.server.deps.db, scope);
  const cached = cache.get(key, version);
  if (cached !== undefined) return reply.send(cached);
  const html = await render();
  if (reply.statusCode === 200) cache.set(key, version, html);
  return reply.send(html);
}
