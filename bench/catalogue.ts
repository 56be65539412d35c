import pino from 'pino';
import { loadConfig } from '../src/config.ts';
import { openDatabase } from '../src/db/database.ts';
import type { Deps } from '../src/deps.ts';
import { listThemes } from '../src/features/curriculum/curriculum.service.ts';
import { insertCourse, upsertTranslation } from '../src/features/courses/courses.queries.ts';
import { insertLesson } from '../src/features/courses/lessons.queries.ts';
import { updateStatus } from '../src/features/courses/review.queries.ts';
import { insertModule } from '../src/features/courses/structure.queries.ts';
import { listOrganisationChoices } from '../src/features/organisations/organisations.service.ts';
import { createOfficial } from '../test/factories/officials.ts';

// The catalogue benchmark's data: 1,000 more published courses spread over the six themes, some
// of them in French, Arabic and Chinese too, each with two modules of three lessons; and the
// pages to load: a theme filter, a search and a course page.

export const COURSES = 1000;
const PARTNERS = 30;

const TOPICS = [
  [
    'Welcoming newcomers',
    'Accueillir les nouveaux arrivants',
    'استقبال الوافدين الجدد',
    '接纳新来者',
  ],
  [
    'Integration through work',
    "L'intégration par le travail",
    'الإدماج من خلال العمل',
    '通过就业促进融合',
  ],
  ['Schools and youth', 'Écoles et jeunesse', 'المدارس والشباب', '学校与青年'],
  ['Housing and planning', 'Logement et urbanisme', 'الإسكان والتخطيط', '住房与规划'],
  [
    'Health services for all',
    'Des services de santé pour tous',
    'خدمات صحية للجميع',
    '人人享有卫生服务',
  ],
  ['Safety and trust', 'Sécurité et confiance', 'الأمن والثقة', '安全与信任'],
  [
    'Diaspora partnerships',
    'Partenariats avec la diaspora',
    'الشراكات مع المغتربين',
    '侨民伙伴关系',
  ],
  ['Talking with the media', 'Parler aux médias', 'التحدث مع وسائل الإعلام', '与媒体沟通'],
] as const;
const LANGUAGES = ['fr', 'ar', 'zh'] as const;
const FORMATS = ['self_paced', 'facilitated', 'blended', 'face_to_face'];
const LEVELS = ['introductory', 'intermediate', 'advanced'];

export interface CatalogueData {
  themeSlug: string;
  courseSlug: string;
  /** A word in about one course title in eight. */
  search: string;
}

/** Adds the benchmark's published courses to the database at `url` (already migrated and seeded). */
export async function addCatalogue(url: string): Promise<CatalogueData> {
  const database = openDatabase(url, { poolSize: 2 });
  try {
    const deps: Deps = {
      db: database.db,
      dialect: database.dialect,
      config: loadConfig({ NODE_ENV: 'development', DATABASE_URL: url, LOG_LEVEL: 'warn' }),
      log: pino({ level: 'warn' }),
    };
    const themes = await listThemes(deps, 'en');
    // Courses come from a few dozen partner organisations, as on the real platform.
    const organisations = (await listOrganisationChoices(deps)).slice(0, PARTNERS);
    const author = await createOfficial(deps, { name: 'Benchmark author' });
    const start = Date.parse('2025-01-01T00:00:00Z');
    await deps.db.transaction().execute(async (db) => {
      for (let i = 0; i < COURSES; i++) {
        const now = new Date(start + i * 3_600_000).toISOString();
        const topic = TOPICS[i % TOPICS.length]!;
        const owner = organisations[(i * 13) % organisations.length]!.id;
        const partner = organisations[(i * 31 + 7) % organisations.length]!.id;
        const id = await insertCourse(
          db,
          {
            slug: `bench-course-${i}`,
            organisationId: owner,
            createdBy: author.id,
            isDemo: false,
          },
          {
            language: 'en',
            title: `${topic[0]} ${i}`,
            summary: `A course for city officials on ${topic[0].toLowerCase()}, with cases from partner cities.`,
            objectives: 'Know the local situation\nPlan a first action\nFind partner cities',
          },
          {
            format: FORMATS[i % FORMATS.length]!,
            level: LEVELS[i % LEVELS.length]!,
            durationHours: 2 + (i % 20),
            themeIds: [themes[i % themes.length]!.id],
            partnerIds: partner === owner ? [] : [partner],
          },
          now,
        );
        // One course in three has a second language.
        if (i % 3 === 0) {
          const k = (i / 3) % LANGUAGES.length;
          await upsertTranslation(db, id, {
            language: LANGUAGES[k]!,
            title: `${topic[k + 1]} ${i}`,
            summary: '',
            objectives: '',
          });
        }
        for (let m = 1; m <= 2; m++) {
          const moduleId = await insertModule(db, id, { language: 'en', title: `Module ${m}` });
          for (let l = 1; l <= 3; l++)
            await insertLesson(db, moduleId, { language: 'en', title: `Lesson ${m}.${l}` }, now);
        }
        await updateStatus(db, id, { from: ['draft'], to: 'published', publishedAt: now }, now);
      }
    });
    return { themeSlug: themes[0]!.slug, courseSlug: 'bench-course-500', search: 'integration' };
  } finally {
    await database.close();
  }
}
