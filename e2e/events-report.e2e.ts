import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { seedDemo } from '../src/db/seed/seed.ts';
import { LANGUAGES } from '../src/web/i18n.ts';
import { createOfficial } from '../test/factories/officials.ts';
import { expectAccessible } from './support/axe.ts';
import { download } from './support/events.ts';
import { useE2E } from './support/harness.ts';
import { documentLanguage, expectNoHorizontalScroll, visit } from './support/page.ts';
import { signInAs } from './support/server.ts';
import { exactly, t } from './support/text.ts';

// The record of what was delivered, on the demo data: a coordinator opens "Learning events
// delivered in 2013" from the calendar and downloads its CSV; a visitor sees the summary only;
// the demo's event pages and the report in every language, on a small phone.

const RED_STAR_LINE = 'Study visit: the Red Star Line Museum';
const EXPERT_MEETING = 'expert-meeting-antwerp-2012';

describe('events: the yearly report on the demo data', () => {
  const e2e = useE2E(async (server) => {
    assert.ok(await seedDemo(server.deps), 'the demo data loads into an empty database');
    const coordinator = await createOfficial(server.deps, {
      name: 'Sofia Coordinator',
      roles: ['coordinator'],
    });
    return { coordinator };
  });

  it('a coordinator opens the 2013 report from the calendar and downloads its CSV', async () => {
    const context = await e2e.browser.newContext();
    await signInAs(e2e.server, context, e2e.seeded.coordinator);
    const page = await context.newPage();
    await visit(page, '/events');
    await page.getByRole('link', { name: exactly(t('reports.index.title')) }).click();
    await page.getByRole('heading', { level: 1, name: t('reports.index.title') }).waitFor();
    await expectAccessible(page, 'report years');
    const title = t('reports.year.title', 'en', { year: 2013 });
    await page.getByRole('link', { name: title }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.getByRole('heading', { level: 2, name: t('reports.eventListHeading') }).waitFor();
    await page.getByRole('rowheader', { name: RED_STAR_LINE }).waitFor();
    // The charts are drawn on the server, each with its data as a table.
    assert.ok((await page.locator('svg').count()) > 0, 'the report has charts');
    await expectAccessible(page, 'report 2013');

    const csv = await download(page, page.getByRole('link', { name: t('reports.downloadCsv') }));
    assert.match(csv.contentType, /^text\/csv/);
    const lines = csv.body
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .split('\r\n');
    assert.equal(
      lines[0],
      [t('reports.csv.section'), t('reports.csv.item'), t('reports.csv.value')].join(','),
    );
    assert.ok(
      lines.some((l) => l.includes(`,${RED_STAR_LINE},`)),
      'the CSV lists the study visit',
    );
  });

  it('a visitor sees the 2013 summary without the events by name', async () => {
    const page = await e2e.browser.newPage();
    await visit(page, '/reports/events/2013');
    await page
      .getByRole('heading', { level: 1, name: t('reports.year.title', 'en', { year: 2013 }) })
      .waitFor();
    await page.getByRole('heading', { level: 2, name: t('reports.summary') }).waitFor();
    assert.equal(
      await page.getByRole('heading', { name: t('reports.eventListHeading') }).count(),
      0,
    );
    await expectAccessible(page, 'report 2013, visitor');
  });

  it('the demo’s event page, calendar and report work in every language on a small phone', async () => {
    for (const lang of LANGUAGES) {
      const page = await e2e.browser.newPage({ lang, width: 360 });
      await visit(page, `/events/${EXPERT_MEETING}`);
      assert.deepEqual(await documentLanguage(page), {
        lang,
        dir: lang === 'ar' ? 'rtl' : 'ltr',
      });
      await page
        .getByRole('heading', { level: 2, name: exactly(t('events.page.registration', lang)) })
        .waitFor();
      await expectNoHorizontalScroll(page);
      await expectAccessible(page, `expert meeting (${lang}, 360 px)`);
      await visit(page, '/events?when=past');
      await page
        .getByRole('heading', { level: 1, name: t('events.calendar.pastTitle', lang) })
        .waitFor();
      await expectNoHorizontalScroll(page);
      await expectAccessible(page, `past events (${lang}, 360 px)`);
      await visit(page, '/reports/events/2013');
      await expectNoHorizontalScroll(page);
      await expectAccessible(page, `report 2013 (${lang}, 360 px)`);
      await page.close();
    }
  });
});
