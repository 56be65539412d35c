import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { createTwinning } from '../test/factories/twinnings.ts';
import { expectAccessible } from './support/axe.ts';
import { cityCheckbox, isoDay, seedCityShare } from './support/cityshare.ts';
import { useE2E } from './support/harness.ts';
import { expectFieldError, visit } from './support/page.ts';
import { signInAs } from './support/server.ts';
import { exactly, t } from './support/text.ts';

// From pairing to follow-up: a facilitator pairs a cohort and adjusts it by hand, opens an
// exchange from a group, starts it and turns it into a twinning project with an action plan (one
// mistake on the way); the cities confirm and one submits a check-in; an overdue action of another
// project is flagged on its page and first on the facilitator's dashboard. The journeys run in order.

const PAIRING = 'Call 2027: health and safety';
const EXCHANGE = 'Porto, Curitiba and Durban: health services for newcomers';
const ACTION = 'Interpreters at the health centres';
const OVERDUE = 'Survey of residents’ perceptions';
const SEEDED_PROJECT = 'Płock–Antwerp: public perceptions of migrants';

/** The card of the pairing's group that lists a city. */
function groupOf(page: Page, city: string) {
  return page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { level: 3 }) })
    .filter({ has: page.getByRole('link', { name: exactly(city) }) });
}

describe('twinning: cohort pairing, exchange, twinning project and follow-up', () => {
  const e2e = useE2E(async (server) => {
    const world = await seedCityShare(server, { portoAssessed: true });
    await createTwinning(server.deps, {
      cityIds: [world.cities.Płock.id, world.cities.Antwerp.id],
      facilitatorId: world.facilitator.id,
      title: SEEDED_PROJECT,
      actions: [{ title: OVERDUE, dueOn: isoDay(-10) }, { title: 'A later action' }],
    });
    return world;
  });
  const state: { project?: string } = {};

  it('a facilitator pairs a cohort, moves a city, opens an exchange and turns it into a twinning project', async () => {
    const { facilitator } = e2e.seeded;
    const context = await e2e.browser.newContext();
    await signInAs(e2e.server, context, facilitator);
    const page = await context.newPage();
    await visit(page, '/facilitate/pairings');
    await page.getByRole('link', { name: exactly(t('pairings.list.new')) }).click();
    await page.getByRole('heading', { level: 1, name: t('pairings.new.title') }).waitFor();
    await expectAccessible(page, 'new pairing');
    await page.getByLabel(t('pairings.new.name'), { exact: true }).fill(PAIRING);
    for (const city of ['Porto', 'Curitiba', 'Durban', 'Diourbel'])
      await cityCheckbox(page, city).check();
    await page.getByRole('button', { name: t('pairings.new.submitCities') }).click();
    await page.getByRole('status').getByText(t('pairings.notices.created')).waitFor();
    await page.getByRole('heading', { level: 1, name: PAIRING }).waitFor();
    await page.getByText(t('pairings.show.isOptimum')).waitFor();
    // The best pairing: Porto with Curitiba, Durban with Diourbel.
    const porto = groupOf(page, 'Porto');
    await porto.getByRole('link', { name: exactly('Curitiba') }).waitFor();
    await groupOf(page, 'Durban')
      .getByRole('link', { name: exactly('Diourbel') })
      .waitFor();
    const score = t('pairings.show.groupScore', 'en', { score: '#' }).split('#')[0]!;
    await porto.getByText(new RegExp(`^${score}\\d`)).waitFor();
    await expectAccessible(page, 'pairing');

    // The facilitator knows better: Durban joins Porto and Curitiba.
    const portoGroup = (await porto.getByRole('heading', { level: 3 }).textContent())!.trim();
    await page
      .getByLabel(t('pairings.adjust.city'), { exact: true })
      .selectOption({ label: 'Durban' });
    await page.getByLabel(t('pairings.adjust.toGroup')).selectOption({ label: portoGroup });
    await page.getByRole('button', { name: exactly(t('pairings.adjust.move')) }).click();
    await page.getByRole('status').getByText(t('pairings.notices.moved')).waitFor();
    // Diourbel is left alone: the page no longer compares the total with the best pairing.
    await page.getByText(t('pairings.show.otherShape')).waitFor();
    await groupOf(page, 'Porto')
      .getByRole('link', { name: exactly('Durban') })
      .waitFor();
    assert.equal(await groupOf(page, 'Diourbel').getByRole('link').count(), 1, 'Diourbel alone');

    // From the group, an exchange: the form comes with its cities chosen.
    await groupOf(page, 'Porto')
      .getByRole('link', { name: t('pairings.show.openExchange') })
      .click();
    await page.getByRole('heading', { level: 1, name: t('exchanges.new.title') }).waitFor();
    for (const city of ['Porto', 'Curitiba', 'Durban'])
      assert.equal(await cityCheckbox(page, city).isChecked(), true, city);
    assert.equal(await cityCheckbox(page, 'Diourbel').isChecked(), false);
    await expectAccessible(page, 'new exchange from a pairing');
    await page.getByLabel(t('exchanges.fields.title'), { exact: true }).fill(EXCHANGE);
    await page.getByRole('button', { name: t('exchanges.new.submit') }).click();
    await page.getByRole('status').getByText(t('exchanges.notices.created')).waitFor();
    await page.getByRole('heading', { level: 1, name: EXCHANGE }).waitFor();
    await page.getByRole('button', { name: t('exchanges.show.moveTo.active') }).click();
    await page.getByRole('status').getByText(t('exchanges.notices.status')).waitFor();
    await page.getByText(t('exchanges.status.active'), { exact: true }).first().waitFor();
    await expectAccessible(page, 'active exchange');

    // The twinning form comes with the exchange's title and cities.
    await page.getByRole('link', { name: t('exchanges.show.toTwinning') }).click();
    await page.getByRole('heading', { level: 1, name: t('twinning.new.title') }).waitFor();
    const title = page.getByLabel(t('twinning.fields.title'), { exact: true });
    assert.equal(await title.inputValue(), EXCHANGE);
    for (const city of ['Porto', 'Curitiba', 'Durban'])
      assert.equal(await cityCheckbox(page, city).isChecked(), true, city);
    await expectAccessible(page, 'new twinning project from an exchange');
    await page
      .getByLabel(t('twinning.fields.objectives'), { exact: true })
      .fill('Health services that newcomers understand, in all three cities.');
    await page.getByLabel(t('twinning.fields.startsOn')).fill(isoDay(7));
    await page.getByLabel(t('twinning.fields.endsOn')).fill(isoDay(372));
    await page.getByLabel(t('twinning.fields.checkInEveryMonths')).fill('4');
    await page.getByRole('button', { name: t('twinning.new.submit') }).click();
    await page.getByRole('status').getByText(t('twinning.notices.created')).waitFor();
    await page.getByRole('heading', { level: 1, name: EXCHANGE }).waitFor();
    state.project = new URL(page.url()).pathname;
    await expectAccessible(page, 'twinning project, proposed');

    // An action due before the project starts is refused, with the reason beside the date.
    await page.getByRole('link', { name: exactly(t('twinning.plan.add')) }).click();
    await page.getByRole('heading', { level: 1, name: t('twinning.action.newTitle') }).waitFor();
    const f = (k: string) => page.getByLabel(t(`twinning.action.fields.${k}`), { exact: true });
    await f('title').fill(ACTION);
    await f('ownerCity').selectOption({ label: 'Porto' });
    await f('dueOn').fill(isoDay(1));
    await f('indicator').fill('Consultations with an interpreter per month');
    await f('baseline').fill('12');
    await f('target').fill('80');
    await page.getByRole('button', { name: t('twinning.action.save') }).click();
    await page.getByRole('alert').getByText(t('twinning.errors.dueBeforeStart')).waitFor();
    await expectFieldError(f('dueOn'), t('twinning.errors.dueBeforeStart'));
    assert.equal(await f('title').inputValue(), ACTION);
    await expectAccessible(page, 'action with an error');
    await f('dueOn').fill(isoDay(60));
    await page.getByRole('button', { name: t('twinning.action.save') }).click();
    await page.getByRole('status').getByText(t('twinning.notices.actionSaved')).waitFor();
    await page.getByRole('row').filter({ hasText: ACTION }).waitFor();
  });

  it('the cities confirm, a city submits a check-in, and an overdue action is flagged', async () => {
    const { coordinators, facilitator } = e2e.seeded;
    assert.ok(state.project, 'the first journey created the project');
    for (const city of ['Porto', 'Curitiba', 'Durban'] as const) {
      const context = await e2e.browser.newContext();
      await signInAs(e2e.server, context, coordinators[city]);
      const page = await context.newPage();
      await visit(page, state.project);
      await page
        .getByRole('button', { name: t('twinning.cities.confirm', 'en', { city }) })
        .click();
      await page.getByRole('status').getByText(t('twinning.notices.confirmed')).waitFor();
      if (city === 'Durban') {
        await page.getByText(t('twinning.status.active'), { exact: true }).first().waitFor();
        await expectAccessible(page, 'twinning project, confirmed');
      }
      await context.close();
    }

    // Porto's coordinator reports on the first check-in, with the indicator's new value.
    const context = await e2e.browser.newContext({ width: 360 });
    await signInAs(e2e.server, context, coordinators.Porto);
    const page = await context.newPage();
    await visit(page, state.project);
    const checkIns = t('twinning.followUp.checkIns', 'en', { done: '\u0000', total: '' });
    await page.getByRole('link', { name: new RegExp(`^${checkIns.split('\u0000')[0]}`) }).click();
    await page.getByRole('heading', { level: 1, name: t('follow-up.checkIns.title') }).waitFor();
    await expectAccessible(page, 'check-ins (360 px)');
    await page
      .getByRole('link', { name: t('follow-up.checkIns.report') })
      .first()
      .click();
    await page.getByLabel(t('follow-up.checkIn.city')).selectOption({ label: 'Porto' });
    await page
      .getByLabel(t('follow-up.checkIn.progress'))
      .fill('Interpreters now work in two of the five health centres.');
    await page.getByLabel(ACTION).fill('31');
    await expectAccessible(page, 'check-in form (360 px)');
    await page.getByRole('button', { name: t('follow-up.checkIn.submit') }).click();
    await page.getByRole('status').getByText(t('follow-up.notices.checkInSubmitted')).waitFor();
    const stored = await e2e.server.deps.db
      .selectFrom('twinning_actions')
      .select('current_value')
      .where('title', '=', ACTION)
      .executeTakeFirstOrThrow();
    assert.equal(Number(stored.current_value), 31);

    // The facilitator: the seeded project's overdue action on its page, and first on the dashboard.
    const facilitation = await e2e.browser.newContext();
    await signInAs(e2e.server, facilitation, facilitator);
    const desk = await facilitation.newPage();
    await visit(desk, '/facilitate/cityshare');
    await desk.getByRole('heading', { level: 1, name: t('follow-up.dashboard.title') }).waitFor();
    const firstLate = desk.getByRole('table').first().getByRole('row').nth(1);
    const overdue = t('follow-up.dashboard.overdueAction', 'en', { title: OVERDUE, city: 'Płock' });
    const firstText = (await firstLate.textContent()) ?? '';
    assert.ok(firstText.includes(overdue), `first late item: ${firstText}`);
    await expectAccessible(desk, 'facilitator dashboard');
    await firstLate.getByRole('link', { name: SEEDED_PROJECT }).click();
    await desk.getByRole('heading', { level: 1, name: SEEDED_PROJECT }).waitFor();
    const row = desk.getByRole('row').filter({ hasText: OVERDUE });
    await row.getByText(t('twinning.plan.overdue'), { exact: true }).waitFor();
    assert.equal(
      await desk
        .getByRole('row')
        .filter({ hasText: 'A later action' })
        .getByText(t('twinning.plan.overdue'), { exact: true })
        .count(),
      0,
    );
    await expectAccessible(desk, 'twinning project with an overdue action');
  });
});
