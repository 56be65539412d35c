import type { T } from '../../../web/i18n.ts';
import type { CohortLearner } from '../cohort.service.ts';

type Result = CohortLearner['results'] extends Map<number, infer R> ? R : never;

/** A learner's result in one quiz or assignment, in words: for the cohort table and its CSV. */
export function resultText(t: T, result: Result | undefined): string {
  if (!result) return '—';
  if ('attempts' in result)
    return t(result.passed ? 'cohort.result.quizPassed' : 'cohort.result.quizNotPassed', {
      score: result.bestScore ?? 0,
      attempts: result.attempts,
    });
  if (result.status === 'submitted') return t('cohort.result.toGrade');
  return t('cohort.result.graded', { score: result.score ?? 0, max: result.maxScore });
}
