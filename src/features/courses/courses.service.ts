import type { Deps } from '../../deps.ts';
import { AppError } from '../../web/errors.ts';
import { requireActor, type Actor } from '../accounts/actor.ts';
import { listThemes, type ThemeSummary } from '../curriculum/curriculum.service.ts';
import {
  listOrganisationChoices,
  type OrganisationChoice,
} from '../organisations/organisations.service.ts';
import * as q from './courses.queries.ts';
import { canAuthor, canEditCourse, canReview } from './courses.policy.ts';
import { parseId } from './courses.schema.ts';
import * as l from './lessons.queries.ts';
import * as s from './structure.queries.ts';

export type { Course, CourseListRow, CourseText } from './courses.queries.ts';
export type { LessonRow } from './lessons.queries.ts';
export type { ModuleRow } from './structure.queries.ts';

/** The signed-in partner editor or coordinator; others get 401 or 403. */
export function requireAuthor(actor: Actor | null): Actor {
  const who = requireActor(actor);
  if (!canAuthor(who)) throw new AppError('FORBIDDEN', 'courses.errors.notAuthor');
  return who;
}

/**
 * The course an author may work on. Another organisation's course is 404 when looked at (its
 * existence stays hidden) and 403 when changed.
 */
export async function loadEditableCourse(
  deps: Deps,
  actor: Actor | null,
  id: string | number,
  mode: 'view' | 'change',
): Promise<{ who: Actor; course: q.Course }> {
  const who = requireAuthor(actor);
  const courseId = typeof id === 'number' ? id : parseId(id);
  const course = courseId === null ? undefined : await q.selectCourse(deps.db, courseId);
  if (!course) throw new AppError('NOT_FOUND', 'courses.errors.notFound');
  if (!canEditCourse(who, course)) {
    if (mode === 'view') throw new AppError('NOT_FOUND', 'courses.errors.notFound');
    throw new AppError('FORBIDDEN', 'courses.errors.notYours');
  }
  return { who, course };
}

/** The courses the actor may edit: their organisation's, or all for coordinators. */
export async function listAuthoredCourses(
  deps: Deps,
  actor: Actor | null,
): Promise<q.CourseListRow[]> {
  const who = requireAuthor(actor);
  return q.selectCourseList(deps.db, {
    organisationId: canReview(who) ? null : who.partnerOrganisationId,
    status: null,
    oldestFirst: false,
  });
}

/** What the new-course form offers: the themes, and for coordinators the organisations. */
export async function newCourseOptions(
  deps: Deps,
  actor: Actor | null,
  language: string,
): Promise<{
  themes: ThemeSummary[];
  organisations: OrganisationChoice[] | null;
  partnerChoices: OrganisationChoice[];
}> {
  const who = requireAuthor(actor);
  const choices = await listOrganisationChoices(deps);
  return {
    themes: await listThemes(deps, language),
    organisations: canReview(who) ? choices : null,
    partnerChoices: choices,
  };
}

export interface CourseEditor {
  course: q.Course;
  texts: q.CourseText[];
  themeIds: number[];
  themes: ThemeSummary[];
  partners: Array<{ id: number; name: string; slug: string }>;
  /** Organisations that can be credited as partners. */
  partnerChoices: OrganisationChoice[];
  modules: Array<s.ModuleRow & { lessons: l.LessonRow[] }>;
  canReview: boolean;
}

/** Everything the course's editing page shows. */
export async function getCourseEditor(
  deps: Deps,
  actor: Actor | null,
  id: string,
  language: string,
): Promise<CourseEditor> {
  const { who, course } = await loadEditableCourse(deps, actor, id, 'view');
  const [texts, themeIds, themes, partners, partnerChoices, modules, lessons] = await Promise.all([
    q.selectTranslations(deps.db, course.id),
    q.selectThemeIds(deps.db, course.id),
    listThemes(deps, language),
    q.selectPartners(deps.db, course.id),
    listOrganisationChoices(deps),
    s.selectModules(deps.db, course.id),
    l.selectLessons(deps.db, course.id),
  ]);
  return {
    course,
    texts,
    themeIds,
    themes,
    partners,
    partnerChoices,
    modules: modules.map((m) => ({ ...m, lessons: lessons.filter((x) => x.moduleId === m.id) })),
    canReview: canReview(who),
  };
}

/** Throws a 400 tied to its field unless every chosen theme and credited partner exists. */
export async function checkChoices(
  deps: Deps,
  input: { theme_ids: number[]; partner_ids: number[] },
): Promise<void> {
  const themes = new Set((await listThemes(deps, 'en')).map((t) => t.id));
  if (!input.theme_ids.every((id) => themes.has(id)))
    throw new AppError('VALIDATION', 'courses.errors.themeUnknown', {
      fields: { theme_ids: 'courses.errors.themeUnknown' },
    });
  if (input.partner_ids.length === 0) return;
  const organisations = new Set((await listOrganisationChoices(deps)).map((o) => o.id));
  if (!input.partner_ids.every((id) => organisations.has(id)))
    throw new AppError('VALIDATION', 'courses.errors.partnerUnknown', {
      fields: { partner_ids: 'courses.errors.partnerUnknown' },
    });
}
