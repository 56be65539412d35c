import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createCourse } from '../../../test/factories/courses.ts';
import { createOrganisation } from '../../../test/factories/organisations.ts';
import { createThemes } from '../../../test/factories/themes.ts';
import { Client, createTestApp, type TestApp } from '../../../test/support/app.ts';
import { signInNew } from '../../../test/support/sign-in.ts';

describe('authoring courses', () => {
  let t: TestApp;
  let editor: Client;
  let editorId: number;
  let other: Client;
  let coordinator: Client;
  let learner: Client;
  let orgId: number;
  let otherOrgId: number;
  let themeIds: number[];

  const valid = () => ({
    language: 'en',
    title: 'Welcoming newcomers in Liège',
    summary: 'How a city welcomes people who arrive.',
    objectives: 'Map local services\nPlan a welcome desk',
    theme_ids: [String(themeIds[0]), String(themeIds[1])],
    format: 'self_paced',
    level: 'introductory',
    duration_hours: '6',
  });
  const countCourses = async () =>
    Number(
      (
        await t.deps.db
          .selectFrom('courses')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const create = (fields: Record<string, string | string[]>, c = editor) =>
    c.submit('/authoring/courses/new', '/authoring/courses', fields);

  before(async () => {
    t = await createTestApp();
    themeIds = Object.values(await createThemes(t.deps));
    orgId = (await createOrganisation(t.deps, { isPartner: true })).id;
    otherOrgId = (await createOrganisation(t.deps, { isPartner: true })).id;
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
    coordinator = (await signInNew(t.app, t.deps, { roles: ['coordinator'] })).client;
    learner = (await signInNew(t.app, t.deps)).client;
  });
  after(() => t.close());

  it('shows a partner editor an empty list with a new-course button', async () => {
    const res = await editor.get('/authoring/courses');
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /href="\/authoring\/courses\/new"/);
    assert.match(res.body, /no courses yet/);
  });

  it('lets a partner editor create a draft for their organisation, audited', async () => {
    const res = await create(valid());
    assert.equal(res.statusCode, 303);
    const id = Number(
      /\/authoring\/courses\/(\d+)\?done=created$/.exec(res.headers.location as string)?.[1],
    );
    const course = await t.deps.db
      .selectFrom('courses')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    assert.equal(course.slug, 'welcoming-newcomers-in-liege');
    assert.equal(course.organisation_id, orgId);
    assert.equal(course.status, 'draft');
    assert.equal(course.created_by, editorId);
    const themes = await t.deps.db
      .selectFrom('course_themes')
      .select('theme_id')
      .where('course_id', '=', id)
      .execute();
    assert.equal(themes.length, 2);
    const partners = await t.deps.db
      .selectFrom('course_partners')
      .selectAll()
      .where('course_id', '=', id)
      .execute();
    assert.deepEqual(
      partners.map((p) => p.organisation_id),
      [orgId],
    );
    const audit = await t.deps.db
      .selectFrom('audit_events')
      .selectAll()
      .where('action', '=', 'course.create')
      .execute();
    assert.equal(audit.length, 1);
    const page = await editor.get(`/authoring/courses/${id}?done=created`);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /Welcoming newcomers in Liège/);
    assert.match(page.body, /class="notice"/);
    const list = await editor.get('/authoring/courses');
    assert.match(list.body, new RegExp(`/authoring/courses/${id}`));
    const again = await create(valid());
    const second = Number(/(\d+)\?/.exec(again.headers.location as string)?.[1]);
    const slug = await t.deps.db
      .selectFrom('courses')
      .select('slug')
      .where('id', '=', second)
      .executeTakeFirstOrThrow();
    assert.equal(slug.slug, 'welcoming-newcomers-in-liege-2');
  });

  it('refuses bad input with a 400 and writes nothing', async () => {
    const before = await countCourses();
    const cases: Array<[Record<string, string | string[]>, RegExp]> = [
      [{ ...valid(), title: 'x'.repeat(10_000) }, /too long/i],
      [{ ...valid(), title: 'Evil \u202Etxt.exe' }, /field-title-error/],
      [{ ...valid(), theme_ids: [] }, /at least one theme/],
      [{ ...valid(), theme_ids: ['999999'] }, /themes from the list/],
      [{ ...valid(), theme_ids: ['abc'] }, /themes from the list/],
      [{ ...valid(), language: 'de' }, /field-language-error/],
      [{ ...valid(), duration_hours: '0' }, /whole number of hours/],
      [{ ...valid(), format: 'castle' }, /field-format-error/],
    ];
    for (const [fields, pattern] of cases) {
      const res = await create(fields);
      assert.equal(res.statusCode, 400, JSON.stringify(fields).slice(0, 80));
      assert.match(res.body, pattern);
    }
    assert.equal(await countCourses(), before);
  });

  it('gives courses created at once with one title distinct slugs, and non-Latin titles a fallback', async () => {
    const csrf = await editor.csrfFrom('/authoring/courses/new');
    const results = await Promise.all(
      [1, 2, 3].map(() =>
        editor.post('/authoring/courses', { _csrf: csrf, ...valid(), title: 'Race to the slug' }),
      ),
    );
    assert.deepEqual(
      results.map((r) => r.statusCode),
      [303, 303, 303],
    );
    const slugs = await t.deps.db
      .selectFrom('courses')
      .select('slug')
      .where('slug', 'like', 'race-to-the-slug%')
      .orderBy('slug')
      .execute();
    assert.deepEqual(
      slugs.map((x) => x.slug),
      ['race-to-the-slug', 'race-to-the-slug-2', 'race-to-the-slug-3'],
    );
    const arabic = await create({ ...valid(), language: 'ar', title: 'الهجرة والمدن' });
    const id = Number(/(\d+)\?/.exec(arabic.headers.location as string)?.[1]);
    const row = await t.deps.db
      .selectFrom('courses')
      .select('slug')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    assert.match(row.slug, /^course(-\d+)?$/);
  });

  it('makes coordinators choose the owning organisation', async () => {
    const missing = await create(valid(), coordinator);
    assert.equal(missing.statusCode, 400);
    assert.match(missing.body, /organisation that owns the course/);
    const res = await create({ ...valid(), organisation_id: String(otherOrgId) }, coordinator);
    assert.equal(res.statusCode, 303);
    const id = Number(/(\d+)\?/.exec(res.headers.location as string)?.[1]);
    const row = await t.deps.db
      .selectFrom('courses')
      .select('organisation_id')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    assert.equal(row.organisation_id, otherOrgId);
  });

  it('adds a French translation through ?lang=fr and lists the languages', async () => {
    const { id } = await createCourse(t.deps, { organisationId: orgId, createdBy: editorId });
    const form = await editor.get(`/authoring/courses/${id}?lang=fr`);
    assert.equal(form.statusCode, 200);
    assert.match(form.body, /pas encore rédigé|not yet written/);
    const res = await editor.submit(
      `/authoring/courses/${id}?lang=fr`,
      `/authoring/courses/${id}`,
      {
        ...valid(),
        language: 'fr',
        title: 'Accueillir les nouveaux arrivants',
      },
    );
    assert.equal(res.statusCode, 303);
    assert.equal(res.headers.location, `/authoring/courses/${id}?lang=fr&done=saved`);
    const texts = await t.deps.db
      .selectFrom('course_translations')
      .select(['language', 'title'])
      .where('course_id', '=', id)
      .orderBy('language')
      .execute();
    assert.deepEqual(
      texts.map((x) => x.language),
      ['en', 'fr'],
    );
    const bad = await editor.get(`/authoring/courses/${id}?lang=xx`);
    assert.equal(bad.statusCode, 400);
    const badSave = await editor.submit(`/authoring/courses/${id}`, `/authoring/courses/${id}`, {
      ...valid(),
      title: '',
    });
    assert.equal(badSave.statusCode, 400);
  });

  it('credits several partners, the owner always among them', async () => {
    const { id } = await createCourse(t.deps, { organisationId: orgId, createdBy: editorId });
    const url = `/authoring/courses/${id}`;
    const partners = async () =>
      (
        await t.deps.db
          .selectFrom('course_partners')
          .select('organisation_id')
          .where('course_id', '=', id)
          .orderBy('organisation_id')
          .execute()
      ).map((p) => p.organisation_id);
    const res = await editor.submit(url, url, { ...valid(), partner_ids: [String(otherOrgId)] });
    assert.equal(res.statusCode, 303);
    assert.deepEqual(
      await partners(),
      [orgId, otherOrgId].sort((a, b) => a - b),
    );
    const bad = await editor.submit(url, url, { ...valid(), partner_ids: ['99999999'] });
    assert.equal(bad.statusCode, 400);
    assert.match(bad.body, /partners from the list/);
    assert.deepEqual(
      await partners(),
      [orgId, otherOrgId].sort((a, b) => a - b),
    );
    assert.equal((await editor.submit(url, url, valid())).statusCode, 303);
    assert.deepEqual(await partners(), [orgId]);
  });

  it('hides another organisation’s course (404) and refuses changes to it (403)', async () => {
    const { id } = await createCourse(t.deps, { organisationId: orgId, createdBy: editorId });
    assert.equal((await other.get(`/authoring/courses/${id}`)).statusCode, 404);
    const csrf = await other.csrfFrom('/authoring/courses');
    const post = await other.post(`/authoring/courses/${id}`, {
      _csrf: csrf,
      ...valid(),
      title: 'Taken',
    });
    assert.equal(post.statusCode, 403);
    const title = await t.deps.db
      .selectFrom('course_translations')
      .select('title')
      .where('course_id', '=', id)
      .executeTakeFirstOrThrow();
    assert.notEqual(title.title, 'Taken');
    assert.equal((await learner.get(`/authoring/courses/${id}`)).statusCode, 403);
    assert.equal((await learner.get('/authoring/courses')).statusCode, 403);
    const anonymous = await new Client(t.app).get(`/authoring/courses/${id}`);
    assert.equal(anonymous.statusCode, 303);
    assert.match(anonymous.headers.location as string, /^\/sign-in\?next=/);
    assert.equal((await editor.get('/authoring/courses/abc')).statusCode, 404);
    assert.equal((await editor.get('/authoring/courses/99999999')).statusCode, 404);
    assert.equal((await coordinator.get(`/authoring/courses/${id}`)).statusCode, 200);
  });
});
