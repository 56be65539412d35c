import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createCourse } from '../../../test/factories/courses.ts';
import { createEvent } from '../../../test/factories/events.ts';
import { createOrganisation } from '../../../test/factories/organisations.ts';
import { createRun, enrol } from '../../../test/factories/runs.ts';
import { createTestApp, type Client, type TestApp } from '../../../test/support/app.ts';
import { signInNew } from '../../../test/support/sign-in.ts';

describe('live sessions of a run', () => {
  let t: TestApp;
  let learner: Client;
  let editor: Client;
  let runId: number;
  let courseSlug: string;

  before(async () => {
    t = await createTestApp();
    const org = await createOrganisation(t.deps, { isPartner: true });
    const e = await signInNew(t.app, t.deps, {
      roles: ['partner_editor'],
      partnerOrganisationId: org.id,
    });
    editor = e.client;
    const course = await createCourse(t.deps, {
      organisationId: org.id,
      createdBy: e.official.id,
      status: 'published',
      modules: [1],
    });
    courseSlug = course.slug;
    runId = (await createRun(t.deps, course.id)).id;
    const l = await signInNew(t.app, t.deps);
    learner = l.client;
    await enrol(t.deps, runId, l.official.id);
    await createEvent(t.deps, {
      organisationId: org.id,
      kind: 'live_session',
      runId,
      title: 'Opening webinar with the cohort',
    });
    await createEvent(t.deps, {
      organisationId: org.id,
      kind: 'live_session',
      runId,
      status: 'draft',
      title: 'Draft session nobody sees',
    });
  });
  after(() => t.close());

  it('lists the published sessions on the learner’s course home, not the drafts', async () => {
    const home = await learner.get(`/learn/${runId}`);
    assert.equal(home.statusCode, 200);
    assert.match(home.body, /Live sessions of this run/);
    assert.match(home.body, /Opening webinar with the cohort/);
    assert.doesNotMatch(home.body, /Draft session nobody sees/);
  });

  it('lists them on the run editor, with a way to plan another', async () => {
    const page = await editor.get(`/authoring/runs/${runId}`);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /Opening webinar with the cohort/);
    assert.match(page.body, /href="\/authoring\/events\/new"/);
  });

  it('lists them under their run on the public course page, linking to each event', async () => {
    const page = await t.app.inject({ url: `/courses/${courseSlug}` });
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /Live sessions/);
    assert.match(page.body, /href="\/events\/[^"]+"[^>]*>Opening webinar with the cohort/);
    assert.doesNotMatch(page.body, /Draft session nobody sees/);
  });
});
