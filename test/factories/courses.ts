import type { Deps } from '../../src/deps.ts';
import { insertCourse, upsertTranslation } from '../../src/features/courses/courses.queries.ts';
import { insertLesson, upsertLessonText } from '../../src/features/courses/lessons.queries.ts';
import { updateStatus } from '../../src/features/courses/review.queries.ts';
import { insertModule, upsertModuleTitle } from '../../src/features/courses/structure.queries.ts';
import { createThemes } from './themes.ts';

let counter = 0;

export interface CourseOptions {
  organisationId: number;
  createdBy: number;
  title?: string;
  language?: string;
  status?: 'draft' | 'in_review' | 'published';
  /** Partners credited besides the owner. */
  partnerIds?: number[];
  /** Modules to add, each with this many lessons. */
  modules?: number[];
}

/** A course (a draft unless told otherwise) with one theme and the modules and lessons asked for. */
export async function createCourse(
  deps: Deps,
  options: CourseOptions,
): Promise<{ id: number; slug: string; moduleIds: number[]; lessonIds: number[][] }> {
  counter++;
  const slug = `test-course-${counter}-${process.pid}`;
  const themes = await createThemes(deps);
  const now = new Date().toISOString();
  const language = options.language ?? 'en';
  const id = await insertCourse(
    deps.db,
    {
      slug,
      organisationId: options.organisationId,
      createdBy: options.createdBy,
      isDemo: false,
    },
    { language, title: options.title ?? `Test course ${counter}`, summary: '', objectives: '' },
    {
      format: 'self_paced',
      level: 'introductory',
      durationHours: 4,
      themeIds: [Object.values(themes)[0]!],
      partnerIds: options.partnerIds ?? [],
    },
    now,
  );
  const moduleIds: number[] = [];
  const lessonIds: number[][] = [];
  for (const [m, lessons] of (options.modules ?? []).entries()) {
    const moduleId = await insertModule(deps.db, id, { language, title: `Module ${m + 1}` });
    moduleIds.push(moduleId);
    const ids: number[] = [];
    for (let l = 0; l < lessons; l++)
      ids.push(
        await insertLesson(deps.db, moduleId, { language, title: `Lesson ${m + 1}.${l + 1}` }, now),
      );
    lessonIds.push(ids);
  }
  if (options.status && options.status !== 'draft')
    await updateStatus(
      deps.db,
      id,
      {
        from: ['draft'],
        to: options.status,
        ...(options.status === 'published' ? { publishedAt: now } : {}),
      },
      now,
    );
  return { id, slug, moduleIds, lessonIds };
}

/** Text in several languages, keyed by language code; English is always there. */
export type Texts = { en: string } & Partial<Record<string, string>>;

export interface CourseDefinition {
  slug: string;
  organisationId: number;
  createdBy: number;
  isDemo: boolean;
  format: 'self_paced' | 'facilitated' | 'blended' | 'face_to_face';
  level: 'introductory' | 'intermediate' | 'advanced';
  durationHours: number;
  themeIds: number[];
  partnerIds: number[];
  title: Texts;
  summary: Texts;
  objectives: Texts;
  modules: Array<{ title: Texts; lessons: Array<{ title: Texts; body: Texts }> }>;
}

function languagesOf(texts: Texts): string[] {
  return Object.keys(texts).filter((l) => texts[l] !== undefined);
}

/** A published course with its text, modules and lessons in every language the definition has. */
export async function createCourseWithContent(
  deps: Deps,
  course: CourseDefinition,
): Promise<{ id: number }> {
  const now = new Date().toISOString();
  const text = (language: string) => ({
    language,
    title: course.title[language]!,
    summary: course.summary[language] ?? '',
    objectives: course.objectives[language] ?? '',
  });
  const id = await insertCourse(
    deps.db,
    {
      slug: course.slug,
      organisationId: course.organisationId,
      createdBy: course.createdBy,
      isDemo: course.isDemo,
    },
    text('en'),
    {
      format: course.format,
      level: course.level,
      durationHours: course.durationHours,
      themeIds: course.themeIds,
      partnerIds: course.partnerIds,
    },
    now,
  );
  for (const language of languagesOf(course.title).filter((l) => l !== 'en'))
    await upsertTranslation(deps.db, id, text(language));
  for (const mod of course.modules) {
    const moduleId = await insertModule(deps.db, id, { language: 'en', title: mod.title.en });
    for (const language of languagesOf(mod.title).filter((l) => l !== 'en'))
      await upsertModuleTitle(deps.db, moduleId, { language, title: mod.title[language]! });
    for (const lesson of mod.lessons) {
      const lessonId = await insertLesson(
        deps.db,
        moduleId,
        { language: 'en', title: lesson.title.en },
        now,
      );
      for (const language of languagesOf(lesson.title))
        await upsertLessonText(deps.db, lessonId, {
          language,
          title: lesson.title[language]!,
          body: lesson.body[language] ?? '',
        });
    }
  }
  await updateStatus(deps.db, id, { from: ['draft'], to: 'published', publishedAt: now }, now);
  return { id };
}
