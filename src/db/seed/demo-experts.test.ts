import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestDatabase, type TestDatabase } from '../../../test/support/database.ts';
import { seedDemo } from './seed.ts';

const SECTORS = [
  'community_leader',
  'academic',
  'civil_society',
  'policy_maker',
  'international_organisation',
  'city_practitioner',
];

describe('the demo experts after seeding', () => {
  let db: TestDatabase;
  before(async () => {
    db = await createTestDatabase();
    await seedDemo(db.deps);
  });
  after(() => db.close());

  const experts = () =>
    db.deps.db
      .selectFrom('experts as x')
      .innerJoin('users as u', 'u.id', 'x.user_id')
      .select(['x.id', 'x.sector', 'x.status', 'x.country', 'x.languages', 'x.is_demo'])
      .select(['x.search_text', 'u.email', 'u.is_demo as user_is_demo'])
      .execute();

  it('lists 15 approved demo profiles across the six sectors, and one waiting for approval', async () => {
    const rows = await experts();
    const approved = rows.filter((x) => x.status === 'approved');
    assert.equal(approved.length, 15);
    assert.deepEqual(rows.filter((x) => x.status === 'pending').length, 1);
    assert.ok(rows.every((x) => Number(x.is_demo) === 1 && Number(x.user_is_demo) === 1));
    assert.ok(rows.every((x) => x.email.endsWith('@demo.lphm.example') && x.search_text !== ''));
    assert.deepEqual(new Set(approved.map((x) => x.sector)), new Set(SECTORS));
    assert.ok(new Set(approved.map((x) => x.country)).size >= 10);
    const languages = new Set(approved.flatMap((x) => JSON.parse(x.languages) as string[]));
    for (const lang of ['en', 'fr', 'es', 'ar', 'ru', 'zh']) assert.ok(languages.has(lang), lang);
  });

  it('gives every expert themes, and all six themes to the directory', async () => {
    const rows = await db.deps.db
      .selectFrom('expert_themes')
      .select(['expert_id', 'theme_id'])
      .execute();
    assert.equal(new Set(rows.map((r) => r.theme_id)).size, 6);
    for (const x of await experts()) assert.ok(rows.some((r) => r.expert_id === x.id));
  });

  it('makes demo learners experts: Pieter Claes approved, Thandiwe Mkhize pending', async () => {
    const rows = await experts();
    const status = (email: string) => rows.find((x) => x.email === email)?.status;
    assert.equal(status('learner.antwerp@demo.lphm.example'), 'approved');
    assert.equal(status('learner.durban@demo.lphm.example'), 'pending');
  });

  it('has one expert speak at a demo event', async () => {
    const rows = await db.deps.db
      .selectFrom('event_people as p')
      .innerJoin('experts as x', 'x.user_id', 'p.user_id')
      .innerJoin('events as e', 'e.id', 'p.event_id')
      .select(['e.slug', 'e.is_demo'])
      .where('p.role', '=', 'speaker')
      .execute();
    assert.equal(rows.length, 1);
    assert.equal(Number(rows[0]!.is_demo), 1);
  });

  it('leaves Pieter Claes an invitation from the demo facilitator to answer', async () => {
    const rows = await db.deps.db
      .selectFrom('expert_invitations as i')
      .innerJoin('experts as x', 'x.id', 'i.expert_id')
      .innerJoin('users as u', 'u.id', 'x.user_id')
      .innerJoin('users as f', 'f.id', 'i.invited_by')
      .select(['u.email', 'f.email as inviter', 'i.status', 'i.subject_type'])
      .execute();
    assert.deepEqual(rows, [
      {
        email: 'learner.antwerp@demo.lphm.example',
        inviter: 'facilitator@demo.lphm.example',
        status: 'pending',
        subject_type: 'event',
      },
    ]);
  });

  it('adds no expert when the seed runs again', async () => {
    const count = (await experts()).length;
    assert.equal(await seedDemo(db.deps), null);
    assert.equal((await experts()).length, count);
  });
});
