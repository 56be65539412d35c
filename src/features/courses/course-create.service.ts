import { selectSlugsStartingWith } from '../../db/slugs.queries.ts';
import { isUniqueViolation, nowIso } from '../../db/database.ts';
import type { Deps } from '../../deps.ts';
import { AppError } from '../../web/errors.ts';
import type { Actor } from '../accounts/actor.ts';
import { organisationExists } from '../organisations/organisations.service.ts';
import * as q from './courses.queries.ts';
import { canReview } from './courses.policy.ts';
import { parseId, type NewCourseInput } from './courses.schema.ts';
import { checkChoices, loadEditableCourse, requireAuthor } from './courses.service.ts';
import { courseSlugBase, freeSlug } from './slug.ts';

// Two authors may give courses the same title at once: the unique slug index makes the loser try
// the next free slug.
const SLUG_ATTEMPTS = 10;

/** The organisation a new course belongs to: the partner editor's own, or the coordinator's choice. */
async function owningOrganisation(deps: Deps, who: Actor, input: NewCourseInput): Promise<number> {
  if (!canReview(who)) return who.partnerOrganisationId as number;
  const id = parseId(input.organisation_id);
  if (id === null || !(await organisationExists(deps, id)))
    throw new AppError('VALIDATION', 'courses.errors.organisationRequired', {
      fields: { organisation_id: 'courses.errors.organisationRequired' },
    });
  return id;
}

/** Creates a draft course in one language, credited to its organisation; audited. */
export async function createCourse(
  deps: Deps,
  actor: Actor | null,
  input: NewCourseInput,
): Promise<{ id: number }> {
  const who = requireAuthor(actor);
  const organisationId = await owningOrganisation(deps, who, input);
  await checkChoices(deps, input);
  const base = courseSlugBase(input.title);
  const text = {
    language: input.language,
    title: input.title,
    summary: input.summary,
    objectives: input.objectives,
  };
  const settings = {
    format: input.format,
    level: input.level,
    durationHours: input.duration_hours,
    themeIds: input.theme_ids,
    partnerIds: input.partner_ids,
  };
  for (let attempt = 0; attempt < SLUG_ATTEMPTS; attempt++) {
    const slug = freeSlug(base, await selectSlugsStartingWith(deps.db, 'courses', base));
    try {
      const id = await deps.db.transaction().execute(async (tx) => {
        const now = nowIso();
        const courseId = await q.insertCourse(
          tx,
          { slug, organisationId, createdBy: who.id, isDemo: false },
          text,
          settings,
          now,
        );
        await q.insertAuditEvent(
          tx,
          { actorId: who.id, action: 'course.create', subjectId: courseId, details: { slug } },
          now,
        );
        return courseId;
      });
      return { id };
    } catch (err) {
      if (!isUniqueViolation(err)) throw err;
    }
  }
  throw new AppError('CONFLICT', 'courses.errors.slugConflict');
}

/** Saves one language's text and the shared settings of a course; audited. */
export async function saveCourseDetails(
  deps: Deps,
  actor: Actor | null,
  courseId: number,
  input: Omit<NewCourseInput, 'organisation_id'>,
): Promise<void> {
  const { who, course } = await loadEditableCourse(deps, actor, courseId, 'change');
  await checkChoices(deps, input);
  await deps.db.transaction().execute(async (tx) => {
    const now = nowIso();
    await q.upsertTranslation(tx, course.id, {
      language: input.language,
      title: input.title,
      summary: input.summary,
      objectives: input.objectives,
    });
    await q.updateSettings(
      tx,
      course,
      {
        format: input.format,
        level: input.level,
        durationHours: input.duration_hours,
        themeIds: input.theme_ids,
        partnerIds: input.partner_ids,
      },
      now,
    );
    await q.insertAuditEvent(
      tx,
      {
        actorId: who.id,
        action: 'course.update',
        subjectId: course.id,
        details: { language: input.language },
      },
      now,
    );
  });
}
