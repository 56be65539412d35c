import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createResource } from '../../../test/factories/library.ts';
import { createOrganisation } from '../../../test/factories/organisations.ts';
import { createTestApp, type Client, type TestApp } from '../../../test/support/app.ts';
import { latestEmailTo } from '../../../test/support/mail.ts';
import { signInNew } from '../../../test/support/sign-in.ts';

// The publishing workflow: editors submit drafts (coordinators are e-mailed in their language),
// coordinators publish, send back with a comment (editors are e-mailed) or unpublish; each step
// in the wrong state is a 409 with a translated message; each is recorded.

describe('library: publishing workflow', () => {
  let t: TestApp;
  let editor: Client;
  let outsider: Client;
  let coordinator: Client;
  let editorEmail: string;
  let coordinatorEmail: string;
  let orgId: number;

  const post = (c: Client, path: string, fields: Record<string, string> = {}) =>
    c.submit('/', path, fields);
  const statusOf = async (id: number) =>
    t.deps.db
      .selectFrom('resources')
      .select(['status', 'published_at', 'review_comment'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
  const actions = async (id: number) =>
    (
      await t.deps.db
        .selectFrom('resource_changes')
        .select('action')
        .where('resource_id', '=', id)
        .orderBy('id')
        .execute()
    ).map((c) => c.action);

  before(async () => {
    t = await createTestApp();
    const org = await createOrganisation(t.deps, { name: 'UNESCO', isPartner: true });
    const other = await createOrganisation(t.deps, { name: 'Other', isPartner: true });
    orgId = org.id;
    const e = await signInNew(t.app, t.deps, {
      roles: ['partner_editor'],
      partnerOrganisationId: org.id,
    });
    editor = e.client;
    editorEmail = e.official.email;
    outsider = (
      await signInNew(t.app, t.deps, { roles: ['partner_editor'], partnerOrganisationId: other.id })
    ).client;
    const c = await signInNew(t.app, t.deps, { roles: ['coordinator'], preferredLanguage: 'fr' });
    coordinator = c.client;
    coordinatorEmail = c.official.email;
  });
  after(() => t.close());

  it('takes a resource from draft through review, send-back and resubmission to published', async () => {
    const r = await createResource(t.deps, {
      organisationId: orgId,
      title: 'Migration toolkit',
      status: 'draft',
    });
    const base = `/library/${r.slug}`;
    const submitted = await post(editor, `${base}/submit`);
    assert.equal(submitted.statusCode, 303);
    assert.equal((await statusOf(r.id)).status, 'in_review');
    const mail = await latestEmailTo(t.deps, coordinatorEmail);
    assert.equal(mail?.subject, 'Ressource à relire : Migration toolkit');

    assert.equal((await editor.get(`${base}/edit`)).statusCode, 403, 'no edits while in review');
    const again = await post(editor, `${base}/submit`);
    assert.equal(again.statusCode, 409);
    assert.match(again.body, /Only a draft can be submitted/);

    const queue = await coordinator.get('/review/resources');
    assert.equal(queue.statusCode, 200);
    assert.match(queue.body, /Migration toolkit/);
    assert.equal((await editor.get('/review/resources')).statusCode, 403);

    const noComment = await post(coordinator, `${base}/send-back`, { comment: '  ' });
    assert.equal(noComment.statusCode, 400);
    assert.match(noComment.body, /href="#field-comment"/);
    assert.match(
      noComment.body,
      /Écrivez un commentaire qui dit aux éditeurs ce qu’il faut changer\./,
    );
    assert.equal((await statusOf(r.id)).status, 'in_review');
    const back = await post(coordinator, `${base}/send-back`, {
      comment: 'Please add a French summary.',
    });
    assert.equal(back.statusCode, 303);
    const sentBack = await statusOf(r.id);
    assert.equal(sentBack.status, 'draft');
    assert.equal(sentBack.review_comment, 'Please add a French summary.');
    const told = await latestEmailTo(t.deps, editorEmail);
    assert.match(told?.text ?? '', /Please add a French summary\./);
    const mine = await editor.get('/authoring/resources');
    assert.match(mine.body, /Please add a French summary\./);
    assert.match((await editor.get(`${base}/files`)).body, /Please add a French summary\./);

    assert.equal((await post(editor, `${base}/submit`)).statusCode, 303);
    assert.equal((await post(editor, `${base}/publish`)).statusCode, 403);
    assert.equal((await post(coordinator, `${base}/publish`)).statusCode, 303);
    const published = await statusOf(r.id);
    assert.equal(published.status, 'published');
    assert.ok(published.published_at);
    assert.equal(published.review_comment, '');
    assert.equal((await post(coordinator, `${base}/publish`)).statusCode, 409);

    assert.equal((await post(coordinator, `${base}/unpublish`)).statusCode, 303);
    assert.equal((await statusOf(r.id)).status, 'draft');
    assert.equal((await post(coordinator, `${base}/unpublish`)).statusCode, 409);
    assert.equal(
      (await post(coordinator, `${base}/publish`)).statusCode,
      303,
      'straight from draft',
    );
    assert.equal((await statusOf(r.id)).published_at, published.published_at, 'published_at once');

    assert.deepEqual(await actions(r.id), [
      'submitted',
      'sent_back',
      'submitted',
      'published',
      'unpublished',
      'published',
    ]);
    const changes = await editor.get(`${base}/changes`);
    assert.equal(changes.statusCode, 200);
    assert.match(changes.body, /Please add a French summary\./);
    assert.ok(
      changes.body.indexOf('Unpublished') < changes.body.indexOf('Sent back'),
      'newest first',
    );
  });

  it('publishes once when a coordinator double-clicks', async () => {
    const r = await createResource(t.deps, { organisationId: orgId, status: 'draft' });
    const csrf = await coordinator.csrfFrom('/');
    const results = await Promise.all([
      coordinator.post(`/library/${r.slug}/publish`, { _csrf: csrf }),
      coordinator.post(`/library/${r.slug}/publish`, { _csrf: csrf }),
    ]);
    assert.deepEqual(results.map((x) => x.statusCode).sort(), [303, 409]);
    assert.deepEqual(await actions(r.id), ['published']);
  });

  it("keeps others out of an organisation's workflow and record", async () => {
    const draft = await createResource(t.deps, { organisationId: orgId, status: 'draft' });
    const pub = await createResource(t.deps, { organisationId: orgId });
    assert.equal((await post(outsider, `/library/${draft.slug}/submit`)).statusCode, 404);
    assert.equal((await post(outsider, `/library/${pub.slug}/unpublish`)).statusCode, 403);
    assert.equal((await outsider.get(`/library/${draft.slug}/changes`)).statusCode, 404);
    assert.equal((await outsider.get(`/library/${pub.slug}/changes`)).statusCode, 403);
    assert.equal((await statusOf(draft.id)).status, 'draft');
    assert.equal((await statusOf(pub.id)).status, 'published');
    const list = await outsider.get('/authoring/resources');
    assert.equal(list.statusCode, 200);
    assert.doesNotMatch(list.body, new RegExp(draft.slug));
  });
});
