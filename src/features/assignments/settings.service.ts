import type { Deps } from '../../deps.ts';
import { AppError } from '../../web/errors.ts';
import type { Actor } from '../accounts/actor.ts';
import { loadLesson } from '../courses/lessons.service.ts';
import {
  selectAssignment,
  upsertAssignment,
  type AssignmentSettings,
} from './assignments.queries.ts';
import { defaultSettings } from './assignments.policy.ts';

// An assignment lesson's settings, set by those who may edit its course (courses' canEditCourse,
// checked by loadLesson): what it accepts, deadline, scores and file size limit.

async function assignmentLesson(
  deps: Deps,
  actor: Actor | null,
  lessonId: string,
  mode: 'view' | 'change',
) {
  const { lesson } = await loadLesson(deps, actor, lessonId, mode);
  if (lesson.kind !== 'assignment')
    throw new AppError('NOT_FOUND', 'assignments.errors.notAssignment');
  return lesson;
}

/**
 * The settings page: the lesson and its settings (the defaults until someone saves them). Another
 * organisation's lesson is not found when viewing it ('view'), forbidden when changing it.
 */
export async function getAssignmentSettings(
  deps: Deps,
  actor: Actor | null,
  lessonId: string,
  mode: 'view' | 'change' = 'view',
) {
  const lesson = await assignmentLesson(deps, actor, lessonId, mode);
  const limit = deps.config.UPLOAD_LIMIT_BYTES;
  const settings = (await selectAssignment(deps.db, lesson.id)) ?? defaultSettings(limit);
  return { lesson, settings, platformLimitBytes: limit };
}

/** Saves the settings; later grades use the new scores, earlier grades stay as they were. */
export async function saveAssignmentSettings(
  deps: Deps,
  actor: Actor | null,
  lessonId: string,
  input: AssignmentSettings,
): Promise<{ lessonId: number }> {
  const lesson = await assignmentLesson(deps, actor, lessonId, 'change');
  const maxFileBytes = Math.min(input.maxFileBytes, deps.config.UPLOAD_LIMIT_BYTES);
  await upsertAssignment(deps.db, lesson.id, { ...input, maxFileBytes }, new Date().toISOString());
  return { lessonId: lesson.id };
}
