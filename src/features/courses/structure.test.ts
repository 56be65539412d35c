import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createCourse } from '../../../test/factories/courses.ts';
import { createOrganisation } from '../../../test/factories/organisations.ts';
import { Client, createTestApp, type TestApp } from '../../../test/support/app.ts';
import { signInNew } from '../../../test/support/sign-in.ts';

describe('modules and lessons', () => {
  let t: TestApp;
  let editor: Client;
  let other: Client;
  let editorId: number;
  let orgId: number;

  const post = async (c: Client, url: string, fields: Record<string, string> = {}) =>
    c.post(url, { _csrf: await c.csrfFrom('/authoring/courses'), ...fields });
  const modules = async (courseId: number) =>
    (
      await t.deps.db
        .selectFrom('course_modules')
        .select(['id', 'position'])
        .where('course_id', '=', courseId)
        .orderBy('position')
        .execute()
    ).map((m) => [m.id, m.position]);
  const lessons = async (moduleId: number) =>
    (
      await t.deps.db
        .selectFrom('lessons')
        .select(['id', 'position'])
        .where('module_id', '=', moduleId)
        .orderBy('position')
        .execute()
    ).map((m) => [m.id, m.position]);

  before(async () => {
    t = await createTestApp();
    orgId = (await createOrganisation(t.deps, { isPartner: true })).id;
    const otherOrgId = (await createOrganisation(t.deps, { isPartner: true })).id;
    const e = await signInNew(t.app, t.deps, {
      roles: ['partner_editor'],
      partnerOrganisationId: orgId,
    });
    editor = e.client;
    editorId = e.official.id;
    other = (
      await signInNew(t.app, t.deps, {
        roles: ['partner_editor'],
        partnerOrganisationId: otherOrgId,
      })
    ).client;
  });
  after(() => t.close());

  it('adds modules at the end and lessons inside them', async () => {
    const { id } = await createCourse(t.deps, { organisationId: orgId, createdBy: editorId });
    for (const title of ['First', 'Second'])
      assert.equal(
        (await post(editor, `/authoring/courses/${id}/modules`, { language: 'en', title }))
          .statusCode,
        303,
      );
    const list = await modules(id);
    assert.deepEqual(
      list.map(([, p]) => p),
      [1, 2],
    );
    const res = await post(editor, `/authoring/modules/${list[0]![0]}/lessons`, {
      language: 'en',
      title: 'Intro',
    });
    assert.equal(res.statusCode, 303);
    assert.match(
      res.headers.location as string,
      /^\/authoring\/lessons\/\d+\?lang=en&done=lessonAdded$/,
    );
    const page = await editor.get(`/authoring/courses/${id}`);
    assert.match(page.body, /First/);
    assert.match(page.body, /Intro/);
    const renamed = await post(editor, `/authoring/modules/${list[1]![0]}`, {
      language: 'fr',
      title: 'Deuxième',
    });
    assert.equal(renamed.statusCode, 303);
    assert.match((await editor.get(`/authoring/courses/${id}?lang=fr`)).body, /Deuxième/);
  });

  it('reorders modules and lessons keeping positions dense, and refuses moves past either end', async () => {
    const { id, moduleIds, lessonIds } = await createCourse(t.deps, {
      organisationId: orgId,
      createdBy: editorId,
      modules: [3, 1, 1],
    });
    const [a, b, c] = moduleIds as [number, number, number];
    assert.equal(
      (await post(editor, `/authoring/modules/${c}/move`, { direction: 'up' })).statusCode,
      303,
    );
    assert.deepEqual(await modules(id), [
      [a, 1],
      [c, 2],
      [b, 3],
    ]);
    const first = await post(editor, `/authoring/modules/${a}/move`, { direction: 'up' });
    assert.equal(first.statusCode, 400);
    assert.match(first.body, /cannot move further/);
    assert.equal(
      (await post(editor, `/authoring/modules/${b}/move`, { direction: 'down' })).statusCode,
      400,
    );
    assert.equal(
      (await post(editor, `/authoring/modules/${b}/move`, { direction: 'sideways' })).statusCode,
      400,
    );
    assert.deepEqual(await modules(id), [
      [a, 1],
      [c, 2],
      [b, 3],
    ]);
    const [l1, l2, l3] = lessonIds[0] as [number, number, number];
    assert.equal(
      (await post(editor, `/authoring/lessons/${l1}/move`, { direction: 'down' })).statusCode,
      303,
    );
    assert.deepEqual(await lessons(a), [
      [l2, 1],
      [l1, 2],
      [l3, 3],
    ]);
    assert.equal(
      (await post(editor, `/authoring/lessons/${l2}/move`, { direction: 'up' })).statusCode,
      400,
    );
    assert.equal((await post(editor, `/authoring/lessons/${l1}/delete`)).statusCode, 303);
    assert.deepEqual(await lessons(a), [
      [l2, 1],
      [l3, 2],
    ]);
    assert.equal((await post(editor, `/authoring/modules/${c}/delete`)).statusCode, 303);
    assert.deepEqual(await modules(id), [
      [a, 1],
      [b, 2],
    ]);
  });

  it('gives concurrent module additions distinct places', async () => {
    const { id } = await createCourse(t.deps, { organisationId: orgId, createdBy: editorId });
    const csrf = await editor.csrfFrom('/authoring/courses');
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        editor.post(`/authoring/courses/${id}/modules`, {
          _csrf: csrf,
          language: 'en',
          title: `M${i}`,
        }),
      ),
    );
    assert.deepEqual(
      results.map((r) => r.statusCode),
      Array(6).fill(303),
    );
    assert.deepEqual(
      (await modules(id)).map(([, p]) => p),
      [1, 2, 3, 4, 5, 6],
    );
  });

  it('deletes only while the course is a draft', async () => {
    const { moduleIds, lessonIds } = await createCourse(t.deps, {
      organisationId: orgId,
      createdBy: editorId,
      status: 'published',
      modules: [1],
    });
    assert.equal((await post(editor, `/authoring/modules/${moduleIds[0]}/delete`)).statusCode, 409);
    assert.equal(
      (await post(editor, `/authoring/lessons/${lessonIds[0]![0]}/delete`)).statusCode,
      409,
    );
  });

  it('edits a lesson per language with a safe preview, and refuses unsafe video links', async () => {
    const { lessonIds } = await createCourse(t.deps, {
      organisationId: orgId,
      createdBy: editorId,
      modules: [1],
    });
    const lesson = lessonIds[0]![0]!;
    const url = `/authoring/lessons/${lesson}`;
    const save = (fields: Record<string, string>) =>
      editor.submit(url, url, {
        language: 'en',
        title: 'Reading',
        body: '',
        kind: 'text',
        video_url: '',
        is_required: '1',
        ...fields,
      });
    const ok = await save({ body: '**Bold** <script>alert(1)</script> [x](javascript:alert(1))' });
    assert.equal(ok.statusCode, 303);
    const page = await editor.get(`${url}?lang=en`);
    assert.match(page.body, /<strong>Bold<\/strong>/);
    assert.doesNotMatch(page.body, /<script>alert/);
    assert.doesNotMatch(page.body, /href="javascript:/);
    for (const video_url of ['javascript:alert(1)', 'http://example.org/v', 'not a link'])
      assert.equal((await save({ kind: 'video', video_url })).statusCode, 400, video_url);
    assert.equal((await save({ kind: 'video', video_url: '' })).statusCode, 400);
    assert.equal((await save({ kind: 'podcast' })).statusCode, 400);
    assert.equal((await save({ title: '\u202Eevil' })).statusCode, 400);
    const video = await save({
      kind: 'video',
      video_url: 'https://video.example.org/watch?v=1',
      language: 'es',
      title: 'Vídeo',
    });
    assert.equal(video.statusCode, 303);
    const row = await t.deps.db
      .selectFrom('lessons')
      .selectAll()
      .where('id', '=', lesson)
      .executeTakeFirstOrThrow();
    assert.equal(row.kind, 'video');
    assert.equal(row.video_url, 'https://video.example.org/watch?v=1');
    const texts = await t.deps.db
      .selectFrom('lesson_translations')
      .select('language')
      .where('lesson_id', '=', lesson)
      .orderBy('language')
      .execute();
    assert.deepEqual(
      texts.map((x) => x.language),
      ['en', 'es'],
    );
    assert.equal((await editor.get(`${url}?lang=klingon`)).statusCode, 400);
  });

  it('answers unknown and foreign ids with 404 on pages and 403 or 404 on changes', async () => {
    const { moduleIds, lessonIds } = await createCourse(t.deps, {
      organisationId: orgId,
      createdBy: editorId,
      modules: [1],
    });
    assert.equal((await editor.get('/authoring/lessons/abc')).statusCode, 404);
    assert.equal((await editor.get('/authoring/lessons/99999999')).statusCode, 404);
    assert.equal(
      (await post(editor, '/authoring/modules/99999999/move', { direction: 'up' })).statusCode,
      404,
    );
    assert.equal(
      (await post(editor, '/authoring/courses/99999999/modules', { language: 'en', title: 'X' }))
        .statusCode,
      404,
    );
    assert.equal((await other.get(`/authoring/lessons/${lessonIds[0]![0]}`)).statusCode, 404);
    assert.equal((await post(other, `/authoring/modules/${moduleIds[0]}/delete`)).statusCode, 403);
    assert.equal(
      (await post(other, `/authoring/lessons/${lessonIds[0]![0]}/delete`)).statusCode,
      403,
    );
    assert.equal(
      (
        await post(other, `/authoring/modules/${moduleIds[0]}`, {
          language: 'en',
          title: 'x'.repeat(10_000),
        })
      ).statusCode,
      403,
    );
    assert.equal(
      (
        await post(editor, `/authoring/modules/${moduleIds[0]}`, {
          language: 'en',
          title: 'x'.repeat(10_000),
        })
      ).statusCode,
      400,
    );
    assert.equal(
      (await post(editor, `/authoring/modules/${moduleIds[0]}`, { language: 'de', title: 'Titel' }))
        .statusCode,
      400,
    );
  });
});
