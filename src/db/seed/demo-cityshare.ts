import { createAssessment } from '../../../test/factories/cityshare.ts';
import { createExchange } from '../../../test/factories/exchanges.ts';
import { createThemes } from '../../../test/factories/themes.ts';
import { createPractice } from '../../../test/factories/practices.ts';
import type { Deps } from '../../deps.ts';
import { insertCityCoordinator } from '../../features/cityshare/city-members.queries.ts';
import { selectEventBySlug } from '../../features/events/event-reads.queries.ts';
import { selectRunStartingOn } from '../../features/reports/report-seed.queries.ts';
import { DEMO_PRACTICES } from './demo-practices.ts';
import { loadDemoTwinning } from './demo-twinning.ts';

// CityShare demo data, all of it invented and marked as demo: a self-assessment for every demo
// city, levels chosen to be plausible from what is publicly known of each city (a port city with
// a long integration policy, a capital receiving people displaced by conflict, a region of
// emigration living on its diaspora…); the demo learners of Antwerp, Płock, Durban and Diourbel as
// their cities' coordinators; a few good practices; the exchange between those four cities that
// followed the 2013 course; and the twinning project born of it (demo-twinning.ts).

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

  await loadDemoTwinning(deps, organisationIds, userIds, exchange);
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
