import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createCourse } from '../../../test/factories/courses.ts';
import { createOfficial } from '../../../test/factories/officials.ts';
import { createOrganisation } from '../../../test/factories/organisations.ts';
import { Client, createTestApp, type TestApp } from '../../../test/support/app.ts';
import { countEmailsTo, latestEmailTo } from '../../../test/support/mail.ts';
import { signInNew } from '../../../test/support/sign-in.ts';

describe('reviewing and publishing courses', () => {
  let t: TestApp;
  let editor: Client;
  let editorId: number;
  let editorEmail: string;
  let colleagueEmail: string;
  let coordinator: Client;
  let learner: Client;
  let orgId: number;

  const post = async (c: Client, url: string, fields: Record<string, string> = {}) =>
    c.post(url, { _csrf: await c.csrfFrom('/'), ...fields });
  const statusOf = async (id: number) =>
    t.deps.db
      .selectFrom('courses')
      .select(['status', 'review_comment', 'published_at'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
  const events = (id: number, action: string) =>
    t.deps.db
      .selectFrom('audit_events')
      .selectAll()
      .where('subject_type', '=', 'course')
      .where('subject_id', '=', id)
      .where('action', '=', action)
      .execute();

  before(async () => {
    t = await createTestApp();
    orgId = (await createOrganisation(t.deps, { isPartner: true })).id;
    const e = await signInNew(t.app, t.deps, {
      roles: ['partner_editor'],
      partnerOrganisationId: orgId,
    });
    editor = e.client;
    editorId = e.official.id;
    editorEmail = e.official.email;
    colleagueEmail = (
      await createOfficial(t.deps, {
        roles: ['partner_editor'],
        partnerOrganisationId: orgId,
        preferredLanguage: 'fr',
      })
    ).email;
    coordinator = (await signInNew(t.app, t.deps, { roles: ['coordinator'] })).client;
    learner = (await signInNew(t.app, t.deps)).client;
  });
  after(() => t.close());

  it('needs at least one lesson before a course goes to review', async () => {
    const { id } = await createCourse(t.deps, {
      organisationId: orgId,
      createdBy: editorId,
      modules: [0],
    });
    const res = await post(editor, `/authoring/courses/${id}/submit`);
    assert.equal(res.statusCode, 400);
    assert.match(res.body, /at least one module with one lesson/);
    assert.equal((await statusOf(id)).status, 'draft');
  });

  it('takes a course from draft to review to published, telling its editors in their language', async () => {
    const { id } = await createCourse(t.deps, {
      organisationId: orgId,
      createdBy: editorId,
      title: 'Media and migration',
      modules: [2],
    });
    const submitted = await post(editor, `/authoring/courses/${id}/submit`);
    assert.equal(submitted.statusCode, 303);
    assert.equal(submitted.headers.location, `/authoring/courses/${id}?done=submitted`);
    assert.equal((await statusOf(id)).status, 'in_review');
    assert.equal((await post(editor, `/authoring/courses/${id}/submit`)).statusCode, 409);
    assert.equal((await post(editor, `/authoring/courses/${id}/publish`)).statusCode, 403);

    const queue = await coordinator.get('/review/courses');
    assert.equal(queue.statusCode, 200);
    assert.match(queue.body, /Media and migration/);

    const published = await post(coordinator, `/authoring/courses/${id}/publish`);
    assert.equal(published.statusCode, 303);
    const row = await statusOf(id);
    assert.equal(row.status, 'published');
    assert.ok(row.published_at);
    assert.equal((await events(id, 'course.submit')).length, 1);
    assert.equal((await events(id, 'course.publish')).length, 1);
    const mail = await latestEmailTo(t.deps, editorEmail);
    assert.match(mail?.subject ?? '', /Media and migration/);
    assert.match(mail?.subject ?? '', /published/);
    const french = await latestEmailTo(t.deps, colleagueEmail);
    assert.match(french?.subject ?? '', /est publié/);
    assert.doesNotMatch((await coordinator.get('/review/courses')).body, /Media and migration/);
  });

  it('sends a course back with a required comment, which the editors read', async () => {
    const { id } = await createCourse(t.deps, {
      organisationId: orgId,
      createdBy: editorId,
      status: 'in_review',
      modules: [1],
    });
    const before = await countEmailsTo(t.deps, editorEmail);
    const empty = await post(coordinator, `/authoring/courses/${id}/send-back`, { comment: '  ' });
    assert.equal(empty.statusCode, 400);
    assert.equal((await statusOf(id)).status, 'in_review');
    assert.equal(await countEmailsTo(t.deps, editorEmail), before);
    const res = await post(coordinator, `/authoring/courses/${id}/send-back`, {
      comment: 'Please add sources to module 1.',
    });
    assert.equal(res.statusCode, 303);
    const row = await statusOf(id);
    assert.equal(row.status, 'draft');
    assert.equal(row.review_comment, 'Please add sources to module 1.');
    assert.equal((await events(id, 'course.send-back')).length, 1);
    assert.match((await latestEmailTo(t.deps, editorEmail))?.text ?? '', /Please add sources/);
    assert.match((await editor.get(`/authoring/courses/${id}`)).body, /Please add sources/);
    assert.equal(
      (await post(coordinator, `/authoring/courses/${id}/send-back`, { comment: 'Again' }))
        .statusCode,
      409,
    );
  });

  it('publishes once when the button is pressed twice at the same moment', async () => {
    const { id } = await createCourse(t.deps, {
      organisationId: orgId,
      createdBy: editorId,
      status: 'in_review',
      modules: [1],
    });
    const csrf = await coordinator.csrfFrom('/');
    const results = await Promise.all(
      [1, 2].map(() => coordinator.post(`/authoring/courses/${id}/publish`, { _csrf: csrf })),
    );
    assert.deepEqual(results.map((r) => r.statusCode).sort(), [303, 409]);
    assert.equal((await events(id, 'course.publish')).length, 1);
  });

  it('keeps the review queue for coordinators, oldest first', async () => {
    assert.equal((await learner.get('/review/courses')).statusCode, 403);
    assert.equal((await editor.get('/review/courses')).statusCode, 403);
    assert.equal((await new Client(t.app).get('/review/courses')).statusCode, 303);
    const a = await createCourse(t.deps, {
      organisationId: orgId,
      createdBy: editorId,
      title: 'Older one',
      status: 'in_review',
      modules: [1],
    });
    await new Promise((r) => setTimeout(r, 5));
    await createCourse(t.deps, {
      organisationId: orgId,
      createdBy: editorId,
      title: 'Newer one',
      status: 'in_review',
      modules: [1],
    });
    const body = (await coordinator.get('/review/courses')).body;
    assert.ok(body.indexOf('Older one') < body.indexOf('Newer one'));
    assert.ok(a.id > 0);
  });
});
