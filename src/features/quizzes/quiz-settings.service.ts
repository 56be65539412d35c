import { nowIso } from '../../db/database.ts';
import type { Deps } from '../../deps.ts';
import type { Actor } from '../accounts/actor.ts';
import * as q from './quizzes.queries.ts';
import type { SettingsInput } from './quizzes.schema.ts';
import { loadQuizForEditing } from './quizzes.service.ts';

/** Saves a quiz's pass mark, number of attempts, time limit and shuffling. */
export async function saveSettings(
  deps: Deps,
  actor: Actor | null,
  lessonId: string,
  input: SettingsInput,
): Promise<{ lessonId: number }> {
  const quiz = await loadQuizForEditing(deps, actor, lessonId, 'change');
  await q.upsertSettings(
    deps.db,
    quiz.lessonId,
    {
      passMark: input.pass_mark,
      maxAttempts: input.max_attempts,
      timeLimitMinutes: input.time_limit_minutes,
      shuffle: input.shuffle,
    },
    nowIso(),
  );
  return { lessonId: quiz.lessonId };
}
