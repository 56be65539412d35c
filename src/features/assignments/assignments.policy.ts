import type { AssignmentSettings } from './assignments.queries.ts';

// The rules of assignments as pure functions: what a lesson without settings uses, when a
// learner may (re)submit, and what counts as a pass.

/** The settings of an assignment lesson nobody has set up yet. */
export function defaultSettings(platformLimitBytes: number): AssignmentSettings {
  return {
    acceptsText: true,
    acceptsFile: true,
    deadlineAt: null,
    maxScore: 100,
    passMark: 50,
    maxFileBytes: platformLimitBytes,
  };
}

export function isPastDeadline(settings: AssignmentSettings, now: Date): boolean {
  return settings.deadlineAt !== null && now.getTime() > Date.parse(settings.deadlineAt);
}

/**
 * Why the learner may not submit now (a translation key), or null: a graded submission is final,
 * and nothing is taken after the deadline. Until then a submission may be replaced.
 */
export function submissionRefusal(
  settings: AssignmentSettings,
  current: { status: string } | undefined,
  now: Date,
): string | null {
  if (current?.status === 'graded') return 'assignments.errors.alreadyGraded';
  if (isPastDeadline(settings, now)) return 'assignments.errors.deadlinePassed';
  return null;
}

/** A grade at or above the pass mark completes the lesson. */
export function isPassing(score: number, settings: AssignmentSettings): boolean {
  return score >= settings.passMark;
}
