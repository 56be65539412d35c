import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { PDFDocument } from 'pdf-lib';
import { createCityCoordinator } from '../../../test/factories/cityshare.ts';
import { multipart, smallPdf } from '../../../test/factories/files.ts';
import { createOfficial } from '../../../test/factories/officials.ts';
import { createCity } from '../../../test/factories/organisations.ts';
import { createTwinning } from '../../../test/factories/twinnings.ts';
import { Client, createTestApp, type TestApp } from '../../../test/support/app.ts';
import { signIn, signInNew } from '../../../test/support/sign-in.ts';

// The action plan (actions, milestones), its CSV and PDF exports, documents and the public summary.

function isoDay(offsetDays: number): string {
  return new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);
}

describe('action plan', () => {
  let t: TestApp;
  let coordinator: Client;
  let slug: string;
  let page: string;
  let antwerp: number;
  let plock: number;
  let plockMember: number;

  const action = (over: Record<string, string> = {}) => ({
    title: 'Campaign "Neighbours"',
    description: 'Posters and radio.',
    owner_city: String(plock),
    owner_user: String(plockMember),
    due_on: isoDay(30),
    status: 'in_progress',
    cost_amount: '12000',
    cost_currency: 'eur',
    funding_source: 'City budget',
    indicator: 'Residents with a positive view (%)',
    baseline: '41',
    target: '55',
    current_value: '44.5',
    risks: '=cmd() elections',
    ...over,
  });

  before(async () => {
    t = await createTestApp();
    antwerp = (await createCity(t.deps)).id;
    plock = (await createCity(t.deps, { name: 'Płock', country: 'PL' })).id;
    plockMember = (await createOfficial(t.deps, { name: 'Ewa Nowak', organisationId: plock })).id;
    const official = await createCityCoordinator(t.deps, antwerp);
    coordinator = await signIn(t.app, official);
    const facilitator = await createOfficial(t.deps, { roles: ['facilitator'] });
    const project = await createTwinning(t.deps, {
      title: 'Antwerp–Płock: اللاجئون 难民',
      cityIds: [antwerp, plock],
      facilitatorId: facilitator.id,
      actions: [{ title: 'Late survey', dueOn: isoDay(-5), status: 'planned' }],
      checkInsDue: [isoDay(-1)],
    });
    slug = project.slug;
    page = `/twinnings/${slug}`;
  });
  after(() => t.close());

  it('refuses an action due before the project starts or owned by another city', async () => {
    let res = await coordinator.submit(
      `${page}/actions/new`,
      `${page}/actions`,
      action({ due_on: isoDay(-100) }),
    );
    assert.equal(res.statusCode, 400);
    assert.match(res.body, /The due date must not be before the project starts\./);
    assert.match(res.body, /Campaign &#34;Neighbours&#34;/, 'input kept');
    res = await coordinator.submit(
      `${page}/actions/new`,
      `${page}/actions`,
      action({ owner_city: '999999' }),
    );
    assert.equal(res.statusCode, 400);
    res = await coordinator.submit(
      `${page}/actions/new`,
      `${page}/actions`,
      action({ owner_city: String(antwerp) }),
    );
    assert.equal(res.statusCode, 400, 'the person is not a member of Antwerp');
    assert.match(res.body, /Choose a member of the owning city, or no one\./);
    res = await coordinator.submit(
      `${page}/actions/new`,
      `${page}/actions`,
      action({ cost_currency: 'XYZ' }),
    );
    assert.equal(res.statusCode, 400);
  });

  it('adds and edits actions; the page flags the overdue one on the plan and the timeline', async () => {
    const res = await coordinator.submit(`${page}/actions/new`, `${page}/actions`, action());
    assert.equal(res.statusCode, 303);
    const view = await coordinator.get(page);
    assert.match(view.body, /Campaign &#34;Neighbours&#34;/);
    assert.match(view.body, /Płock — Ewa Nowak/);
    assert.match(view.body, /badge badge-alert">Overdue/);
    assert.match(view.body, /aria-current="date"/);
    const row = await t.deps.db
      .selectFrom('twinning_actions')
      .select(['id', 'cost_currency'])
      .where('title', '=', 'Late survey')
      .executeTakeFirstOrThrow();
    const edit = await coordinator.submit(
      `${page}/actions/${row.id}/edit`,
      `${page}/actions/${row.id}`,
      action({ title: 'Late survey', status: 'done', due_on: isoDay(-5) }),
    );
    assert.equal(edit.statusCode, 303);
    assert.doesNotMatch((await coordinator.get(page)).body, /badge badge-alert">Overdue/);
  });

  it('adds a milestone and marks it reached', async () => {
    let res = await coordinator.submit(`${page}/milestones/new`, `${page}/milestones`, {
      title: 'Joint conference',
      due_on: 'not a date',
      reached_on: '',
    });
    assert.equal(res.statusCode, 400);
    res = await coordinator.submit(`${page}/milestones/new`, `${page}/milestones`, {
      title: 'Joint conference',
      due_on: isoDay(10),
      reached_on: '',
    });
    assert.equal(res.statusCode, 303);
    assert.match((await coordinator.get(page)).body, /Joint conference/);
  });

  it('exports the plan as spreadsheet-safe CSV', async () => {
    const res = await coordinator.get(`${page}/action-plan.csv`);
    assert.equal(res.statusCode, 200);
    assert.match(res.headers['content-type'] as string, /^text\/csv/);
    assert.match(res.headers['content-disposition'] as string, /attachment/);
    const lines = res.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    assert.equal(lines.length, 3);
    assert.match(lines[0]!, /^#,Action,Description,Owning city/);
    assert.match(lines[2]!, /"Campaign ""Neighbours"""/);
    assert.match(lines[2]!, /Ewa Nowak/);
    assert.match(lines[2]!, /,12000,EUR,City budget,/);
    assert.match(lines[2]!, /,'=cmd\(\) elections$/, 'formula neutralised');
  });

  it('exports the plan as a PDF that pdf-lib can read, in any script', async () => {
    for (const lang of ['en', 'ar', 'ru', 'zh']) {
      // A signed-in official's language comes from the language cookie, then their profile.
      coordinator.cookies.set('lphm_lang', lang);
      const res = await coordinator.get(`${page}/action-plan.pdf`);
      assert.equal(res.statusCode, 200);
      assert.equal(res.headers['content-type'], 'application/pdf');
      assert.equal(res.rawPayload.subarray(0, 5).toString(), '%PDF-');
      const doc = await PDFDocument.load(res.rawPayload);
      assert.equal(doc.getPageCount(), 1);
    }
    coordinator.cookies.delete('lphm_lang');
  });

  it('shows the project and its forms in all six languages', async () => {
    for (const lang of ['en', 'fr', 'es', 'ar', 'ru', 'zh']) {
      // A signed-in official's language comes from the language cookie, then their profile.
      coordinator.cookies.set('lphm_lang', lang);
      for (const url of [page, `${page}/actions/new`, `${page}/milestones/new`, '/twinnings'])
        assert.equal((await coordinator.get(url)).statusCode, 200, `${url} in ${lang}`);
      const res = await coordinator.get(page);
      assert.match(
        res.body,
        new RegExp(`<html lang="${lang}" dir="${lang === 'ar' ? 'rtl' : 'ltr'}"`),
      );
    }
    coordinator.cookies.delete('lphm_lang');
  });

  it('stores documents for those who change the project and serves them to members', async () => {
    const csrf = await coordinator.csrfFrom(`${page}/documents`);
    const body = multipart(
      [
        ['_csrf', csrf],
        ['title', 'Survey results'],
      ],
      {
        filename: 'survey.pdf',
        contentType: 'application/pdf',
        content: smallPdf('Survey'),
      },
    );
    const res = await t.app.inject({
      method: 'POST',
      url: `${page}/documents`,
      payload: body.payload,
      headers: {
        ...body.headers,
        cookie: [...coordinator.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
      },
    });
    assert.equal(res.statusCode, 303);
    const doc = await t.deps.db
      .selectFrom('twinning_documents')
      .select('id')
      .executeTakeFirstOrThrow();
    const { client: member } = await signInNew(t.app, t.deps, { organisationId: plock });
    const download = await member.get(`${page}/documents/${doc.id}`);
    assert.equal(download.statusCode, 200);
    assert.equal(download.headers['content-type'], 'application/pdf');
    const del = await member.submit(`${page}/documents`, `${page}/documents/${doc.id}/delete`, {});
    assert.equal(del.statusCode, 403);
  });

  it('publishes the summary only when every city agrees', async () => {
    const summary = `${page}/summary`;
    const visitor = new Client(t.app);
    const { client: facilitator } = await signInNew(t.app, t.deps, { roles: ['coordinator'] });
    let res = await facilitator.submit(page, summary, {
      public_summary: 'Two cities changed minds.',
    });
    assert.equal(res.statusCode, 303);
    res = await coordinator.submit(page, `${page}/publish`, { city: String(antwerp), agree: '1' });
    assert.equal(res.statusCode, 303);
    assert.equal((await visitor.get(summary)).statusCode, 404);
    assert.match((await coordinator.get(summary)).body, /Preview: this summary is not public yet/);
    const plockCoordinator = await createCityCoordinator(t.deps, plock);
    const p = await signIn(t.app, plockCoordinator);
    await p.submit(page, `${page}/publish`, { city: String(plock), agree: '1' });
    res = await visitor.get(summary);
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /Two cities changed minds\./);
    assert.doesNotMatch(res.body, /Preview/);
  });
});
