import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type {
  KyselyPlugin,
  PluginTransformQueryArgs,
  PluginTransformResultArgs,
  QueryResult,
  RootOperationNode,
  UnknownRow,
} from 'kysely';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../app.ts';
import { bumpCacheVersion, selectCacheVersion } from '../../db/cache-versions.queries.ts';
import type { Actor } from '../accounts/actor.ts';
import { upsertTranslation } from './courses.queries.ts';
import { publishCourse } from './review.service.ts';
import { createCourse } from '../../../test/factories/courses.ts';
import { createOfficial } from '../../../test/factories/officials.ts';
import { createOrganisation } from '../../../test/factories/organisations.ts';
import { createRun, enrol } from '../../../test/factories/runs.ts';
import { createThemes } from '../../../test/factories/themes.ts';
import { Client, createTestApp, type TestApp } from '../../../test/support/app.ts';
import { signIn } from '../../../test/support/sign-in.ts';

// Anonymous visitors get the catalogue and course pages from the page cache until something they
// show changes, and then at once: database triggers bump the 'courses' version on every write to
// courses, their texts, syllabus, runs and seats; theme and organisation names have scopes of their own.

class QueryCounter implements KyselyPlugin {
  executed = 0;
  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    return args.node;
  }
  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    this.executed++;
    return args.result;
  }
}

describe('page cache of the catalogue and course pages', () => {
  let t: TestApp;
  let app: FastifyInstance;
  const counter = new QueryCounter();
  let coordinator: Actor;
  let organisation: { id: number; slug: string };
  let themeId: number;

  before(async () => {
    t = await createTestApp();
    app = await buildApp({ ...t.deps, db: t.deps.db.withPlugin(counter) });
    await app.ready();
    themeId = Object.values(await createThemes(t.deps))[0]!;
    organisation = await createOrganisation(t.deps, { name: 'Cache Test Council' });
    const official = await createOfficial(t.deps, { roles: ['coordinator'] });
    coordinator = {
      id: official.id,
      name: official.name,
      email: official.email,
      preferredLanguage: 'en',
      organisationId: null,
      roles: new Set(['coordinator']),
      partnerOrganisationId: null,
    };
  });
  after(async () => {
    await app.close();
    await t.close();
  });

  const anonymous = async (url = '/courses') => (await new Client(app).get(url)).body;

  async function publishedCourse(title: string): Promise<number> {
    const { id } = await createCourse(t.deps, {
      organisationId: organisation.id,
      createdBy: coordinator.id,
      title,
      status: 'in_review',
      modules: [1],
    });
    await publishCourse(t.deps, coordinator, String(id));
    return id;
  }

  const slugOf = async (id: number) =>
    (await t.deps.db.selectFrom('courses').select('slug').where('id', '=', id).executeTakeFirst())!
      .slug;

  it('serves a repeat visit from the cache, for a version read and no rendering queries', async () => {
    await publishedCourse('Counted course');
    const count = async (url: string) => {
      counter.executed = 0;
      assert.equal((await new Client(app).get(url)).statusCode, 200);
      return counter.executed;
    };
    const first = await count('/courses?q=counted');
    const again = await count('/courses?q=counted');
    assert.ok(first > 3, `the first visit renders (${first} queries)`);
    assert.ok(again <= 1, `a repeat visit reads the courses version only (${again} queries)`);
  });

  it('shows a course to anonymous visitors as soon as it is published', async () => {
    assert.doesNotMatch(await anonymous(), /Harbour cities/);
    await publishedCourse('Harbour cities');
    assert.match(await anonymous(), /Harbour cities/);
  });

  it('shows an edit of a published course at once, whoever writes it', async () => {
    const id = await publishedCourse('Before the edit');
    const page = `/courses/${await slugOf(id)}`;
    assert.match(await anonymous('/courses?q=edit'), /Before the edit/);
    assert.match(await anonymous(page), /Before the edit/);
    const text = { language: 'en', title: 'After the edit', summary: '', objectives: '' };
    await upsertTranslation(t.deps.db, id, text);
    assert.match(await anonymous('/courses?q=edit'), /After the edit/);
    assert.match(await anonymous(page), /After the edit/);
  });

  it('moves when runs are added and seats taken, but not when a seat-taking update fails', async () => {
    const id = await publishedCourse('Seated course');
    const version = () => selectCacheVersion(t.deps.db, 'courses');
    let before = await version();
    const run = await createRun(t.deps, id, { seats: 1 });
    assert.ok((await version()) > before, 'a new run');
    before = await version();
    await enrol(t.deps, run.id, (await createOfficial(t.deps)).id);
    assert.ok((await version()) > before, 'a seat taken');
    before = await version();
    await assert.rejects(enrol(t.deps, run.id, (await createOfficial(t.deps)).id), /full/);
    assert.equal(await version(), before, 'a full run changed nothing');
  });

  it('follows the theme and organisation names it shows through their own versions', async () => {
    await publishedCourse('Named course');
    assert.match(await anonymous('/courses?q=named'), /Cache Test Council/);
    await t.deps.db
      .updateTable('organisations')
      .set({ name: 'Renamed Council' })
      .where('id', '=', organisation.id)
      .execute();
    await bumpCacheVersion(t.deps.db, 'organisations');
    assert.match(await anonymous('/courses?q=named'), /Renamed Council/);
    await t.deps.db
      .updateTable('theme_translations')
      .set({ name: 'Renamed theme' })
      .where('theme_id', '=', themeId)
      .where('language', '=', 'en')
      .execute();
    await bumpCacheVersion(t.deps.db, 'themes');
    assert.match(await anonymous('/courses?q=named'), /Renamed theme/);
  });

  it('never caches an answer to bad filters or a missing course', async () => {
    for (let i = 0; i < 2; i++) {
      assert.equal((await new Client(app).get('/courses?level=expert')).statusCode, 400);
      assert.equal((await new Client(app).get('/courses/no-such-course')).statusCode, 404);
    }
  });

  it('gives signed-in officials a fresh page', async () => {
    const official = await signIn(app, await createOfficial(t.deps, { name: 'Leila Haddad' }));
    await anonymous();
    assert.match((await official.get('/courses')).body, /Leila Haddad/);
  });
});
