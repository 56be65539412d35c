import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  CompiledQuery,
  createQueryId,
  type KyselyPlugin,
  type PluginTransformQueryArgs,
  type PluginTransformResultArgs,
  type QueryResult,
  type RootOperationNode,
  type UnknownRow,
} from 'kysely';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../app.ts';
import type { NewOrganisation } from './organisations.queries.ts';
import { bumpCacheVersion } from '../../db/cache-versions.queries.ts';
import { createOrganisations } from '../../../test/factories/organisations.ts';
import { Client, createTestApp, type TestApp } from '../../../test/support/app.ts';

// Records every query the app sends, to check that a directory page costs a fixed number of them.
// Queries compiled ahead (the page cache's version check) skip transformQuery, so executed
// queries are counted on their results.
class QueryRecorder implements KyselyPlugin {
  nodes: RootOperationNode[] = [];
  executed = 0;
  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    this.nodes.push(args.node);
    return args.node;
  }
  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    this.executed++;
    return args.result;
  }
}

const KINDS = ['local_authority', 'ngo', 'university', 'un_agency', 'government', 'private'];
const COUNTRIES = ['BE', 'FR', 'BF', 'JP', 'BR', 'US', 'AU'];

function organisations(prefix: string, n: number): Array<Partial<NewOrganisation>> {
  return Array.from({ length: n }, (_, i) => ({
    name: `${prefix} ${i}`,
    kind: KINDS[i % KINDS.length]!,
    country: COUNTRIES[i % COUNTRIES.length]!,
    isPartner: i % 3 === 0,
  }));
}

function nextLink(body: string): string | null {
  const m = /<a href="([^"]+)" rel="next"/.exec(body);
  return m ? m[1]!.replaceAll('&amp;', '&') : null;
}

describe('organisation directory at scale', () => {
  let t: TestApp;
  let app: FastifyInstance;
  const recorder = new QueryRecorder();

  before(async () => {
    t = await createTestApp();
    app = await buildApp({ ...t.deps, db: t.deps.db.withPlugin(recorder) });
    await app.ready();
  });
  after(async () => {
    await app.close();
    await t.close();
  });

  async function queriesFor(url: string): Promise<{ count: number; body: string }> {
    recorder.nodes = [];
    recorder.executed = 0;
    const res = await new Client(app).get(url);
    assert.equal(res.statusCode, 200, url);
    return { count: recorder.executed, body: res.body };
  }

  const URLS = [
    '/organisations',
    '/organisations?kind=local_authority',
    '/organisations?country=BE',
    '/organisations?world_region=EU',
    '/organisations?partners=1',
    '/organisations?kind=ngo&country=FR&partners=1',
    '/organisations?q=org',
  ];

  it('says when the directory is still empty', async () => {
    const { body } = await queriesFor('/organisations');
    assert.match(body, /No organisations have been added yet/);
  });

  it('costs the same fixed number of queries with 120 or 2,100 organisations', async () => {
    await createOrganisations(t.deps, organisations('Org', 120));
    const small: number[] = [];
    for (const u of URLS) small.push((await queriesFor(u)).count);
    await createOrganisations(t.deps, organisations('Scale', 2000));
    const large: number[] = [];
    for (const u of URLS) large.push((await queriesFor(u)).count);
    // The page's one query, and at most once a second the page cache's version check.
    assert.ok(
      [...small, ...large].every((n) => n === 1 || n === 2),
      `one or two queries per page whatever the size, got ${small} and ${large}`,
    );
    const first = await queriesFor('/organisations');
    assert.ok(first.count <= 1, 'served from the page cache');
    const second = await queriesFor(nextLink(first.body)!);
    assert.ok(second.count === 1 || second.count === 2);
  });

  it('serves each directory query from an index (SQLite query plan)', async (ctx) => {
    if (t.deps.dialect !== 'sqlite') return ctx.skip('query plans are checked on SQLite');
    const executor = t.deps.db.getExecutor();
    for (const url of [
      ...URLS,
      '/organisations?kind=ngo&after=' +
        encodeURIComponent(Buffer.from('["m",5]').toString('base64url')),
    ]) {
      await bumpCacheVersion(t.deps.db, 'organisations'); // a fresh page, not the cached one
      recorder.nodes = [];
      await new Client(app).get(url);
      const node = recorder.nodes.at(-1)!;
      const compiled = executor.compileQuery(node, createQueryId());
      const plan = await t.deps.db.executeQuery<{ detail: string }>(
        CompiledQuery.raw(`explain query plan ${compiled.sql}`, [...compiled.parameters]),
      );
      const details = plan.rows.map((r) => r.detail);
      assert.ok(
        details.every((d) => !/^SCAN organisations$/.test(d) && !/TEMP B-TREE/.test(d)),
        `${url}: ${details.join(' | ')}`,
      );
      assert.ok(
        details.some((d) => /USING (COVERING )?INDEX organisations_/.test(d)),
        `${url}: ${details.join(' | ')}`,
      );
    }
  });
});
