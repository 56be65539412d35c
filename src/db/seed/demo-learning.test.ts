import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestApp, type TestApp } from '../../../test/support/app.ts';
import { signIn } from '../../../test/support/sign-in.ts';
import { DEMO_PASSWORD } from './demo-officials.ts';
import { seedDemo } from './seed.ts';

describe('demo learning', () => {
  let t: TestApp;
  const enrolmentsOf = (email: string) =>
    t.deps.db
      .selectFrom('enrolments as e')
      .innerJoin('users as u', 'u.id', 'e.user_id')
      .innerJoin('runs as r', 'r.id', 'e.run_id')
      .leftJoin('certificates as c', 'c.enrolment_id', 'e.id')
      .where('u.email', '=', email)
      .select(['e.id', 'e.status', 'r.starts_on', 'r.is_demo', 'c.code'])
      .orderBy('e.id')
      .execute();

  before(async () => {
    t = await createTestApp();
    await seedDemo(t.deps);
  });
  after(() => t.close());

  it('has the Antwerp run of May 2013 with participants from four cities', async () => {
    const participants = await t.deps.db
      .selectFrom('enrolments as e')
      .innerJoin('runs as r', 'r.id', 'e.run_id')
      .innerJoin('users as u', 'u.id', 'e.user_id')
      .innerJoin('organisations as o', 'o.id', 'u.organisation_id')
      .where('r.starts_on', '=', '2013-05-15')
      .select(['o.slug', 'r.is_demo'])
      .execute();
    assert.deepEqual(participants.map((p) => p.slug).sort(), [
      'antwerp',
      'diourbel',
      'durban',
      'plock',
    ]);
    assert.ok(participants.every((p) => Number(p.is_demo) === 1));
  });

  it('has a learner with a certificate that verifies, and one part-way through a course', async () => {
    const [durban] = await enrolmentsOf('learner.durban@demo.lphm.example');
    assert.equal(durban?.status, 'completed');
    assert.ok(durban?.code);
    const verified = await t.app.inject({ url: `/certificates/${durban.code}` });
    assert.equal(verified.statusCode, 200);
    assert.match(verified.body, /Thandiwe Mkhize/);

    const awa = await enrolmentsOf('learner@demo.lphm.example');
    assert.deepEqual(
      awa.map((e) => e.status),
      ['enrolled', 'enrolled'],
    );
    const client = await signIn(t.app, {
      email: 'learner@demo.lphm.example',
      password: DEMO_PASSWORD,
    });
    const dashboard = await client.get('/learning');
    assert.equal(dashboard.statusCode, 200);
    assert.match(dashboard.body, /<progress/);
  });
});
