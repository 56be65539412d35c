import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { insertPairing } from '../src/features/cityshare/pairings.queries.ts';
import { LANGUAGE_COOKIE } from '../src/web/context.ts';
import { LANGUAGES, type Language } from '../src/web/i18n.ts';
import { createAssessment, createCityCoordinator } from '../test/factories/cityshare.ts';
import { createExchange } from '../test/factories/exchanges.ts';
import { createCity } from '../test/factories/organisations.ts';
import { createPractice } from '../test/factories/practices.ts';
import { createThemes } from '../test/factories/themes.ts';
import { createTwinning } from '../test/factories/twinnings.ts';
import { expectAccessible } from './support/axe.ts';
import type { VisitorOptions } from './support/browser.ts';
import { useE2E } from './support/harness.ts';
import { languageProblems } from './support/pages-in-languages.ts';
import { documentLanguage, expectNoHorizontalScroll, focused, visit } from './support/page.ts';
import { signInAs } from './support/server.ts';
import { exactly, keysIn, t, untranslated } from './support/text.ts';

// Every GET page of CityShare and twinning (issue 5) in the six languages, at 360 px, with axe;
// the main forms sent by a browser without JavaScript; the self-assessment and check-in forms by
// keyboard. One official sees them all: a facilitator who is also a coordinator of Antwerp (so
// the city's edit pages and the support form are theirs) and facilitates the exchange and project.

const day = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

describe('CityShare and twinning pages: six languages, 360 px, no JavaScript, keyboard', () => {
  const e2e = useE2E(async (server) => {
    const { deps } = server;
    await createThemes(deps);
    const antwerp = await createCity(deps, { name: 'Antwerp', languages: ['nl', 'fr'] });
    const plock = await createCity(deps, { name: 'Płock', country: 'PL', languages: ['pl', 'fr'] });
    const lyon = await createCity(deps, { name: 'Lyon', country: 'FR', languages: ['fr'] });
    const official = await createCityCoordinator(deps, antwerp.id, {
      name: 'Fatima Janssens',
      roles: ['facilitator'],
    });
    const assessment = await createAssessment(deps, antwerp.id, {
      strengths: '431200',
      needs: '012340',
      priorities: 'Housing for newcomers.',
      evidence: 'Annual report.',
      createdBy: official.id,
    });
    await createAssessment(deps, plock.id, { strengths: '013420', needs: '420013' });
    await createAssessment(deps, lyon.id, { strengths: '204310', needs: '310024' });
    const practice = await createPractice(deps, {
      organisationId: antwerp.id,
      title: 'One welcome desk',
      createdBy: official.id,
    });
    const pairing = await insertPairing(
      deps.db,
      {
        title: 'Spring cohort pairing',
        runId: null,
        createdBy: official.id,
        requestKey: 'e2e-cityshare-pages-pairing-0001',
        cities: [antwerp.id, plock.id, lyon.id].map((id) => ({ id, group: 1 })),
      },
      new Date().toISOString(),
    );
    const exchange = await createExchange(deps, {
      cityIds: [antwerp.id, plock.id],
      facilitatorId: official.id,
      participantIds: [official.id],
      title: 'Antwerp and Płock on housing',
      status: 'active',
      meetings: [{ title: 'Kick-off call', heldOn: day(-20) }],
      actions: [{ title: 'Share the housing survey', organisationId: antwerp.id, dueOn: day(20) }],
      notes: [{ authorId: official.id, body: 'We met on Tuesday.' }],
    });
    const twinning = await createTwinning(deps, {
      title: 'Welcoming neighbourhoods',
      cityIds: [antwerp.id, plock.id],
      facilitatorId: official.id,
      actions: [
        {
          title: 'Neighbourhood survey',
          indicator: 'Households reached',
          baseline: 0,
          target: 500,
        },
      ],
      milestones: [{ title: 'Mid-term conference', dueOn: day(60) }],
      // One check-in the language sweep only looks at, one for no JavaScript, one for the keyboard.
      checkInsDue: [day(10), day(20), day(30)],
    });
    const milestone = await deps.db
      .selectFrom('twinning_milestones')
      .select('id')
      .where('twinning_id', '=', twinning.id)
      .executeTakeFirstOrThrow();
    const checkIns = await deps.db
      .selectFrom('check_ins')
      .select('id')
      .where('twinning_id', '=', twinning.id)
      .orderBy('due_on')
      .execute();
    const now = new Date().toISOString();
    const support = await deps.db
      .insertInto('support_requests')
      .values({
        twinning_id: twinning.id,
        organisation_id: antwerp.id,
        kind: 'expertise',
        title: 'Survey design',
        body: 'Help us design a survey.',
        status: 'open',
        created_by: official.id,
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const p = `/twinnings/${twinning.slug}`;
    const pages: Array<[string, string]> = [
      ['landing', '/cityshare'],
      ['about suggestions', '/cityshare/about-suggestions'],
      ['city profile', `/cities/${antwerp.slug}/profile`],
      ['city coordinators', `/cities/${antwerp.slug}/coordinators`],
      ['city assessment', `/cities/${antwerp.slug}/assessment`],
      ['one assessment', `/cities/${antwerp.slug}/assessment/${assessment}`],
      ['assessment form', `/cities/${antwerp.slug}/assessment/edit`],
      ['city suggestions', `/cities/${antwerp.slug}/suggestions`],
      ['practices', '/practices'],
      ['practice', `/practices/${practice.slug}`],
      ['new practice', '/practices/new'],
      ['practice edit', `/practices/${practice.slug}/edit`],
      ['practice documents', `/practices/${practice.slug}/documents`],
      ['pairings', '/facilitate/pairings'],
      ['new pairing', '/facilitate/pairings/new'],
      ['pairing', `/facilitate/pairings/${pairing}`],
      ['exchanges', '/exchanges'],
      ['exchange', `/exchanges/${exchange.slug}`],
      ['new exchange', '/exchanges/new'],
      ['twinnings', '/twinnings'],
      ['new project', '/twinnings/new'],
      ['project', p],
      ['project summary', `${p}/summary`],
      ['project documents', `${p}/documents`],
      ['action form', `${p}/actions/new`],
      ['action edit', `${p}/actions/${twinning.actionIds[0]}/edit`],
      ['milestone form', `${p}/milestones/new`],
      ['milestone edit', `${p}/milestones/${milestone.id}/edit`],
      ['check-ins', `${p}/check-ins`],
      ['check-in form', `${p}/check-ins/${checkIns[0]!.id}`],
      ['support list', `${p}/support`],
      ['support new', `${p}/support/new`],
      ['support request', `${p}/support/${support.id}`],
      ['dashboard', '/facilitate/cityshare'],
    ];
    const done = (url: string, keys: string[]) => keys.map((k) => `${url}?done=${k}`);
    const notices = [
      ...done(`/cities/${antwerp.slug}/assessment`, ['saved']),
      ...done(`/cities/${antwerp.slug}/coordinators`, ['added', 'removed']),
      ...done(`/practices/${practice.slug}`, [
        'created',
        'exists',
        'unchanged',
        'updated',
        'published',
        'unpublished',
      ]),
      ...done(`/practices/${practice.slug}/documents`, ['uploaded', 'unchanged', 'deleted']),
      ...done(`/facilitate/pairings/${pairing}`, ['created', 'moved', 'swapped', 'recomputed']),
      ...done(`/exchanges/${exchange.slug}`, [
        'created',
        'unchanged',
        'status',
        'meeting',
        'action',
        'participant',
        'removed',
        'note',
        'document',
        'documentUnchanged',
      ]),
      ...done(p, [
        'created',
        'existing',
        'confirmed',
        'alreadyConfirmed',
        'status',
        'consent',
        'summary',
        'actionSaved',
        'actionDeleted',
        'milestoneSaved',
      ]),
      ...done(`${p}/documents`, ['uploaded', 'unchanged', 'deleted']),
      ...done(`${p}/check-ins/${checkIns[0]!.id}`, ['submitted', 'already']),
      ...done(`${p}/support/${support.id}`, ['asked', 'already', 'answered', 'replied']),
    ];
    // The forms sent empty (or with every choice cleared; the city profile, whose fields are all
    // optional, with a population that is no number): each must answer 400 with its errors.
    const forms: Array<[string, string, Record<string, string>?]> = [
      ['city profile', `/cities/${antwerp.slug}/profile`, { population: 'many' }],
      ['assessment form', `/cities/${antwerp.slug}/assessment/edit`],
      ['new practice', '/practices/new'],
      ['practice edit', `/practices/${practice.slug}/edit`],
      ['new pairing', '/facilitate/pairings/new'],
      ['new exchange', '/exchanges/new'],
      ['new project', '/twinnings/new'],
      ['action form', `${p}/actions/new`],
      ['milestone form', `${p}/milestones/new`],
      ['check-in form', `${p}/check-ins/${checkIns[0]!.id}`],
      ['support new', `${p}/support/new`],
    ];
    return {
      notices,
      forms,
      official,
      antwerp,
      plock,
      twinning,
      checkIns: checkIns.map((c) => c.id),
      pages,
    };
  });

  /** A signed-in context for the official, its interface in `lang` (the language cookie). */
  async function visitor(lang: Language, options: VisitorOptions = {}): Promise<BrowserContext> {
    const context = await e2e.browser.newContext({ ...options, lang });
    await context.addCookies([{ name: LANGUAGE_COOKIE, value: lang, url: e2e.server.baseURL }]);
    await signInAs(e2e.server, context, e2e.seeded.official);
    return context;
  }

  for (const lang of LANGUAGES) {
    describe(`in ${lang}`, () => {
      let page: Page;
      before(async () => {
        page = await (await visitor(lang)).newPage();
      });

      it(`every page answers 200 in ${lang}, with lang/dir set and no key text`, async () => {
        const problems: string[] = [];
        for (const [name, url] of e2e.seeded.pages)
          problems.push(...(await languageProblems(page, lang, name, url)));
        assert.deepEqual(problems, [], `problems in ${lang}:\n${problems.join('\n')}`);
      });

      it(`every one-time notice shows translated in ${lang}`, async () => {
        // Fetched without rendering (the notice is plain server-rendered text): many addresses.
        const problems: string[] = [];
        for (const url of e2e.seeded.notices) {
          const response = await page.request.get(url);
          const html = await response.text();
          if (response.status() !== 200) problems.push(`${url}: status ${response.status()}`);
          else if (!/<p class="notice" role="status"/.test(html))
            problems.push(`${url}: no notice`);
          const text = html
            .replace(/<(script|style)\b[\s\S]*?<\/\1>/g, '')
            .replace(/<[^>]*>/g, ' ');
          const keys = keysIn(text);
          if (keys.length > 0) problems.push(`${url}: untranslated ${keys.join(', ')}`);
        }
        assert.deepEqual(problems, [], `problems in ${lang}:\n${problems.join('\n')}`);
      });

      it(`every form sent empty answers 400 with translated errors in ${lang}`, async () => {
        const problems: string[] = [];
        for (const [name, url, bad = {}] of e2e.seeded.forms) {
          await visit(page, url);
          const form = page.locator('main form[method="post"]').first();
          await form.evaluate((f: HTMLFormElement, bad: Record<string, string>) => {
            f.noValidate = true;
            for (const el of f.querySelectorAll('input, textarea, select')) {
              if (el instanceof HTMLSelectElement) el.selectedIndex = el.options[0]?.value ? -1 : 0;
              else if (el instanceof HTMLTextAreaElement) el.value = '';
              else if (el instanceof HTMLInputElement && ['checkbox', 'radio'].includes(el.type))
                el.checked = false;
              else if (el instanceof HTMLInputElement && !['hidden', 'submit'].includes(el.type))
                el.value = '';
            }
            for (const [field, value] of Object.entries(bad))
              (f.elements.namedItem(field) as HTMLInputElement).value = value;
          }, bad);
          const [response] = await Promise.all([
            page.waitForResponse((r) => r.request().method() === 'POST'),
            form.locator('button[type="submit"]').first().click(),
          ]);
          await page.waitForLoadState();
          if (response.status() !== 400) {
            problems.push(`${name} ${url}: POST answered ${response.status()}`);
            continue;
          }
          const { lang: htmlLang } = await documentLanguage(page);
          if (htmlLang !== lang) problems.push(`${name}: <html lang="${htmlLang}">`);
          if ((await page.locator('.error-summary, .error').count()) === 0)
            problems.push(`${name}: no error shown`);
          const keys = await untranslated(page);
          if (keys.length > 0) problems.push(`${name}: untranslated ${keys.join(', ')}`);
        }
        assert.deepEqual(problems, [], `problems in ${lang}:\n${problems.join('\n')}`);
      });
    });
  }

  for (const lang of LANGUAGES) {
    it(`no page scrolls sideways at 360 px in ${lang}`, async () => {
      const page = await (await visitor(lang, { width: 360 })).newPage();
      const problems: string[] = [];
      for (const [name, url] of e2e.seeded.pages) {
        await visit(page, url);
        try {
          await expectNoHorizontalScroll(page);
        } catch (err) {
          problems.push(`${name}: ${(err as Error).message}`);
        }
      }
      assert.deepEqual(problems, [], problems.join('\n'));
    });
  }

  /** Runs axe on each page; the problems found, one message per page. */
  async function axeProblems(pages: Array<[string, string]>): Promise<string[]> {
    const page = await (await visitor('en')).newPage();
    const problems: string[] = [];
    for (const [name, url] of pages) {
      await visit(page, url);
      try {
        await expectAccessible(page, name);
      } catch (err) {
        problems.push((err as Error).message);
      }
    }
    return problems;
  }

  it('every page passes axe in English', async () => {
    const problems = await axeProblems(e2e.seeded.pages);
    assert.deepEqual(problems, [], problems.join('\n'));
  });

  /** Pages given a ?done= that is no notice of theirs (names of Object's own properties). */
  async function oddNoticeProblems(urls: string[]): Promise<string[]> {
    const page = await (await visitor('en')).newPage();
    const problems: string[] = [];
    for (const base of new Set(urls.map((u) => u.replace(/\?.*/, '')))) {
      for (const done of ['toString', '__proto__', 'constructor', 'nope']) {
        const response = await page.request.get(`${base}?done=${done}`);
        if (response.status() !== 200) problems.push(`${base}?done=${done}: ${response.status()}`);
        else if (/role="status"/.test(await response.text()))
          problems.push(`${base}?done=${done}: shows a notice`);
      }
    }
    return problems;
  }

  it('a made-up ?done= shows no notice and no error', async () => {
    const problems = await oddNoticeProblems(e2e.seeded.notices);
    assert.deepEqual(problems, [], problems.join('\n'));
  });

  describe('without JavaScript', () => {
    let page: Page;
    before(async () => {
      page = await (await visitor('en', { javaScript: false })).newPage();
    });

    it('the self-assessment form saves and the assessment page shows', async () => {
      const { antwerp } = e2e.seeded;
      await visit(page, `/cities/${antwerp.slug}/assessment/edit`);
      await page.locator('textarea[name="priorities"]').fill('Schools and housing first.');
      await page.getByRole('button', { name: exactly(t('cities.assessment.save')) }).click();
      await page.waitForURL((u) => u.pathname === `/cities/${antwerp.slug}/assessment`);
      await page.getByRole('status').waitFor();
      await page.getByText('Schools and housing first.').waitFor();
    });

    it('a new good practice is created and its page shows', async () => {
      await visit(page, '/practices/new');
      await page
        .getByLabel(t('practices.fields.title'), { exact: true })
        .fill('Night buses for shift workers');
      await page.locator('select[name="theme"]').selectOption({ index: 1 });
      await page
        .getByLabel(t('practices.fields.problem'), { exact: true })
        .fill('No bus after midnight.');
      await page.getByRole('button', { name: t('practices.form.create') }).click();
      await page.waitForURL(/\/practices\/night-buses/);
      await page
        .getByRole('heading', { level: 1, name: 'Night buses for shift workers' })
        .waitFor();
      await page.getByRole('status').waitFor();
    });

    it('a new exchange is created and its page shows', async () => {
      await visit(page, '/exchanges/new');
      await page
        .getByLabel(t('exchanges.fields.title'), { exact: true })
        .fill('Antwerp and Lyon on schools');
      await page.getByRole('checkbox', { name: 'Antwerp' }).check();
      await page.getByRole('checkbox', { name: 'Lyon' }).check();
      await page.locator('input[name="themes"]').first().check();
      await page.getByRole('button', { name: t('exchanges.new.submit') }).click();
      await page.waitForURL(/\/exchanges\/(?!new)[^/?]+\?done=created/);
      await page.getByRole('heading', { level: 1, name: 'Antwerp and Lyon on schools' }).waitFor();
      await page.getByRole('status').waitFor();
    });

    it('a twinning action is added and shows in the project plan', async () => {
      const { twinning, plock } = e2e.seeded;
      await visit(page, `/twinnings/${twinning.slug}/actions/new`);
      await page
        .getByLabel(t('twinning.action.fields.title'), { exact: true })
        .fill('Translate the welcome guide');
      await page.locator('select[name="owner_city"]').selectOption(String(plock.id));
      await page.locator('input[name="due_on"]').fill(day(40));
      await page.getByRole('button', { name: t('twinning.action.save') }).click();
      await page.waitForURL((u) => u.pathname === `/twinnings/${twinning.slug}`);
      await page.getByText('Translate the welcome guide').first().waitFor();
      await page.getByRole('status').waitFor();
    });

    it('a check-in is reported and its report shows', async () => {
      const { twinning, antwerp, checkIns } = e2e.seeded;
      const url = `/twinnings/${twinning.slug}/check-ins/${checkIns[1]}`;
      await visit(page, url);
      await page.locator('select[name="city"]').selectOption(String(antwerp.id));
      await page
        .getByLabel(t('follow-up.checkIn.progress'), { exact: true })
        .fill('Survey sent to 300 homes.');
      await page.getByRole('button', { name: t('follow-up.checkIn.submit') }).click();
      await page.waitForURL((u) => u.pathname === url && u.searchParams.has('done'));
      await page.getByText('Survey sent to 300 homes.').waitFor();
      await page.getByRole('status').waitFor();
    });
  });

  describe('by keyboard', () => {
    /**
     * Tabs from the top of the page to the submit button, noting the form fields reached (by
     * name; a radio group is one stop), and asserts each of the form's fields was among them.
     */
    async function tabThroughForm(
      page: Page,
      submit: string,
      onField: Record<string, () => Promise<void>> = {},
    ): Promise<void> {
      const names = await page.$$eval(
        'main form.stack :is(input:not([type=hidden]), select, textarea)',
        (els) => [...new Set(els.map((e) => e.getAttribute('name') ?? ''))],
      );
      const reached = new Set<string>();
      let atSubmit = false;
      for (let i = 0; i < 200 && !atSubmit; i++) {
        await page.keyboard.press('Tab');
        const el = await focused(page);
        atSubmit = el.tag === 'button' && el.text === submit;
        const name = await page.evaluate(() => document.activeElement?.getAttribute('name') ?? '');
        if (name && !reached.has(name)) {
          reached.add(name);
          await onField[name]?.();
        }
      }
      assert.ok(atSubmit, `Tab reaches the "${submit}" button`);
      assert.deepEqual(
        names.filter((n) => !reached.has(n)),
        [],
        'fields Tab did not reach',
      );
    }

    it('Tab reaches every field of the self-assessment and Enter saves it', async () => {
      const { antwerp } = e2e.seeded;
      const page = await (await visitor('en')).newPage();
      await visit(page, `/cities/${antwerp.slug}/assessment/edit`);
      await tabThroughForm(page, t('cities.assessment.save'), {
        // An arrow key moves the choice within a radio group.
        'strength_social-cohesion': () => page.keyboard.press('ArrowRight'),
        priorities: () => page.keyboard.type(' Typed by keyboard.'),
      });
      await page.keyboard.press('Enter');
      await page.waitForURL((u) => u.pathname === `/cities/${antwerp.slug}/assessment`);
      await page.getByRole('status').waitFor();
      await page.getByText('Typed by keyboard.').waitFor();
    });

    it('Tab reaches every field of a check-in and Space sends it', async () => {
      const { twinning, checkIns } = e2e.seeded;
      const page = await (await visitor('en')).newPage();
      const url = `/twinnings/${twinning.slug}/check-ins/${checkIns[2]}`;
      await visit(page, url);
      await tabThroughForm(page, t('follow-up.checkIn.submit'), {
        city: () => page.keyboard.press('ArrowDown'),
        progress: () => page.keyboard.type('Guide translated.'),
      });
      await page.keyboard.press('Space');
      await page.waitForURL((u) => u.pathname === url && u.searchParams.has('done'));
      await page.getByText('Guide translated.').waitFor();
    });
  });
});
