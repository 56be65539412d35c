import { createHash } from 'node:crypto';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import type { Deps } from '../../deps.ts';
import { ensureReferenceData } from '../../features/curriculum/reference-data.ts';
import {
  insertEvent,
  insertEventPeople,
  type NewEvent,
} from '../../features/events/events.queries.ts';
import { insertEventDocument } from '../../features/events/event-documents.queries.ts';
import {
  insertPastEvaluations,
  insertPastRegistrations,
  selectRunStartingOn,
  type PastRegistration,
} from '../../features/reports/report-seed.queries.ts';
import { storeUpload } from '../../files/index.ts';

// Demo events. Real facts: the Expert Meeting in Antwerp on 9–10 July 2012 that validated the
// platform's orientation and its 2012–2015 curriculum, and the first course's face-to-face session
// in Antwerp on 15–16 May 2013 with a study visit to the Red Star Line Museum. Its participants
// are the demo officials, and the other 2013 events are invented: marked as demo.

type Ids = ReadonlyMap<string, number>;

const FIRST_COURSE = 'public-perceptions-communication-media';
const L = {
  diourbel: 'learner@demo.lphm.example',
  durban: 'learner.durban@demo.lphm.example',
  antwerp: 'learner.antwerp@demo.lphm.example',
  plock: 'learner.plock@demo.lphm.example',
  shanghai: 'learner.shanghai@demo.lphm.example',
};

interface DemoEvent {
  slug: string;
  kind: NewEvent['kind'];
  owner: string;
  organisers: string[];
  themes: string[];
  startsAt: string;
  endsAt: string;
  venue: string | null;
  venueAddress?: string;
  isDemo: boolean;
  title: string;
  description: string;
  /** Participant e-mail → how their registration ended. */
  participants: Array<[string, PastRegistration['status']]>;
}

const ANTWERP_2013: DemoEvent['participants'] = [
  [L.antwerp, 'attended'],
  [L.plock, 'attended'],
  [L.durban, 'attended'],
  [L.diourbel, 'attended'],
];

const INVENTED_2013: DemoEvent[] = [
  {
    slug: 'demo-webinar-migrant-entrepreneurship-2013',
    kind: 'webinar',
    owner: 'jmdi',
    organisers: ['iom'],
    themes: ['economic-development'],
    startsAt: '2013-09-18T12:00:00.000Z',
    endsAt: '2013-09-18T13:30:00.000Z',
    venue: null,
    isDemo: true,
    title: 'Webinar: local support for migrant entrepreneurs (demo)',
    description: 'An invented demo webinar on local support schemes for migrant entrepreneurs.',
    participants: [
      [L.durban, 'attended'],
      [L.shanghai, 'attended'],
      [L.plock, 'no_show'],
    ],
  },
  {
    slug: 'demo-workshop-inclusive-schooling-durban-2013',
    kind: 'workshop',
    owner: 'samp',
    organisers: [],
    themes: ['education-youth'],
    startsAt: '2013-10-22T07:00:00.000Z',
    endsAt: '2013-10-23T14:00:00.000Z',
    venue: 'durban',
    isDemo: true,
    title: 'Workshop: inclusive schooling for newcomer children (demo)',
    description: 'An invented demo workshop for city education services.',
    participants: [
      [L.durban, 'attended'],
      [L.diourbel, 'attended'],
    ],
  },
  {
    slug: 'demo-webinar-urban-growth-climate-2013',
    kind: 'webinar',
    owner: 'undp',
    organisers: ['unitar'],
    themes: ['urbanisation-environment', 'human-security'],
    startsAt: '2013-11-27T13:00:00.000Z',
    endsAt: '2013-11-27T14:30:00.000Z',
    venue: null,
    isDemo: true,
    title: 'Webinar: urban growth, climate and mobility (demo)',
    description: 'An invented demo webinar on planning for growing, mobile populations.',
    participants: [
      [L.shanghai, 'attended'],
      [L.antwerp, 'attended'],
      [L.diourbel, 'no_show'],
    ],
  },
];

/** A one-page PDF that says plainly it is a demo summary, not the meeting's real document. */
async function outcomeDocument(): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  pdf.setTitle('Expert Meeting, Antwerp, 9-10 July 2012: demo summary');
  pdf.setCreationDate(new Date('2012-07-10T15:00:00Z'));
  pdf.setModificationDate(new Date('2012-07-10T15:00:00Z'));
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const page = pdf.addPage([595, 842]);
  const lines = [
    'Expert Meeting, Antwerp, 9-10 July 2012',
    '',
    'DEMO SUMMARY - not the outcome document of the meeting.',
    '',
    'The meeting validated the orientation of the Learning Platform on',
    'Human Mobility and its 2012-2015 curriculum.',
  ];
  lines.forEach((line, i) => page.drawText(line, { x: 56, y: 780 - i * 20, size: 12, font }));
  return Buffer.from(await pdf.save());
}

/** Loads the demo events, their registrations and evaluations, and the outcome document. */
export async function loadDemoEvents(
  deps: Deps,
  organisationIds: Ids,
  userIds: Ids,
  courseIds: Ids,
): Promise<void> {
  const { themeIds, curriculumId } = await ensureReferenceData(deps);
  const org = (slug: string) => organisationIds.get(slug)!;
  const now = new Date().toISOString();
  const facilitator = userIds.get('facilitator@demo.lphm.example')!;
  const add = async (e: DemoEvent, extra: Partial<NewEvent> = {}) => {
    const id = await insertEvent(
      deps.db,
      {
        slug: e.slug,
        kind: e.kind,
        status: 'held',
        organisationId: org(e.owner),
        startsAt: e.startsAt,
        endsAt: e.endsAt,
        timeZone: 'Europe/Brussels',
        venueCityId: e.venue ? org(e.venue) : null,
        venueAddress: e.venueAddress ?? '',
        onlineUrl: '',
        capacity: null,
        registrationOpensAt: null,
        registrationClosesAt: null,
        requiresApproval: false,
        runId: null,
        curriculumId: null,
        isDemo: e.isDemo,
        createdBy: null,
        ...extra,
      },
      { language: 'en', title: e.title, description: e.description },
      { themeIds: e.themes.map((t) => themeIds[t]!), organiserIds: e.organisers.map(org) },
      now,
    );
    const at = e.startsAt;
    await insertPastRegistrations(
      deps.db,
      e.participants.map(([email, status]) => ({
        eventId: id,
        userId: userIds.get(email)!,
        status,
        at,
      })),
    );
    return id;
  };

  const meeting = await add(
    {
      slug: 'expert-meeting-antwerp-2012',
      kind: 'expert_meeting',
      owner: 'unitar',
      organisers: [],
      themes: Object.keys(themeIds),
      startsAt: '2012-07-09T07:00:00.000Z',
      endsAt: '2012-07-10T15:00:00.000Z',
      venue: 'antwerp',
      isDemo: false,
      title: 'Expert Meeting, Antwerp',
      description:
        'The expert meeting that validated the orientation of the platform and its 2012–2015 curriculum.',
      participants: [],
    },
    { curriculumId },
  );
  const bytes = await outcomeDocument();
  const file = await storeUpload(deps.db, {
    name: 'expert-meeting-antwerp-2012-demo-summary.pdf',
    mediaType: 'application/pdf',
    size: bytes.length,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    bytes,
  });
  await insertEventDocument(
    deps.db,
    {
      eventId: meeting,
      fileId: file.id,
      fileName: 'expert-meeting-antwerp-2012-demo-summary.pdf',
      language: 'en',
      title: 'Outcome of the meeting (demo summary)',
    },
    now,
  );

  const firstCourse = courseIds.get(FIRST_COURSE)!;
  const session = await add(
    {
      slug: 'first-course-antwerp-2013',
      kind: 'live_session',
      owner: 'unitar',
      organisers: ['flanders'],
      themes: ['social-cohesion'],
      startsAt: '2013-05-15T07:00:00.000Z',
      endsAt: '2013-05-16T15:00:00.000Z',
      venue: 'antwerp',
      isDemo: false,
      title: 'First course: face-to-face session in Antwerp',
      description:
        'The face-to-face session of the first course, on public perceptions of migrants, communication and the media.',
      participants: ANTWERP_2013,
    },
    { runId: (await selectRunStartingOn(deps.db, firstCourse, '2013-05-15')) ?? null },
  );
  await add({
    slug: 'study-visit-red-star-line-2013',
    kind: 'study_visit',
    owner: 'unitar',
    organisers: ['flanders'],
    themes: ['social-cohesion'],
    startsAt: '2013-05-16T11:00:00.000Z',
    endsAt: '2013-05-16T13:00:00.000Z',
    venue: 'antwerp',
    venueAddress: 'Montevideostraat 3, Antwerp',
    isDemo: false,
    title: 'Study visit: the Red Star Line Museum',
    description:
      'A visit to the Red Star Line Museum, on the history of emigration through the port of Antwerp.',
    participants: ANTWERP_2013,
  });
  await insertEventPeople(deps.db, session, [{ userId: facilitator, role: 'facilitator' }]);
  for (const e of INVENTED_2013) await add(e);

  // Invented evaluations of the Antwerp session by three of its participants.
  const evaluation = (email: string, s: number, u: number, r: number, willApply: string) => ({
    eventId: session,
    userId: userIds.get(email)!,
    satisfaction: s,
    usefulness: u,
    relevance: r,
    willApply,
    at: '2013-05-17T08:00:00.000Z',
  });
  await insertPastEvaluations(deps.db, [
    evaluation(L.antwerp, 5, 4, 5, 'A media contact list for the city’s integration service.'),
    evaluation(L.durban, 4, 5, 4, 'Myth-busting sessions with local journalists.'),
    evaluation(L.plock, 4, 4, 3, 'A short guide on reporting on newcomers.'),
  ]);
}
