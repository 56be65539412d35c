import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createAssignmentRun } from '../../../test/factories/assignments.ts';
import { createOfficial } from '../../../test/factories/officials.ts';
import { createOrganisation } from '../../../test/factories/organisations.ts';
import { createTestApp, type TestApp } from '../../../test/support/app.ts';
import { signIn } from '../../../test/support/sign-in.ts';
import { selectAssignment } from './assignments.queries.ts';

// The editors of a course set up its assignment lessons; nobody else does.

describe('assignment settings', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp();
  });
  after(() => t.close());

  const valid = {
    accepts_text: '1',
    accepts_file: '1',
    deadline: '2031-06-30T17:00',
    max_score: '20',
    pass_mark: '12',
    max_file_mb: '5',
  };

  it('shows the defaults, saves the settings, and the learner sees the deadline', async () => {
    const a = await createAssignmentRun(t.deps);
    const editor = await signIn(t.app, a.editor);
    const url = `/authoring/lessons/${a.lessonId}/assignment`;
    const page = await editor.get(url);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /name="max_score"[^>]*value="100"/);
    const res = await editor.submit(url, url, valid);
    assert.equal(res.statusCode, 303);
    assert.equal(res.headers.location, `${url}?done=saved`);
    assert.deepEqual(await selectAssignment(t.deps.db, a.lessonId), {
      acceptsText: true,
      acceptsFile: true,
      deadlineAt: '2031-06-30T17:00:00.000Z',
      maxScore: 20,
      passMark: 12,
      maxFileBytes: 5 * 1024 * 1024,
    });
    assert.match((await editor.get(`${url}?done=saved`)).body, /settings were saved/);
    const learner = await signIn(t.app, a.learner);
    const shown = await learner.get(`/learn/${a.runId}/assignment/${a.lessonId}`);
    assert.match(shown.body, /30 juin 2031/);
    assert.match(shown.body, /12 sur 20/);
  });

  it('re-renders the form with its errors and the input kept (400)', async () => {
    const a = await createAssignmentRun(t.deps);
    const editor = await signIn(t.app, a.editor);
    const url = `/authoring/lessons/${a.lessonId}/assignment`;
    const res = await editor.submit(url, url, {
      ...valid,
      accepts_text: '',
      accepts_file: '',
      pass_mark: '30',
      max_file_mb: '5000',
      deadline: 'tomorrow',
    });
    assert.equal(res.statusCode, 400);
    assert.match(res.body, /Accept a written answer, a file, or both/);
    assert.match(res.body, /The pass mark must be/);
    assert.match(res.body, /The largest file must be/);
    assert.match(res.body, /Enter the deadline as a date and time/);
    assert.match(res.body, /name="pass_mark"[^>]*value="30"/);
    assert.equal(await selectAssignment(t.deps.db, a.lessonId), undefined);
  });

  it('is for the course’s editors only, and for assignment lessons only', async () => {
    const a = await createAssignmentRun(t.deps);
    const url = `/authoring/lessons/${a.lessonId}/assignment`;
    const org = await createOrganisation(t.deps, { kind: 'ngo', isPartner: true });
    const otherEditor = await signIn(
      t.app,
      await createOfficial(t.deps, {
        roles: ['partner_editor'],
        organisationId: org.id,
        partnerOrganisationId: org.id,
      }),
    );
    assert.equal((await otherEditor.get(url)).statusCode, 404);
    const csrf = await otherEditor.csrfFrom('/');
    assert.equal((await otherEditor.post(url, { _csrf: csrf, ...valid })).statusCode, 403);
    const learner = await signIn(t.app, a.learner);
    assert.equal((await learner.get(url)).statusCode, 403);
    const editor = await signIn(t.app, a.editor);
    const text = `/authoring/lessons/${a.textLessonId}/assignment`;
    assert.equal((await editor.get(text)).statusCode, 404);
    assert.equal((await editor.get('/authoring/lessons/99999/assignment')).statusCode, 404);
    const coordinator = await signIn(
      t.app,
      await createOfficial(t.deps, { roles: ['coordinator'] }),
    );
    assert.equal((await coordinator.get(url)).statusCode, 200);
  });
});
