import { createExpert } from '../../../test/factories/experts.ts';
import type { Deps } from '../../deps.ts';
import { insertEventPeople } from '../../features/events/events.queries.ts';
import { DEMO_PASSWORD } from './demo-officials.ts';
import { insertPendingInvitation, selectEventIdBySlug } from './demo-library.queries.ts';

// Invented expert profiles (marked as demo data), one or more in each of the six sectors. Fourteen
// belong to officials made for them; two belong to demo learners, so a demo account can sign in
// as an approved expert (Pieter Claes) and one whose profile waits for approval (Thandiwe Mkhize).

type Ids = ReadonlyMap<string, number>;

export interface DemoExpert {
  /** The key resources use to name their authors. */
  key: string;
  /** A demo official's e-mail, or a new official's name and e-mail. */
  email: string;
  name?: string;
  position?: string;
  preferredLanguage?: string;
  sector: string;
  organisation: string | null;
  country: string;
  languages: string[];
  themes: string[];
  biography: string;
  status?: 'pending';
}

const e = (local: string) => `expert.${local}@demo.lphm.example`;

export const DEMO_EXPERTS: DemoExpert[] = [
  {
    key: 'amina',
    email: e('amina.diallo'),
    name: 'Amina Diallo',
    position: 'Présidente d’une association de quartier',
    preferredLanguage: 'fr',
    sector: 'community_leader',
    organisation: null,
    country: 'BF',
    languages: ['fr', 'en'],
    themes: ['social-cohesion', 'human-security'],
    biography:
      'Préside une association de quartier à Ouagadougou qui accueille les familles de migrants de retour. (Profil fictif de démonstration.)',
  },
  {
    key: 'marie-claire',
    email: e('marie-claire.dubois'),
    name: 'Marie-Claire Dubois',
    position: 'Community mediator',
    sector: 'community_leader',
    organisation: null,
    country: 'BE',
    languages: ['fr', 'nl', 'en'],
    themes: ['social-cohesion', 'education-youth'],
    biography:
      'Runs a parents’ network in a diverse Antwerp neighbourhood and trains volunteer mediators. (Invented demo profile.)',
  },
  {
    key: 'carlos',
    email: e('carlos.mendoza'),
    name: 'Carlos Mendoza Ríos',
    position: 'Investigador',
    preferredLanguage: 'es',
    sector: 'academic',
    organisation: 'unu-barcelona',
    country: 'ES',
    languages: ['es', 'en', 'ca'],
    themes: ['education-youth', 'urbanisation-environment'],
    biography:
      'Investiga las trayectorias escolares de los jóvenes de origen inmigrante en las ciudades españolas. (Perfil ficticio de demostración.)',
  },
  {
    key: 'sipho',
    email: e('sipho.dlamini'),
    name: 'Sipho Dlamini',
    position: 'Senior researcher',
    sector: 'academic',
    organisation: 'samp',
    country: 'ZA',
    languages: ['en', 'zu'],
    themes: ['public-services-health', 'human-security'],
    biography:
      'Studies migrants’ access to health care in Southern African cities. (Invented demo profile.)',
  },
  {
    key: 'fatima',
    email: e('fatima.elamrani'),
    name: 'فاطمة الزهراء العمراني',
    position: 'منسقة جمعية لدعم الشباب',
    preferredLanguage: 'ar',
    sector: 'civil_society',
    organisation: null,
    country: 'MA',
    languages: ['ar', 'fr'],
    themes: ['education-youth', 'social-cohesion'],
    biography: 'تنسق برامج دعم مدرسي للأطفال المهاجرين في مدينة مغربية. (ملف تعريفي تجريبي متخيَّل.)',
  },
  {
    key: 'rosa',
    email: e('rosa.martinez'),
    name: 'Rosa Martínez Vega',
    position: 'Coordinadora de una red de albergues',
    preferredLanguage: 'es',
    sector: 'civil_society',
    organisation: null,
    country: 'MX',
    languages: ['es', 'en'],
    themes: ['public-services-health', 'human-security'],
    biography:
      'Coordina una red de albergues para personas migrantes en tránsito. (Perfil ficticio de demostración.)',
  },
  {
    key: 'jean-baptiste',
    email: e('jb.ouedraogo'),
    name: 'Jean-Baptiste Ouédraogo',
    position: 'Conseiller municipal',
    preferredLanguage: 'fr',
    sector: 'policy_maker',
    organisation: 'ouagadougou',
    country: 'BF',
    languages: ['fr'],
    themes: ['economic-development'],
    biography:
      'Conseiller municipal chargé du développement économique local et des relations avec la diaspora. (Profil fictif de démonstration.)',
  },
  {
    key: 'hanna',
    email: e('hanna.kowalczyk'),
    name: 'Hanna Kowalczyk',
    position: 'City councillor for education',
    sector: 'policy_maker',
    organisation: 'plock',
    country: 'PL',
    languages: ['pl', 'en'],
    themes: ['education-youth'],
    biography:
      'City councillor who led a programme of language lessons for newcomer families. (Invented demo profile.)',
  },
  {
    key: 'dmitri',
    email: e('dmitri.volkov'),
    name: 'Дмитрий Волков',
    position: 'Советник по вопросам миграции',
    preferredLanguage: 'ru',
    sector: 'international_organisation',
    organisation: 'osce',
    country: 'AT',
    languages: ['ru', 'en'],
    themes: ['human-security'],
    biography:
      'Консультирует местные органы власти по защите прав трудовых мигрантов. (Вымышленный демонстрационный профиль.)',
  },
  {
    key: 'sarah',
    email: e('sarah.oconnell'),
    name: 'Sarah O’Connell',
    position: 'Migration health officer',
    sector: 'international_organisation',
    organisation: 'iom',
    country: 'CH',
    languages: ['en', 'fr'],
    themes: ['public-services-health'],
    biography: 'Advises municipalities on health services for migrants. (Invented demo profile.)',
  },
  {
    key: 'kwame',
    email: e('kwame.mensah'),
    name: 'Kwame Mensah',
    position: 'Programme officer',
    sector: 'international_organisation',
    organisation: 'jmdi',
    country: 'BE',
    languages: ['en', 'fr'],
    themes: ['economic-development'],
    biography:
      'Supports local authorities that link migration with local development plans. (Invented demo profile.)',
  },
  {
    key: 'li-wei',
    email: e('li.wei'),
    name: '李伟',
    position: '城市规划师',
    preferredLanguage: 'zh',
    sector: 'city_practitioner',
    organisation: 'shanghai',
    country: 'CN',
    languages: ['zh', 'en'],
    themes: ['urbanisation-environment', 'public-services-health'],
    biography: '负责新城区外来务工人员住房与公共服务的规划。（虚构的演示资料。）',
  },
  {
    key: 'ana-paula',
    email: e('ana.ferreira'),
    name: 'Ana Paula Ferreira',
    position: 'Urban mobility planner',
    sector: 'city_practitioner',
    organisation: 'curitiba',
    country: 'BR',
    languages: ['pt', 'es', 'en'],
    themes: ['urbanisation-environment'],
    biography:
      'Plans public transport for the city’s growing outer districts. (Invented demo profile.)',
  },
  {
    key: 'min-jun',
    email: e('kim.minjun'),
    name: '김민준',
    position: 'Economic development officer',
    sector: 'city_practitioner',
    organisation: 'jeju',
    country: 'KR',
    languages: ['ko', 'en'],
    themes: ['economic-development'],
    biography:
      'Works with farms and hotels that employ seasonal workers from abroad. (Invented demo profile.)',
  },
  {
    key: 'pieter',
    email: 'learner.antwerp@demo.lphm.example',
    sector: 'city_practitioner',
    organisation: 'antwerp',
    country: 'BE',
    languages: ['nl', 'en', 'fr'],
    themes: ['social-cohesion'],
    biography:
      'Diversity and integration officer of the city; trains front-desk staff. (Invented demo profile.)',
  },
  {
    key: 'thandiwe',
    email: 'learner.durban@demo.lphm.example',
    sector: 'city_practitioner',
    organisation: 'durban',
    country: 'ZA',
    languages: ['en', 'zu'],
    themes: ['economic-development', 'human-security'],
    biography:
      'Runs the city’s migration desk, which advises migrant traders. (Invented demo profile.)',
    status: 'pending',
  },
];

/** The event at which a demo expert speaks. */
const SPEAKER = { expert: 'kwame', event: 'demo-webinar-migrant-entrepreneurship-2013' };
/** An invitation the demo facilitator sent to Pieter Claes, who may accept or decline it. */
const INVITATION = {
  expert: 'pieter',
  event: 'demo-webinar-urban-growth-climate-2013',
  message: 'Would you tell the webinar how Antwerp’s front desks welcome newcomers? (Demo.)',
  at: '2013-11-04T09:00:00.000Z',
};

/** Creates the demo experts (and their officials); returns expert ids by key. */
export async function loadDemoExperts(
  deps: Deps,
  organisationIds: Ids,
  userIds: Ids,
): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  const users = new Map<string, number>();
  for (const x of DEMO_EXPERTS) {
    const existing = userIds.get(x.email);
    const organisationId = x.organisation ? organisationIds.get(x.organisation)! : null;
    const created = await createExpert(deps, {
      ...(existing !== undefined
        ? { userId: existing }
        : {
            official: {
              email: x.email,
              name: x.name,
              password: DEMO_PASSWORD,
              organisationId,
              preferredLanguage: x.preferredLanguage ?? 'en',
              position: x.position,
              country: x.country,
              isDemo: true,
            },
          }),
      sector: x.sector,
      organisationId,
      country: x.country,
      languages: x.languages,
      biography: x.biography,
      status: x.status ?? 'approved',
      themeSlugs: x.themes,
      isDemo: true,
    });
    ids.set(x.key, created.id);
    users.set(x.key, created.userId);
  }
  const eventId = await selectEventIdBySlug(deps.db, SPEAKER.event);
  if (eventId !== undefined)
    await insertEventPeople(deps.db, eventId, [
      { userId: users.get(SPEAKER.expert)!, role: 'speaker' },
    ]);
  const invitedTo = await selectEventIdBySlug(deps.db, INVITATION.event);
  if (invitedTo !== undefined)
    await insertPendingInvitation(
      deps.db,
      {
        expertId: ids.get(INVITATION.expert)!,
        eventId: invitedTo,
        invitedBy: userIds.get('facilitator@demo.lphm.example')!,
        message: INVITATION.message,
      },
      INVITATION.at,
    );
  return ids;
}
