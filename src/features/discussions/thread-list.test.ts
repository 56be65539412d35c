import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { KyselyPlugin } from 'kysely';
import { createCourse } from '../../../test/factories/courses.ts';
import { createThread } from '../../../test/factories/discussions.ts';
import { createEvent } from '../../../test/factories/events.ts';
import { register } from '../../../test/factories/registrations.ts';
import { createOrganisation } from '../../../test/factories/organisations.ts';
import { createRun, enrol } from '../../../test/factories/runs.ts';
import { createThemes } from '../../../test/factories/themes.ts';
import { Client, createTestApp, type TestApp } from '../../../test/support/app.ts';
import { signInNew } from '../../../test/support/sign-in.ts';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../accounts/actor.ts';
import { actorOf } from '../accounts/actor-of.ts';
import { listSubjectThreads, THREADS_PER_PAGE } from './thread-list.service.ts';

// A subject's thread list, search within it and across subjects, and the hub, through the pages.

/** Deps whose database counts every statement it runs. */
function counting(deps: Deps): { deps: Deps; count: () => number } {
  let n = 0;
  const plugin: KyselyPlugin = {
    transformQuery: (args) => {
      n++;
      return args.node;
    },
    transformResult: async (args) => args.result,
  };
  return { deps: { ...deps, db: deps.db.withPlugin(plugin) }, count: () => n };
}

const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000);

describe('thread lists, search and the hub', () => {
  let t: TestApp;
  let learner: Client;
  let learnerId: number;
  let facilitator: Client;
  let outsider: Client;
  let runId: number;
  let bigRunId: number;
  let themeId: number;
  let threads: Record<string, number>;
  before(async () => {
    t = await createTestApp();
    themeId = Object.values(await createThemes(t.deps))[0]!;
    const partner = await createOrganisation(t.deps);
    const l = await signInNew(t.app, t.deps, { name: 'Lea Learner' });
    const f = await signInNew(t.app, t.deps, { roles: ['facilitator'] });
    const o = await signInNew(t.app, t.deps);
    [learner, learnerId, facilitator, outsider] = [l.client, l.official.id, f.client, o.client];
    const course = await createCourse(t.deps, {
      organisationId: partner.id,
      createdBy: f.official.id,
      status: 'published',
    });
    runId = (await createRun(t.deps, course.id, { facilitatorIds: [f.official.id] })).id;
    bigRunId = (await createRun(t.deps, course.id, { facilitatorIds: [f.official.id] })).id;
    await enrol(t.deps, runId, l.official.id);
    const quiet = await signInNew(t.app, t.deps, { name: 'Quentin Quiet' });
    await enrol(t.deps, runId, quiet.official.id);
    await enrol(t.deps, runId, o.official.id).then(() =>
      // The outsider withdraws: no longer a learner of the run.
      t.deps.db
        .updateTable('enrolments')
        .set({ status: 'withdrawn' })
        .where('user_id', '=', o.official.id)
        .execute(),
    );
    const subject = { kind: 'run' as const, id: runId };
    const old = await createThread(t.deps, {
      subject,
      authorId: f.official.id,
      title: 'Rules of this group',
      isPinned: true,
      at: minutesAgo(600),
    });
    const recent = await createThread(t.deps, {
      subject,
      authorId: l.official.id,
      title: 'La médiation interculturelle à Anvers',
      body: 'Comment recrutez-vous les médiateurs ?',
      replies: [
        { authorId: f.official.id, body: 'By open call.', at: minutesAgo(5) },
        { authorId: f.official.id, body: 'And training.', at: minutesAgo(4) },
      ],
      at: minutesAgo(60),
    });
    const arabic = await createThread(t.deps, {
      subject,
      authorId: f.official.id,
      title: 'الهجرة والمدينة',
      body: 'كيف تستقبل المدينة القادمين الجدد؟',
      at: minutesAgo(120),
    });
    const chinese = await createThread(t.deps, {
      subject,
      authorId: f.official.id,
      title: '城市移民政策',
      body: '移民融入的经验',
      at: minutesAgo(180),
    });
    const inBody = await createThread(t.deps, {
      subject,
      authorId: f.official.id,
      title: 'Housing first',
      body: 'Our mediation service helps with housing.',
      at: minutesAgo(30),
    });
    // The learner has read the recent thread up to its first reply.
    await t.deps.db
      .insertInto('thread_reads')
      .values({
        thread_id: recent.id,
        user_id: l.official.id,
        last_read_post_id: recent.postIds[1]!,
        read_at: new Date().toISOString(),
      })
      .execute();
    await t.deps.db
      .updateTable('threads')
      .set({ is_locked: 1, answer_post_id: recent.postIds[1]! })
      .where('id', '=', recent.id)
      .execute();
    threads = {
      old: old.id,
      recent: recent.id,
      arabic: arabic.id,
      chinese: chinese.id,
      inBody: inBody.id,
    };
    for (let i = 0; i < 65; i++)
      await createThread(t.deps, {
        subject: { kind: 'run', id: bigRunId },
        authorId: f.official.id,
        title: `Topic number ${i}`,
        at: minutesAgo(1000 - i),
      });
  });
  after(() => t.close());

  const rowOrder = (body: string) =>
    [...body.matchAll(/href="\/threads\/(\d+)"/g)].map((m) => Number(m[1]));

  it('lists pinned threads first, then the latest activity, with replies, badges and new posts', async () => {
    const res = await learner.get(`/discussions/run/${runId}`);
    assert.equal(res.statusCode, 200);
    assert.deepEqual(rowOrder(res.body), [
      threads.old,
      threads.recent,
      threads.inBody,
      threads.arabic,
      threads.chinese,
    ]);
    // Read up to the first reply: one new; never opened: everything is new.
    const recentRow = res.body.slice(res.body.indexOf(`/threads/${threads.recent}"`));
    assert.match(recentRow.slice(0, 1200), /1 new/);
    assert.match(recentRow.slice(0, 1200), /Answered/);
    assert.match(recentRow.slice(0, 1200), /Locked/);
    assert.match(res.body, /Pinned/);
    assert.match(res.body, new RegExp(`href="/discussions/run/${runId}/new"`));
    assert.match(res.body, /Start a discussion/);
    // Learners do not see who has not taken part.
    assert.doesNotMatch(res.body, /Who has not taken part yet/);
  });

  it('shows moderators of a small group who has not taken part yet', async () => {
    const res = await facilitator.get(`/discussions/run/${runId}`);
    assert.equal(res.statusCode, 200);
    const part = res.body.slice(res.body.indexOf('Who has not taken part yet'));
    assert.match(part, /Quentin Quiet/);
    assert.doesNotMatch(part, /Lea Learner/);
  });

  it('pages 30 threads at a time with the same number of queries whatever the page holds', async () => {
    const first = await facilitator.get(`/discussions/run/${bigRunId}`);
    assert.equal(rowOrder(first.body).length, THREADS_PER_PAGE);
    assert.match(first.body, /rel="next"/);
    const last = await facilitator.get(`/discussions/run/${bigRunId}?page=3`);
    assert.equal(rowOrder(last.body).length, 5);
    assert.doesNotMatch(last.body, /rel="next"/);
    const actor = (await actorOf(t.deps, learnerId)) as Actor;
    const coordinatorLike = { ...actor, roles: new Set(['coordinator'] as const) };
    const counts: number[] = [];
    for (const page of [1, 3]) {
      const c = counting(t.deps);
      const list = await listSubjectThreads(
        c.deps,
        coordinatorLike,
        { kind: 'run', id: bigRunId },
        {
          q: '',
          page,
          lang: 'en',
        },
      );
      assert.equal(list.threads.length, page === 1 ? 30 : 5);
      counts.push(c.count());
    }
    assert.equal(counts[0], counts[1]);
  });

  it('hides a subject from those who may not read it, and sends visitors to sign in', async () => {
    assert.equal((await outsider.get(`/discussions/run/${runId}`)).statusCode, 404);
    const anonymous = await new Client(t.app).get(`/discussions/run/${runId}`);
    assert.equal(anonymous.statusCode, 303);
    assert.match(String(anonymous.headers.location), /^\/sign-in\?next=/);
    for (const url of ['/discussions/planet/1', '/discussions/run/abc', '/discussions/run/999999'])
      assert.equal((await learner.get(url)).statusCode, 404, url);
  });

  it('shows a helpful empty state', async () => {
    const res = await learner.get(`/discussions/theme/${themeId}`);
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /No discussion has been started here yet/);
  });

  it('finds threads within a subject whatever the accents, titles first, with the words marked', async () => {
    const res = await learner.get(`/discussions/run/${runId}?q=mediation`);
    assert.equal(res.statusCode, 200);
    assert.deepEqual(rowOrder(res.body), [threads.recent, threads.inBody]);
    assert.match(res.body, /<mark>médiation<\/mark>/);
    const accented = await learner.get(
      `/discussions/run/${runId}?q=${encodeURIComponent('MÉDIATEURS')}`,
    );
    assert.deepEqual(rowOrder(accented.body), [threads.recent]);
  });

  it('finds Arabic and Chinese threads', async () => {
    const ar = await learner.get(`/discussions/run/${runId}?q=${encodeURIComponent('المدينة')}`);
    assert.deepEqual(rowOrder(ar.body), [threads.arabic]);
    const zh = await learner.get(`/discussions/run/${runId}?q=${encodeURIComponent('移民')}`);
    assert.deepEqual(rowOrder(zh.body), [threads.chinese]);
    assert.match(zh.body, /<mark>移民<\/mark>/);
  });

  it('treats search syntax and very long queries as plain text', async () => {
    for (const q of [
      '"NEAR(a b)" OR * -x AND title:',
      "'; DROP TABLE threads; --",
      'x'.repeat(5000),
      '"',
      '()*^:',
    ])
      for (const url of [`/discussions/run/${runId}`, '/discussions/search']) {
        const res = await learner.get(`${url}?q=${encodeURIComponent(q)}`);
        assert.equal(res.statusCode, 200, `${url} ${q.slice(0, 20)}`);
      }
  });

  it('searches across every subject the official may read, and no other', async () => {
    const themeThread = await createThread(t.deps, {
      subject: { kind: 'theme', id: themeId },
      authorId: learnerId,
      title: 'Mediation in schools',
    });
    const mine = await learner.get('/discussions/search?q=mediation');
    assert.equal(mine.statusCode, 200);
    assert.deepEqual(
      new Set(rowOrder(mine.body)),
      new Set([threads.recent, themeThread.id, threads.inBody]),
    );
    // Title matches first.
    assert.equal(rowOrder(mine.body).at(-1), threads.inBody);
    const theirs = await outsider.get('/discussions/search?q=mediation');
    assert.deepEqual(rowOrder(theirs.body), [themeThread.id]);
    assert.equal((await learner.get('/discussions/search')).statusCode, 200);
  });

  it('the hub lists the official’s subjects with threads and news, and themes always', async () => {
    const res = await learner.get('/discussions');
    assert.equal(res.statusCode, 200);
    assert.match(res.body, new RegExp(`href="/discussions/run/${runId}"`));
    assert.match(res.body, /5 threads/);
    assert.match(res.body, /threads with new posts/);
    assert.equal((res.body.match(/href="\/discussions\/theme\/\d+"/g) ?? []).length, 6);
    const other = await outsider.get('/discussions');
    assert.doesNotMatch(other.body, new RegExp(`href="/discussions/run/${runId}"`));
    assert.equal((await new Client(t.app).get('/discussions')).statusCode, 303);
  });

  it('speaks the reader’s language', async () => {
    const { client } = await signInNew(t.app, t.deps, { preferredLanguage: 'ar' });
    await client.get('/language/ar?next=/');
    const res = await client.get(`/discussions/theme/${themeId}`);
    assert.match(res.body, /dir="rtl"/);
    assert.match(res.body, /ابدأ نقاشًا/);
  });
  it('links to the discussions from the run home, the cohort view and the theme page', async () => {
    const link = (body: string, href: string) => body.includes(`href="${href}"`);
    assert.ok(link((await learner.get(`/learn/${runId}`)).body, `/discussions/run/${runId}`));
    const cohort = await facilitator.get(`/facilitate/runs/${runId}`);
    assert.ok(link(cohort.body, `/discussions/run/${runId}`));
    const slug = await t.deps.db
      .selectFrom('themes')
      .select('slug')
      .where('id', '=', themeId)
      .executeTakeFirstOrThrow();
    assert.ok(
      link((await learner.get(`/themes/${slug.slug}`)).body, `/discussions/theme/${themeId}`),
    );
    const visitor = await new Client(t.app).get(`/themes/${slug.slug}`);
    assert.ok(!link(visitor.body, `/discussions/theme/${themeId}`));
  });
  it('links to an event’s discussions for its participants only, and the list opens for them', async () => {
    const owner = await createOrganisation(t.deps);
    const event = await createEvent(t.deps, { organisationId: owner.id });
    await register(t.deps, event.id, learnerId);
    const href = `href="/discussions/event/${event.id}"`;
    assert.ok((await learner.get(`/events/${event.slug}`)).body.includes(href));
    assert.ok(!(await outsider.get(`/events/${event.slug}`)).body.includes(href));
    assert.equal((await learner.get(`/discussions/event/${event.id}`)).statusCode, 200);
    assert.equal((await outsider.get(`/discussions/event/${event.id}`)).statusCode, 404);
  });
  it('lists a thread waiting for approval to its author and moderators only', async () => {
    const held = await createThread(t.deps, {
      subject: { kind: 'run', id: runId },
      authorId: learnerId,
      title: 'Held welcome question',
    });
    await t.deps.db
      .updateTable('posts')
      .set({ status: 'held' })
      .where('thread_id', '=', held.id)
      .execute();
    await t.deps.db
      .updateTable('threads')
      .set({ post_count: 0 })
      .where('id', '=', held.id)
      .execute();
    const { official, client } = await signInNew(t.app, t.deps);
    await enrol(t.deps, runId, official.id);
    const href = `href="/threads/${held.id}"`;
    assert.ok(!(await client.get(`/discussions/run/${runId}`)).body.includes(href));
    assert.ok(!(await client.get(`/discussions/run/${runId}?q=held`)).body.includes(href));
    assert.ok((await learner.get(`/discussions/run/${runId}`)).body.includes(href));
    assert.ok((await facilitator.get(`/discussions/run/${runId}`)).body.includes(href));
    await t.deps.db.deleteFrom('threads').where('id', '=', held.id).execute();
  });
});
