import { createCourseWithContent } from '../../../test/factories/courses.ts';
import { createOfficial } from '../../../test/factories/officials.ts';
import { createOrganisation } from '../../../test/factories/organisations.ts';
import type { Deps } from '../../deps.ts';
import { isUniqueViolation } from '../database.ts';
import { DEMO_CITIES } from './demo-cities.ts';
import { loadDemoCityShare } from './demo-cityshare.ts';
import { loadDemoDiscussions } from './demo-discussions.ts';
import { DEMO_COURSES } from './demo-courses.ts';
import { loadDemoEvents } from './demo-events.ts';
import { loadDemoExperts } from './demo-experts.ts';
import { loadDemoLibrary } from './demo-library.ts';
import { loadDemoNews } from './demo-news.ts';
import { loadDemoLearning } from './demo-learning.ts';
import { addDemoQuiz } from './demo-quizzes.ts';
import { DEMO_OFFICIALS, DEMO_PASSWORD } from './demo-officials.ts';
import { DEMO_PARTNERS } from './demo-organisations.ts';
import { hasOrganisations } from './seed.queries.ts';
import { ensureReferenceData } from '../../features/curriculum/reference-data.ts';

// The demo data is built from the test factories only, so demo, tests and browser tests share
// one way of making themes, organisations and officials.

export interface SeedResult {
  password: string;
  accounts: Array<{ role: string; email: string }>;
}

/** The lines that tell a person how to sign in to the demo, printed at start and by `lphm seed`. */
export function demoAccountLines(seeded: SeedResult): string[] {
  return [
    `Demo sign-in accounts (password for all: ${seeded.password}):`,
    ...seeded.accounts.map((a) => `  ${a.role.padEnd(15)} ${a.email}`),
  ];
}

export const PRODUCTION_REFUSAL =
  'Demo data is never loaded when NODE_ENV=production: every demo account shares a published password.';

/** At start: loads the demo data into an empty database, unless in production or SEED_DEMO=never. */
export async function seedDemoIfEmpty(deps: Deps): Promise<SeedResult | null> {
  if (deps.config.NODE_ENV === 'production' || deps.config.SEED_DEMO !== 'auto') return null;
  return seedDemo(deps);
}

/**
 * Loads the partners, the cities and the demo officials (and the themes and 2012–2015 curriculum
 * if missing) into a database without organisations; returns null when they are already there.
 */
export async function seedDemo(deps: Deps): Promise<SeedResult | null> {
  if (deps.config.NODE_ENV === 'production') throw new Error(PRODUCTION_REFUSAL);
  if (await hasOrganisations(deps.db)) return null;
  const { themeIds } = await ensureReferenceData(deps);
  try {
    // One transaction: a crash part-way leaves no half-loaded demo that the next start would skip.
    await deps.db.transaction().execute((tx) => loadDemo({ ...deps, db: tx }, themeIds));
  } catch (err) {
    // Several processes starting at once: the first organisation's unique slug lets exactly one seed.
    if (isUniqueViolation(err)) return null;
    throw err;
  }
  return {
    password: DEMO_PASSWORD,
    accounts: DEMO_OFFICIALS.map(({ role, email }) => ({ role, email })),
  };
}

async function loadDemo(deps: Deps, themeIds: Record<string, number>): Promise<void> {
  const organisationIds = new Map<string, number>();
  for (const organisation of [...DEMO_PARTNERS, ...DEMO_CITIES]) {
    const { id } = await createOrganisation(deps, organisation);
    organisationIds.set(organisation.slug, id);
  }
  const userIds = new Map<string, number>();
  for (const official of DEMO_OFFICIALS) {
    const organisationId = organisationIds.get(official.organisation) ?? null;
    const { id } = await createOfficial(deps, {
      email: official.email,
      name: official.name,
      password: DEMO_PASSWORD,
      roles: official.role === 'learner' ? [] : [official.role],
      organisationId,
      partnerOrganisationId: organisationId ?? undefined,
      preferredLanguage: official.preferredLanguage,
      position: official.position,
      country: official.country,
      isDemo: true,
    });
    userIds.set(official.email, id);
  }
  const courseIds = new Map<string, number>();
  for (const course of DEMO_COURSES) {
    const { id } = await createCourseWithContent(deps, {
      ...course,
      organisationId: organisationIds.get(course.owner)!,
      createdBy: userIds.get(course.author)!,
      isDemo: true,
      level: 'introductory',
      themeIds: [themeIds[course.theme]!],
      partnerIds: course.credited.map((slug) => organisationIds.get(slug)!),
    });
    await addDemoQuiz(deps, course.slug, id);
    courseIds.set(course.slug, id);
  }
  await loadDemoLearning(deps, courseIds, userIds);
  await loadDemoEvents(deps, organisationIds, userIds, courseIds);
  await loadDemoCityShare(deps, organisationIds, userIds, courseIds);
  const expertIds = await loadDemoExperts(deps, organisationIds, userIds);
  await loadDemoLibrary(deps, organisationIds, userIds, courseIds, expertIds);
  await loadDemoNews(deps, userIds.get('coordinator@demo.lphm.example')!);
  await loadDemoDiscussions(deps, userIds, themeIds);
}
