import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createAssessment, createCityCoordinator } from '../../../test/factories/cityshare.ts';
import { createOfficial } from '../../../test/factories/officials.ts';
import { createCity } from '../../../test/factories/organisations.ts';
import { createThemes } from '../../../test/factories/themes.ts';
import { loadActor } from '../../../test/support/actors.ts';
import { Client, createTestApp, type TestApp } from '../../../test/support/app.ts';
import { signIn, signInNew } from '../../../test/support/sign-in.ts';
import { saveAssessment } from './assessment-save.service.ts';
import type { AssessmentInput } from './assessment.schema.ts';
import { getAssessmentPage, visibleAssessment } from './assessment.service.ts';
import { THEME_SLUGS } from './complementarity.ts';

/** A full form: the same strength and need on every theme unless told otherwise. */
function formOf(
  strength: string,
  need: string,
  extra: Record<string, string> = {},
): Record<string, string> {
  const out: Record<string, string> = { priorities: 'Reception of newcomers', ...extra };
  for (const s of THEME_SLUGS) {
    out[`strength_${s}`] ??= strength;
    out[`need_${s}`] ??= need;
    out[`evidence_${s}`] = `Evidence for ${s}`;
  }
  return { ...out, ...extra };
}

function inputOf(strength: number, need: number, basedOn: number | null): AssessmentInput {
  const levels = {} as AssessmentInput['levels'];
  for (const s of THEME_SLUGS) levels[s] = { strength, need, evidence: '' };
  return { levels, priorities: '', isPrivate: false, basedOn };
}

describe('city self-assessment', () => {
  let t: TestApp;
  let city: Awaited<ReturnType<typeof createCity>>;
  let other: Awaited<ReturnType<typeof createCity>>;
  let coordinator: Awaited<ReturnType<typeof createCityCoordinator>>;
  let client: Client;

  const count = async (cityId: number) =>
    (
      await t.deps.db
        .selectFrom('assessments')
        .select(['id', 'is_current'])
        .where('organisation_id', '=', cityId)
        .execute()
    ).map((r) => Number(r.is_current));

  /** The current assessment the form is based on, as the page gives it. */
  const basedOnFrom = async (url: string) =>
    /name="based_on" value="(\d*)"/.exec((await client.get(url)).body)![1]!;

  before(async () => {
    t = await createTestApp();
    await createThemes(t.deps);
    city = await createCity(t.deps, { name: 'Antwerp' });
    other = await createCity(t.deps, { name: 'Diourbel', country: 'SN' });
    coordinator = await createCityCoordinator(t.deps, city.id, { name: 'Koen Coordinator' });
    client = await signIn(t.app, coordinator);
  });
  after(() => t.close());

  it('offers each level described in words and saves a dated assessment', async () => {
    const url = `/cities/${city.slug}/assessment/edit`;
    const form = await client.get(url);
    assert.equal(form.statusCode, 200);
    assert.match(form.body, /0 – Nothing in place/);
    assert.match(form.body, /4 – Recognised practice that others learn from/);
    assert.match(form.body, /4 – Urgent priority/);
    assert.match(form.body, /<legend>Strength in Education and youth development<\/legend>/i);
    const res = await client.submit(url, url, formOf('3', '1'));
    assert.equal(res.statusCode, 303);
    assert.equal(res.headers.location, `/cities/${city.slug}/assessment?done=saved`);
    const page = await new Client(t.app).get(`/cities/${city.slug}/assessment`);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /3 – An established policy with results/);
    assert.match(page.body, /1 – Minor need: could be improved/);
    assert.match(page.body, /Evidence for human-security/);
    assert.match(page.body, /Reception of newcomers/);
    assert.match(page.body, /by Koen Coordinator/);
    assert.deepEqual(await count(city.id), [1]);
    // The form starts from the current assessment.
    const again = await client.get(url);
    assert.match(again.body, /name="strength_human-security" value="3" checked/);
  });

  it('refuses levels outside 0–4 or missing, naming the theme, and saves nothing', async () => {
    const url = `/cities/${city.slug}/assessment/edit`;
    const before = await count(city.id);
    const bad = formOf('2', '2', { 'strength_social-cohesion': '5', 'need_human-security': '-1' });
    delete bad['strength_economic-development'];
    const res = await client.submit(url, url, bad);
    assert.equal(res.statusCode, 400);
    assert.match(res.body, /Social cohesion[^<]*: Choose a strength level from 0 to 4/i);
    assert.match(res.body, /Human security[^<]*: Choose a need level from 0 to 4/i);
    assert.match(res.body, /Choose a strength level\./);
    assert.match(res.body, /Evidence for public-services-health/); // input kept
    assert.deepEqual(await count(city.id), before);
    client.cookies.set('lphm_lang', 'es');
    const es = await client.submit(url, url, bad);
    client.cookies.delete('lphm_lang');
    assert.equal(es.statusCode, 400);
    assert.match(es.body, /lang="es"/);
    assert.doesNotMatch(es.body, /Choose a strength level/);
  });

  it('refuses members of another city (403) and sends visitors to sign in', async () => {
    const url = `/cities/${city.slug}/assessment/edit`;
    const { client: stranger } = await signInNew(t.app, t.deps, { organisationId: other.id });
    assert.equal((await stranger.get(url)).statusCode, 403);
    const csrf = await stranger.csrfFrom('/');
    const post = await stranger.post(url, { _csrf: csrf, ...formOf('4', '4') });
    assert.equal(post.statusCode, 403);
    const anon = await new Client(t.app).get(url);
    assert.equal(anon.statusCode, 303);
    assert.match(String(anon.headers.location), /^\/sign-in\?next=/);
    assert.deepEqual(await count(city.id), [1]);
  });

  it('keeps the history and shows what changed after a second save', async () => {
    const url = `/cities/${city.slug}/assessment/edit`;
    const res = await client.submit(
      url,
      url,
      formOf('3', '1', {
        'strength_education-youth': '4',
        'need_human-security': '3',
        based_on: await basedOnFrom(url),
      }),
    );
    assert.equal(res.statusCode, 303);
    assert.deepEqual((await count(city.id)).sort(), [0, 1]);
    const page = await new Client(t.app).get(`/cities/${city.slug}/assessment`);
    assert.match(page.body, /Education and youth development: strength 3 → 4/i);
    assert.match(page.body, /Human security: need 1 → 3/i);
    assert.match(page.body, /First assessment/);
    const result = await getAssessmentPage(t.deps, null, 'en', city.slug);
    const earlier = result.history[1]!;
    const old = await new Client(t.app).get(`/cities/${city.slug}/assessment/${earlier.id}`);
    assert.equal(old.statusCode, 200);
    assert.match(old.body, /This is an earlier assessment/);
    const unknown = await new Client(t.app).get(`/cities/${other.slug}/assessment/${earlier.id}`);
    assert.equal(unknown.statusCode, 404);
  });

  it('makes a double submission one assessment, with no error', async () => {
    const url = `/cities/${city.slug}/assessment/edit`;
    const csrf = await client.csrfFrom(url);
    const basedOn = await basedOnFrom(url);
    const before = (await count(city.id)).length;
    const answers = await Promise.all(
      [1, 2].map(() =>
        client.post(url, { _csrf: csrf, ...formOf('2', '2', { based_on: basedOn }) }),
      ),
    );
    assert.deepEqual(
      answers.map((a) => a.statusCode),
      [303, 303],
    );
    const rows = await count(city.id);
    assert.equal(rows.length, before + 1);
    assert.equal(rows.filter((c) => c === 1).length, 1);
  });

  it('makes two first saves at once one current assessment', async () => {
    const fresh = await createCity(t.deps, { name: 'Durban' });
    const who = await createCityCoordinator(t.deps, fresh.id);
    const actor = await loadActor(t.deps, who.id);
    const results = await Promise.allSettled(
      [1, 2, 3].map(() => saveAssessment(t.deps, actor, fresh.slug, inputOf(1, 2, null))),
    );
    assert.deepEqual(
      results.map((r) => r.status),
      ['fulfilled', 'fulfilled', 'fulfilled'],
    );
    assert.deepEqual(await count(fresh.id), [1]);
    // A colleague's save that came first is not overwritten silently.
    const colleague = await loadActor(t.deps, (await createCityCoordinator(t.deps, fresh.id)).id);
    await assert.rejects(
      saveAssessment(t.deps, colleague, fresh.slug, inputOf(4, 4, null)),
      /CONFLICT/,
    );
  });

  it('shows a private assessment only to members, facilitators and programme coordinators', async () => {
    const hidden = await createCity(t.deps, { name: 'Plock' });
    await createAssessment(t.deps, hidden.id, {
      strengths: '432100',
      needs: '001234',
      isPrivate: true,
      priorities: 'Secret priorities',
    });
    const urls = [`/cities/${hidden.slug}/assessment`, `/organisations/${hidden.slug}`];
    const { client: stranger, official: strangerOfficial } = await signInNew(t.app, t.deps, {
      organisationId: other.id,
    });
    for (const viewer of [new Client(t.app), stranger])
      for (const url of urls) {
        const res = await viewer.get(url);
        assert.equal(res.statusCode, 200);
        assert.match(res.body, /keeps its self-assessment private to facilitators/);
        assert.doesNotMatch(res.body, /Recognised practice|Urgent priority|Secret priorities/);
      }
    const member = await createOfficial(t.deps, { organisationId: hidden.id });
    const { official: facilitator } = await signInNew(t.app, t.deps, { roles: ['facilitator'] });
    for (const official of [member, facilitator]) {
      const res = await (await signIn(t.app, official)).get(urls[0]!);
      assert.match(res.body, /Recognised practice/);
      assert.match(res.body, /Private to facilitators/);
    }
    assert.equal(await visibleAssessment(t.deps, null, hidden.id), null);
    const strangerActor = await loadActor(t.deps, strangerOfficial.id);
    assert.equal(await visibleAssessment(t.deps, strangerActor, hidden.id), null);
    const seen = await visibleAssessment(
      t.deps,
      await loadActor(t.deps, facilitator.id),
      hidden.id,
    );
    assert.deepEqual(seen?.themes['social-cohesion'], { strength: 4, need: 0 });
    const open = await visibleAssessment(t.deps, null, city.id);
    assert.equal(open?.isPrivate, false);
  });

  it('says what to do next when a city has no assessment yet', async () => {
    const empty = await createCity(t.deps, { name: 'Curitiba', country: 'BR' });
    const page = await new Client(t.app).get(`/organisations/${empty.slug}`);
    assert.match(page.body, /No self-assessment yet/);
    assert.doesNotMatch(page.body, /assessment\/edit/);
    const { client: boss } = await signInNew(t.app, t.deps, { roles: ['coordinator'] });
    const mine = await boss.get(`/organisations/${empty.slug}`);
    assert.match(mine.body, new RegExp(`href="/cities/${empty.slug}/assessment/edit"`));
    assert.match(mine.body, new RegExp(`href="/cities/${empty.slug}/suggestions"`));
  });
});
