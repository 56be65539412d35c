import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createAssessment } from '../../../test/factories/cityshare.ts';
import { createCourse } from '../../../test/factories/courses.ts';
import { createOfficial } from '../../../test/factories/officials.ts';
import { createCity, createOrganisation } from '../../../test/factories/organisations.ts';
import { createRun, enrol } from '../../../test/factories/runs.ts';
import { Client, createTestApp, type TestApp } from '../../../test/support/app.ts';
import { signInNew } from '../../../test/support/sign-in.ts';
import { greedyPairing, pairCohort } from './pairing.ts';
import { candidatesOf } from './candidates.service.ts';

// Cohort pairing by facilitators: from chosen cities or a run, the optimum with its groups and
// totals, adjustments by hand, recompute, double submission, and who may do it.

const LEVELS: Array<[string, string, string]> = [
  ['Accra', '403000', '030400'],
  ['Bogotá', '030400', '400300'],
  ['Cebu', '000043', '340000'],
  ['Dakar', '340000', '000043'],
  ['Essen', '120012', '001230'],
];

describe('cohort pairings', () => {
  let t: TestApp;
  let facilitator: Client;
  const ids: Record<string, number> = {};

  before(async () => {
    t = await createTestApp();
    for (const [name, strengths, needs] of LEVELS) {
      ids[name] = (await createCity(t.deps, { name, languages: ['en'] })).id;
      await createAssessment(t.deps, ids[name]!, { strengths, needs });
    }
    ids.Faro = (await createCity(t.deps, { name: 'Faro', languages: ['pt'] })).id;
    facilitator = (await signInNew(t.app, t.deps, { roles: ['facilitator'] })).client;
  });
  after(() => t.close());

  async function create(client: Client, fields: Record<string, string | string[]>) {
    const page = await client.get('/facilitate/pairings/new');
    const key = /name="key" value="([^"]+)"/.exec(page.body)![1]!;
    return client.submit('/facilitate/pairings/new', '/facilitate/pairings', { key, ...fields });
  }
  const cityIds = () => Object.values(ids).map(String);
  const count = async () =>
    Number(
      (
        await t.deps.db
          .selectFrom('pairings')
          .select((e) => e.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('pairs chosen cities for the highest total, a group of three for an odd number', async () => {
    const res = await create(facilitator, {
      source: 'cities',
      call_title: 'Call 2026',
      cities: cityIds(),
    });
    assert.equal(res.statusCode, 303);
    const page = await facilitator.get(res.headers.location as string);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /The pairing was made/);
    const profiles = [...(await candidatesOf(t.deps, Object.values(ids))).values()];
    const best = pairCohort(profiles);
    const greedy = greedyPairing(profiles);
    assert.ok(best.ok && greedy.ok);
    assert.equal(best.groups.length, 2);
    assert.ok(page.body.includes(`Total score of this pairing: ${best.total}.`));
    assert.ok(page.body.includes(`The best possible for these cities: ${best.total}`));
    assert.ok(page.body.includes(`would give ${greedy.total}.`));
    assert.match(page.body, /This is the best pairing/);
    assert.match(page.body, /Not placed[\s\S]*Faro/);
    assert.match(
      page.body,
      /href="\/exchanges\/new\?cities=\d+,\d+(,\d+)?&amp;themes=|href="\/exchanges\/new\?cities=\d+,\d+(,\d+)?&themes=/,
    );
    assert.match(page.body, /is strong in/);
  });

  it('makes one pairing of a double submission', async () => {
    const before = await count();
    const page = await facilitator.get('/facilitate/pairings/new');
    const key = /name="key" value="([^"]+)"/.exec(page.body)![1]!;
    const csrf = /name="_csrf" value="([^"]+)"/.exec(page.body)![1]!;
    const fields = { _csrf: csrf, key, source: 'cities', call_title: 'Twice', cities: cityIds() };
    const [a, b] = await Promise.all([
      facilitator.post('/facilitate/pairings', fields),
      facilitator.post('/facilitate/pairings', fields),
    ]);
    assert.equal(a.statusCode, 303);
    assert.equal(b.statusCode, 303);
    assert.equal(a.headers.location, b.headers.location);
    assert.equal(await count(), before + 1);
  });

  it('moves and swaps cities by hand, and recompute restores the optimum', async () => {
    const res = await create(facilitator, {
      source: 'cities',
      call_title: 'Adjust',
      cities: cityIds(),
    });
    const url = (res.headers.location as string).replace(/\?.*/, '');
    const first = await facilitator.get(url);
    // Accra and Bogotá complement each other best; swapping Accra with Cebu keeps the shape.
    const swapped = await facilitator.submit(url, `${url}/swap`, {
      first: String(ids.Cebu),
      second: String(ids.Accra),
    });
    assert.equal(swapped.statusCode, 303);
    assert.match((await facilitator.get(url)).body, /scores below the best/);
    // A city alone in a new group: other groups than pairs and one three, not comparable.
    const moved = await facilitator.submit(url, `${url}/move`, {
      city: String(ids.Accra),
      group: 'new',
    });
    assert.equal(moved.statusCode, 303);
    const after = await facilitator.get(moved.headers.location as string);
    assert.match(after.body, /The city was moved/);
    assert.match(after.body, /cannot be compared with the best pairing/);
    const recomputed = await facilitator.submit(url, `${url}/recompute`, {});
    assert.equal(recomputed.statusCode, 303);
    const restored = await facilitator.get(url);
    assert.match(restored.body, /This is the best pairing/);
    const groupsOf = (html: string) =>
      html.slice(html.indexOf('id="groups-title"'), html.indexOf('id="not-placed-title"'));
    assert.equal(groupsOf(restored.body), groupsOf(first.body));
  });

  it('refuses bad adjustments and bad forms with 400, changing nothing', async () => {
    const res = await create(facilitator, {
      source: 'cities',
      call_title: 'Bad',
      cities: cityIds(),
    });
    const url = (res.headers.location as string).replace(/\?.*/, '');
    const cases: Array<[string, Record<string, string>, RegExp]> = [
      [
        'move',
        { city: String(ids.Faro), group: '1' },
        /Choose a city of this pairing that has a self-assessment/,
      ],
      ['move', { city: String(ids.Accra), group: '99' }, /Choose a group of this pairing/],
      ['move', { city: 'x', group: '1' }, /Choose a city of this pairing/],
      [
        'swap',
        { first: String(ids.Accra), second: String(ids.Accra) },
        /Choose two different cities/,
      ],
    ];
    for (const [action, fields, message] of cases) {
      const r = await facilitator.submit(url, `${url}/${action}`, fields);
      assert.equal(r.statusCode, 400, `${action} ${JSON.stringify(fields)}`);
      assert.match(r.body, message);
    }
    assert.match((await facilitator.get(url)).body, /This is the best pairing/);
    const one = await create(facilitator, {
      source: 'cities',
      call_title: 'One',
      cities: [String(ids.Accra)],
    });
    assert.equal(one.statusCode, 400);
    assert.match(one.body, /Choose at least two cities/);
    const unplaceable = await create(facilitator, {
      source: 'cities',
      call_title: 'Few',
      cities: [String(ids.Accra), String(ids.Faro)],
    });
    assert.equal(unplaceable.statusCode, 400);
    assert.match(unplaceable.body, /At least two of these cities need a self-assessment/);
    assert.match(unplaceable.body, /value="[^"]*" checked/);
    const noTitle = await create(facilitator, {
      source: 'cities',
      call_title: '',
      cities: cityIds(),
    });
    assert.equal(noTitle.statusCode, 400);
    const unknown = await create(facilitator, {
      source: 'cities',
      call_title: 'X',
      cities: ['999999', String(ids.Accra)],
    });
    assert.equal(unknown.statusCode, 400);
    assert.equal((await facilitator.get('/facilitate/pairings/999999')).statusCode, 404);
    assert.equal((await facilitator.get('/facilitate/pairings/abc')).statusCode, 404);
  });

  it('pairs the cities of a run its facilitator runs; others may not', async () => {
    const partner = await createOrganisation(t.deps, { name: 'Course partner', isPartner: true });
    const runFacilitator = await signInNew(t.app, t.deps, { roles: ['facilitator'] });
    const course = await createCourse(t.deps, {
      organisationId: partner.id,
      createdBy: runFacilitator.official.id,
      status: 'published',
      modules: [1],
    });
    const run = await createRun(t.deps, course.id, {
      facilitatorIds: [runFacilitator.official.id],
    });
    for (const name of ['Accra', 'Bogotá', 'Cebu', 'Faro', 'Accra']) {
      const learner = await createOfficial(t.deps, { organisationId: ids[name]! });
      await enrol(t.deps, run.id, learner.id);
    }
    const res = await create(runFacilitator.client, {
      source: 'run',
      run_title: 'Run 2026',
      run: String(run.id),
    });
    assert.equal(res.statusCode, 303);
    const page = await runFacilitator.client.get(res.headers.location as string);
    assert.match(page.body, /Group 1/);
    assert.doesNotMatch(page.body, /Group 2/); // three placed cities: one group of three
    assert.match(page.body, new RegExp(`run=${run.id}`));
    assert.match(page.body, /Not placed[\s\S]*Faro/);
    const other = await create(facilitator, {
      source: 'run',
      run_title: 'Not mine',
      run: String(run.id),
    });
    assert.equal(other.statusCode, 403);
  });

  it('is for facilitators and coordinators only', async () => {
    const learner = (await signInNew(t.app, t.deps, {})).client;
    assert.equal((await learner.get('/facilitate/pairings')).statusCode, 403);
    assert.equal((await learner.get('/facilitate/pairings/new')).statusCode, 403);
    const anon = await new Client(t.app).get('/facilitate/pairings');
    assert.equal(anon.statusCode, 303);
    const coordinator = (await signInNew(t.app, t.deps, { roles: ['coordinator'] })).client;
    const list = await coordinator.get('/facilitate/pairings');
    assert.equal(list.statusCode, 200);
    assert.match(list.body, /Call 2026/);
  });
});
