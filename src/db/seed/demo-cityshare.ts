import { createAssessment } from '../../../test/factories/cityshare.ts';
import { createExchange } from '../../../test/factories/exchanges.ts';
import { createThemes } from '../../../test/factories/themes.ts';
import { createPractice } from '../../../test/factories/practices.ts';
import { createTwinning } from '../../../test/factories/twinnings.ts';
import type { Deps } from '../../deps.ts';
import { insertCityCoordinator } from '../../features/cityshare/city-members.queries.ts';
import { selectEventBySlug } from '../../features/events/event-reads.queries.ts';
import { selectRunStartingOn } from '../../features/reports/report-seed.queries.ts';
import { DEMO_PRACTICES } from './demo-practices.ts';
import {
  insertSupportMessage,
  insertSupportRequest,
  updateSupportStatus,
} from '../../features/twinning/support.queries.ts';
import {
  markCheckInSubmitted,
  recordIndicatorValues,
  selectCheckIns,
} from '../../features/twinning/check-ins.queries.ts';

// CityShare demo data, all of it invented and marked as demo: a self-assessment for every demo
// city, levels chosen to be plausible from what is publicly known of each city (a port city with
// a long integration policy, a capital receiving people displaced by conflict, a region of
// emigration living on its diaspora…); the demo learners of Antwerp, Płock, Durban and Diourbel as
// their cities' coordinators; a few good practices; the exchange between those four cities that
// followed the 2013 course; and an active Antwerp–Płock twinning on public perceptions of
// migrants, born of that exchange, with an overdue action and a check-in done.

type Ids = ReadonlyMap<string, number>;

/** Strengths and needs: six digits 0–4 in theme order (social cohesion, economic development,
 * education & youth, urbanisation & environment, public services & health, human security). */
const ASSESSMENTS: Array<{
  city: string;
  strengths: string;
  needs: string;
  priorities: string;
  isPrivate?: boolean;
}> = [
  {
    city: 'antwerp',
    strengths: '433332',
    needs: '212111',
    priorities:
      'Keep public perceptions of newcomers positive; bring more young people of migrant origin into city jobs.',
  },
  {
    city: 'plock',
    strengths: '122221',
    needs: '422232',
    priorities:
      'Welcome the new residents who arrived since 2022; prepare the city administration and schools.',
  },
  {
    city: 'durban',
    strengths: '233231',
    needs: '424234',
    priorities:
      'Prevent xenophobic violence; give informal traders of foreign origin a safe place.',
  },
  {
    city: 'diourbel',
    strengths: '321110',
    needs: '244322',
    priorities:
      'Turn diaspora remittances into local investment; jobs and training for young people.',
  },
  {
    city: 'atlanta',
    strengths: '332322',
    needs: '122231',
    priorities: 'Extend the welcoming programme to neighbouring counties.',
  },
  {
    city: 'curitiba',
    strengths: '214412',
    needs: '323022',
    priorities: 'Schooling in Portuguese for children arriving from Haiti and Venezuela.',
  },
  {
    city: 'jeju',
    strengths: '133310',
    needs: '312133',
    priorities: 'Reception of asylum seekers arriving without a visa; rights of foreign workers.',
    isPrivate: true,
  },
  {
    city: 'findhorn',
    strengths: '304300',
    needs: '121011',
    priorities: 'Share community-led ecological building with towns that receive newcomers.',
  },
  {
    city: 'new-york',
    strengths: '444343',
    needs: '111412',
    priorities: 'Affordable housing for new arrivals; shelter capacity.',
  },
  {
    city: 'ouagadougou',
    strengths: '320111',
    needs: '233444',
    priorities:
      'Services for people displaced from the north and east; planning for the fast-growing outskirts.',
  },
  {
    city: 'shanghai',
    strengths: '144431',
    needs: '313121',
    priorities:
      'Schooling and social insurance for the children and families of internal migrants.',
  },
];

const COORDINATORS: Array<[city: string, email: string]> = [
  ['antwerp', 'learner.antwerp@demo.lphm.example'],
  ['plock', 'learner.plock@demo.lphm.example'],
  ['durban', 'learner.durban@demo.lphm.example'],
  ['diourbel', 'learner@demo.lphm.example'],
];

/** A calendar date `months` months and `days` days from `from` (UTC), as YYYY-MM-DD. */
function shift(from: Date, months: number, days = 0): string {
  const d = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth() + months, 1));
  d.setUTCDate(Math.min(from.getUTCDate(), 28) + days);
  return d.toISOString().slice(0, 10);
}

export async function loadDemoCityShare(
  deps: Deps,
  organisationIds: Ids,
  userIds: Ids,
  courseIds: Ids,
): Promise<void> {
  const org = (slug: string) => organisationIds.get(slug)!;
  const user = (email: string) => userIds.get(email)!;
  const now = new Date();
  for (const a of ASSESSMENTS)
    await createAssessment(deps, org(a.city), {
      strengths: a.strengths,
      needs: a.needs,
      priorities: a.priorities,
      isPrivate: a.isPrivate ?? false,
      isDemo: true,
      at: new Date(now.getTime() - 30 * 86_400_000),
    });
  for (const [city, email] of COORDINATORS)
    await insertCityCoordinator(
      deps.db,
      { organisationId: org(city), userId: user(email), grantedBy: null },
      now.toISOString(),
    );

  for (const practice of DEMO_PRACTICES)
    await createPractice(deps, {
      ...practice,
      organisationId: org(practice.city),
      isDemo: true,
      at: new Date(now.getTime() - practice.daysAgo * 86_400_000),
    });
  const exchange = await loadDemoExchange(deps, organisationIds, userIds, courseIds);

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
    exchangeId: exchange,
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

/** The exchange between the four cities of the 2013 course, closed with its summary. */
async function loadDemoExchange(
  deps: Deps,
  organisationIds: Ids,
  userIds: Ids,
  courseIds: Ids,
): Promise<number> {
  const cities = ['antwerp', 'plock', 'durban', 'diourbel'].map((c) => organisationIds.get(c)!);
  const [antwerp, plock, durban] = cities;
  const learners = COORDINATORS.map(([, email]) => userIds.get(email)!);
  const runId = await selectRunStartingOn(
    deps.db,
    courseIds.get('public-perceptions-communication-media')!,
    '2013-05-15',
  );
  const studyVisit = await selectEventBySlug(deps.db, 'study-visit-red-star-line-2013');
  const { id } = await createExchange(deps, {
    slug: 'demo-exchange-public-perceptions-2013',
    title: 'After the first course: public perceptions of migration (demo)',
    description:
      'The four cities of the May 2013 course in Antwerp compare how they talk about migration with residents and the media.',
    status: 'closed',
    summary:
      'Antwerp shared its communication approach and front-desk training; Durban its work against xenophobia with traders’ associations; Płock and Diourbel named what they would adapt. Płock and Antwerp agreed to continue as a twinning project.',
    facilitatorId: userIds.get('facilitator@demo.lphm.example')!,
    runId: runId ?? null,
    participantIds: learners,
    cityIds: cities,
    themeIds: [(await createThemes(deps))['social-cohesion']!],
    meetings: [
      { title: 'Study visit: Red Star Line Museum', heldOn: '2013-05-16', eventId: studyVisit?.id },
      { title: 'Online follow-up: what each city will adapt', heldOn: '2013-09-25' },
    ],
    actions: [
      {
        title: 'Antwerp sends its front-desk training materials to Płock',
        organisationId: antwerp,
        dueOn: '2013-10-31',
        isDone: true,
      },
      {
        title: 'Durban shares the campaign it ran with traders’ associations',
        organisationId: durban,
        dueOn: '2013-11-30',
        isDone: true,
      },
      {
        title: 'Płock drafts a plan for communicating about newcomers',
        organisationId: plock,
        dueOn: '2013-12-15',
        isDone: true,
      },
    ],
    isDemo: true,
  });
  return id;
}
