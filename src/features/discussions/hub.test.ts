import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createCourse } from '../../../test/factories/courses.ts';
import { createThread } from '../../../test/factories/discussions.ts';
import { createOrganisation } from '../../../test/factories/organisations.ts';
import { createRun, enrol } from '../../../test/factories/runs.ts';
import { createThemes } from '../../../test/factories/themes.ts';
import { createTestApp, type TestApp } from '../../../test/support/app.ts';
import { signInNew } from '../../../test/support/sign-in.ts';

// The hub and its search keep to the subjects an official takes part in, coordinators included;
// coordinators are told where the other subjects' discussions are.

describe('discussions hub: scope', () => {
  let t: TestApp;
  let runId: number;
  before(async () => {
    t = await createTestApp();
    await createThemes(t.deps);
    const partner = await createOrganisation(t.deps);
    const learner = await signInNew(t.app, t.deps);
    const course = await createCourse(t.deps, {
      organisationId: partner.id,
      createdBy: learner.official.id,
      status: 'published',
    });
    runId = (await createRun(t.deps, course.id)).id;
    await enrol(t.deps, runId, learner.official.id);
    await createThread(t.deps, {
      subject: { kind: 'run', id: runId },
      authorId: learner.official.id,
      title: 'Welcoming newcomers at the town hall',
    });
  });
  after(() => t.close());

  it('tells learners what the hub and search cover, without the coordinators’ line', async () => {
    const { client } = await signInNew(t.app, t.deps);
    const res = await client.get('/discussions');
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /you take part in, and of the six themes/);
    assert.match(res.body, /the search below looks through these/);
    assert.doesNotMatch(res.body, /As a coordinator/);
  });

  it('tells coordinators they reach other subjects from their pages; search stays as wide', async () => {
    const { client } = await signInNew(t.app, t.deps, { roles: ['coordinator'] });
    const res = await client.get('/discussions');
    assert.match(res.body, /As a coordinator, you reach the discussions of any course/);
    assert.doesNotMatch(res.body, new RegExp(`href="/discussions/run/${runId}"`));
    const found = await client.get('/discussions/search?q=newcomers');
    assert.equal(found.statusCode, 200);
    assert.doesNotMatch(found.body, /Welcoming newcomers/);
    // The run's own discussions stay open to them.
    assert.match((await client.get(`/discussions/run/${runId}`)).body, /Welcoming newcomers/);
  });

  it('translates the coordinators’ line', async () => {
    const { client } = await signInNew(t.app, t.deps, {
      roles: ['coordinator'],
      preferredLanguage: 'fr',
    });
    await client.get('/language/fr?next=/');
    const res = await client.get('/discussions');
    assert.match(res.body, /En tant que coordinateur, vous accédez aux discussions/);
  });
});
