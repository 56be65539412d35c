import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createCourse } from '../../../test/factories/courses.ts';
import { createEvent } from '../../../test/factories/events.ts';
import { createResource } from '../../../test/factories/library.ts';
import { createOfficial } from '../../../test/factories/officials.ts';
import { createCity, createOrganisation } from '../../../test/factories/organisations.ts';
import { createPractice } from '../../../test/factories/practices.ts';
import { Client, createTestApp, type TestApp } from '../../../test/support/app.ts';
import { signInNew } from '../../../test/support/sign-in.ts';

// Where a resource is used: its editors and coordinators add and remove courses, events and
// practices; bad choices are named; duplicates stay one row; each change is recorded.

describe('library: where a resource is used', () => {
  let t: TestApp;
  let orgId: number;
  let editor: Client;
  let coordinator: Client;
  let otherEditor: Client;
  let learner: Client;
  let visitor: Client;
  let course: { id: number; slug: string };
  let draftCourse: { id: number; slug: string };
  let event: { id: number; slug: string };
  let draftEvent: { id: number; slug: string };
  let practice: { id: number; slug: string };
  let draftPractice: { id: number; slug: string };

  const usesOf = (resourceId: number) =>
    t.deps.db
      .selectFrom('resource_uses')
      .selectAll()
      .where('resource_id', '=', resourceId)
      .orderBy('id')
      .execute();
  const changesOf = (resourceId: number) =>
    t.deps.db
      .selectFrom('resource_changes')
      .select(['action', 'details'])
      .where('resource_id', '=', resourceId)
      .orderBy('id')
      .execute();
  const add = (c: Client, slug: string, fields: Record<string, string>) =>
    c.submit(`/library/${slug}`, `/library/${slug}/uses`, fields);

  before(async () => {
    t = await createTestApp();
    orgId = (await createOrganisation(t.deps, { name: 'Uses Partner' })).id;
    const author = await createOfficial(t.deps);
    editor = (
      await signInNew(t.app, t.deps, { roles: ['partner_editor'], partnerOrganisationId: orgId })
    ).client;
    otherEditor = (
      await signInNew(t.app, t.deps, {
        roles: ['partner_editor'],
        partnerOrganisationId: (await createOrganisation(t.deps, { name: 'Else' })).id,
      })
    ).client;
    coordinator = (await signInNew(t.app, t.deps, { roles: ['coordinator'] })).client;
    learner = (await signInNew(t.app, t.deps)).client;
    visitor = new Client(t.app);
    const courseBase = { organisationId: orgId, createdBy: author.id };
    course = await createCourse(t.deps, {
      ...courseBase,
      title: 'Welcoming course',
      status: 'published',
    });
    draftCourse = await createCourse(t.deps, { ...courseBase, title: 'Secret course' });
    event = await createEvent(t.deps, { organisationId: orgId, title: 'Antwerp workshop' });
    draftEvent = await createEvent(t.deps, {
      organisationId: orgId,
      title: 'Draft workshop',
      status: 'draft',
    });
    const city = await createCity(t.deps);
    practice = await createPractice(t.deps, { organisationId: city.id, title: 'Welcome desk' });
    draftPractice = await createPractice(t.deps, {
      organisationId: city.id,
      title: 'Hidden practice',
      status: 'draft',
    });
  });
  after(() => t.close());

  it('lets an editor add a course, an event and a practice, shown with links', async () => {
    const r = await createResource(t.deps, { organisationId: orgId });
    const form = (await editor.get(`/library/${r.slug}`)).body;
    assert.match(form, /<option value="\d+">Welcoming course<\/option>/);
    assert.doesNotMatch(form, /Secret course|Draft workshop|Hidden practice/);
    const res = await add(editor, r.slug, {
      course: String(course.id),
      event: String(event.id),
      practice: String(practice.id),
    });
    assert.equal(res.statusCode, 303);
    assert.equal(res.headers.location, `/library/${r.slug}?done=added`);
    assert.equal((await usesOf(r.id)).length, 3);
    const page = (await visitor.get(`/library/${r.slug}`)).body;
    assert.ok(page.includes(`href="/courses/${course.slug}"`));
    assert.ok(page.includes(`href="/events/${event.slug}"`));
    assert.ok(page.includes(`href="/practices/${practice.slug}"`));
    const changes = await changesOf(r.id);
    assert.deepEqual(
      changes.map((c) => [c.action, JSON.parse(c.details)]),
      [
        ['use_added', { course: course.id }],
        ['use_added', { event: event.id }],
        ['use_added', { practice: practice.id }],
      ],
    );
  });

  it('keeps one row for a duplicate, also when sent twice at once, and says so', async () => {
    const r = await createResource(t.deps, { organisationId: orgId });
    const csrf = await coordinator.csrfFrom(`/library/${r.slug}`);
    const results = await Promise.all(
      Array.from({ length: 5 }, () =>
        coordinator.post(`/library/${r.slug}/uses`, { _csrf: csrf, course: String(course.id) }),
      ),
    );
    assert.ok(results.every((res) => res.statusCode === 303));
    assert.equal(results.filter((res) => res.headers.location?.endsWith('done=added')).length, 1);
    assert.equal((await usesOf(r.id)).length, 1);
    assert.equal((await changesOf(r.id)).length, 1);
    const again = await add(coordinator, r.slug, { course: String(course.id) });
    assert.equal(again.headers.location, `/library/${r.slug}?done=already`);
    const page = (await coordinator.get(String(again.headers.location))).body;
    assert.match(page, /That was already listed\./);
  });

  it('refuses unknown, unpublished and malformed choices, naming the field', async () => {
    const r = await createResource(t.deps, { organisationId: orgId });
    const cases: Array<[Record<string, string>, string, RegExp]> = [
      [{ course: '999999' }, 'course', /Choose a published course from the list\./],
      [{ course: String(draftCourse.id) }, 'course', /Choose a published course/],
      [{ event: String(draftEvent.id) }, 'event', /Choose an event from the list\./],
      [{ practice: String(draftPractice.id) }, 'practice', /Choose a published good practice/],
      [{ practice: 'abc' }, 'practice', /Choose a published good practice/],
      [{ event: '1; DROP TABLE resources' }, 'event', /Choose an event/],
      [{}, 'course', /Choose a course, an event or a good practice\./],
    ];
    for (const [fields, field, message] of cases) {
      const res = await add(editor, r.slug, { course: '', event: '', practice: '', ...fields });
      assert.equal(res.statusCode, 400, JSON.stringify(fields));
      assert.match(res.body, message);
      assert.ok(res.body.includes(`href="#field-${field}"`), field);
      assert.match(res.body, new RegExp(`id="field-${field}"[^>]*aria-invalid="true"`));
    }
    // A good choice beside a bad one adds nothing either.
    const mixed = await add(editor, r.slug, { course: String(course.id), event: '999999' });
    assert.equal(mixed.statusCode, 400);
    assert.equal((await usesOf(r.id)).length, 0);
    assert.equal((await changesOf(r.id)).length, 0);
  });

  it('lets an editor remove a use, recorded; an unknown use is a 404', async () => {
    const r = await createResource(t.deps, { organisationId: orgId });
    await add(editor, r.slug, { event: String(event.id) });
    const [use] = await usesOf(r.id);
    const page = `/library/${r.slug}`;
    const res = await editor.submit(page, `/library/${r.slug}/uses/${use!.id}/delete`, {});
    assert.equal(res.statusCode, 303);
    assert.equal(res.headers.location, `/library/${r.slug}?done=removed`);
    assert.equal((await usesOf(r.id)).length, 0);
    assert.deepEqual(
      (await changesOf(r.id)).map((c) => [c.action, JSON.parse(c.details)]),
      [
        ['use_added', { event: event.id }],
        ['use_removed', { event: event.id }],
      ],
    );
    for (const id of [String(use!.id), 'abc', '99999999999'])
      assert.equal(
        (await editor.submit(page, `/library/${r.slug}/uses/${id}/delete`, {})).statusCode,
        404,
      );
  });

  it('hides unpublished uses from the public and refuses outsiders', async () => {
    const r = await createResource(t.deps, { organisationId: orgId });
    await add(coordinator, r.slug, { course: String(course.id) });
    // The course is unpublished later: its editors still see the link, the public does not.
    await t.deps.db
      .updateTable('courses')
      .set({ status: 'draft' })
      .where('id', '=', course.id)
      .execute();
    try {
      assert.doesNotMatch((await visitor.get(`/library/${r.slug}`)).body, /Welcoming course/);
      assert.match(
        (await editor.get(`/library/${r.slug}`)).body,
        /Welcoming course[\s\S]*Not public/,
      );
    } finally {
      await t.deps.db
        .updateTable('courses')
        .set({ status: 'published' })
        .where('id', '=', course.id)
        .execute();
    }
    const [use] = await usesOf(r.id);
    for (const c of [learner, otherEditor]) {
      const csrf = await c.csrfFrom('/');
      const post = await c.post(`/library/${r.slug}/uses`, {
        _csrf: csrf,
        event: String(event.id),
      });
      assert.equal(post.statusCode, 403);
      const del = await c.post(`/library/${r.slug}/uses/${use!.id}/delete`, { _csrf: csrf });
      assert.equal(del.statusCode, 403);
    }
    const draft = await createResource(t.deps, { organisationId: orgId, status: 'draft' });
    const hidden = await otherEditor.post(`/library/${draft.slug}/uses`, {
      _csrf: await otherEditor.csrfFrom('/'),
      event: String(event.id),
    });
    assert.equal(hidden.statusCode, 404);
    assert.equal((await usesOf(r.id)).length, 1);
  });
});
