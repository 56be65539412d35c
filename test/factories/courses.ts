import type { Deps } from '../../src/deps.ts';
import { insertCourse } from '../../src/features/courses/courses.queries.ts';
import { insertLesson } from '../../src/features/courses/lessons.queries.ts';
import { updateStatus } from '../../src/features/courses/review.queries.ts';
import { insertModule } from '../../src/features/courses/structure.queries.ts';
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
): Promise<{ id: number; moduleIds: number[]; lessonIds: number[][] }> {
  counter++;
  const themes = await createThemes(deps);
  const now = new Date().toISOString();
  const language = options.language ?? 'en';
  const id = await insertCourse(
    deps.db,
    {
      slug: `test-course-${counter}-${process.pid}`,
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
  return { id, moduleIds, lessonIds };
}
