import { createTwinning } from '../../../test/factories/twinnings.ts';
import type { Deps } from '../../deps.ts';
import {
  markCheckInSubmitted,
  recordIndicatorValues,
  selectCheckIns,
} from '../../features/twinning/check-ins.queries.ts';
import {
  insertSupportMessage,
  insertSupportRequest,
  updateSupportStatus,
} from '../../features/twinning/support.queries.ts';

// The demo twinning project, invented and marked as demo: Antwerp and Płock on public perceptions
// of migrants, born of the 2013 exchange, supported by IOM, with an action plan whose training
// action is overdue, the first check-in done and a request for funding advice being answered.

type Ids = ReadonlyMap<string, number>;

/** A calendar date `months` months and `days` days from `from` (UTC), as YYYY-MM-DD. */
function shift(from: Date, months: number, days = 0): string {
  const d = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth() + months, 1));
  d.setUTCDate(Math.min(from.getUTCDate(), 28) + days);
  return d.toISOString().slice(0, 10);
}

/** The Antwerp–Płock project; its dates follow the day the demo is loaded. */
export async function loadDemoTwinning(
  deps: Deps,
  organisationIds: Ids,
  userIds: Ids,
  exchangeId: number,
): Promise<void> {
  const org = (slug: string) => organisationIds.get(slug)!;
  const user = (email: string) => userIds.get(email)!;
  const now = new Date();
  // Dates follow the day the demo is loaded, so the project is always under way.
  const startsOn = shift(now, -6);
  const antwerp = org('antwerp');
  const plock = org('plock');
  const twinning = await createTwinning(deps, {
    slug: 'demo-antwerp-plock-public-perceptions',
    title: 'Antwerp–Płock: public perceptions of migrants (demo)',
    objectives:
      'Płock adapts Antwerp’s approach to communicating about migration: a city-wide campaign, training for front-desk staff and a newcomers’ guide, with a survey of residents before and after.',
    status: 'active',
    startsOn,
    endsOn: shift(now, 12),
    facilitatorId: user('facilitator@demo.lphm.example'),
    exchangeId,
    partnerIds: [org('iom')],
    cityIds: [antwerp, plock],
    isDemo: true,
    checkInsDue: [shift(now, -3), shift(now, 0, 10), shift(now, 3), shift(now, 6), shift(now, 9)],
    milestones: [
      {
        title: 'Baseline survey of residents published',
        dueOn: shift(now, -4),
        reachedOn: shift(now, -4, 3),
      },
      { title: 'Campaign launched in Płock', dueOn: shift(now, 2) },
      { title: 'Second survey and joint report', dueOn: shift(now, 11) },
    ],
    actions: [
      {
        title: 'Survey of residents’ perceptions of migrants (baseline)',
        ownerOrganisationId: plock,
        ownerUserId: user('learner.plock@demo.lphm.example'),
        dueOn: shift(now, -4),
        status: 'done',
        costAmount: 6000,
        costCurrency: 'EUR',
        fundingSource: 'City of Płock budget',
        indicator: 'Residents who see newcomers as good for the city (%)',
        baseline: 41,
        target: 55,
        currentValue: 41,
        risks: 'Low response rate in outlying districts.',
      },
      {
        title: 'Training of front-desk staff, given by Antwerp’s trainers',
        ownerOrganisationId: antwerp,
        ownerUserId: user('learner.antwerp@demo.lphm.example'),
        dueOn: shift(now, 0, -20),
        status: 'in_progress',
        costAmount: 4500,
        costCurrency: 'EUR',
        fundingSource: 'To be confirmed (support requested)',
        indicator: 'Front-desk staff trained',
        baseline: 0,
        target: 40,
        currentValue: 12,
        risks: 'Trainers’ availability; translation of materials into Polish.',
      },
      {
        title: 'Newcomers’ guide to Płock in four languages',
        ownerOrganisationId: plock,
        dueOn: shift(now, 4),
        status: 'planned',
        costAmount: 8000,
        costCurrency: 'EUR',
        fundingSource: 'City budgets, shared',
        indicator: 'Copies distributed',
        baseline: 0,
        target: 5000,
        risks: 'Printing costs rise.',
      },
    ],
  });
  await reportFirstCheckIn(deps, twinning, user('learner.plock@demo.lphm.example'), plock);
  await askForFunding(deps, twinning.id, plock, userIds);
}

/** Płock asks for funding advice for the training; the IOM editor has begun to answer. */
async function askForFunding(deps: Deps, twinningId: number, plock: number, userIds: Ids) {
  const asker = userIds.get('learner.plock@demo.lphm.example')!;
  const now = Date.now();
  const requestId = await insertSupportRequest(
    deps.db,
    {
      twinningId,
      organisationId: plock,
      kind: 'funding_advice',
      title: 'Funding for the rest of the front-desk training',
      body: 'We have funds for 12 of the 40 staff. Which programmes could fund the training of the others in the next six months?',
      createdBy: asker,
    },
    new Date(now - 12 * 86_400_000).toISOString(),
  );
  const answeredAt = new Date(now - 9 * 86_400_000).toISOString();
  await updateSupportStatus(deps.db, requestId, 'open', 'in_progress', answeredAt);
  await insertSupportMessage(
    deps.db,
    {
      requestId,
      authorId: userIds.get('editor.iom@demo.lphm.example')!,
      body: 'We are looking at two calls that could fit and will come back to you with their deadlines.',
      status: 'in_progress',
    },
    answeredAt,
  );
}

/** The first check-in, three months in: done by Płock, with the survey's baseline. */
async function reportFirstCheckIn(
  deps: Deps,
  twinning: { id: number; actionIds: number[] },
  userId: number,
  cityId: number,
): Promise<void> {
  const [first] = await selectCheckIns(deps.db, twinning.id);
  const at = new Date(Date.parse(`${first!.dueOn}T10:00:00Z`) - 2 * 86_400_000).toISOString();
  await markCheckInSubmitted(
    deps.db,
    {
      id: first!.id,
      twinningId: twinning.id,
      userId,
      cityId,
      progress:
        'The baseline survey is done (41% of residents see newcomers as good for the city). Antwerp’s trainers have started the front-desk training: 12 staff trained so far.',
      blockers:
        'Funding for the rest of the training is not confirmed yet; we have asked for support.',
    },
    at,
  );
  await recordIndicatorValues(
    deps.db,
    first!.id,
    twinning.id,
    [
      { actionId: twinning.actionIds[0]!, value: 41 },
      { actionId: twinning.actionIds[1]!, value: 12 },
    ],
    at,
  );
}
