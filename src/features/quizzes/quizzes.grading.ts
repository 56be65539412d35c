// Grading, as pure functions: what the server decides about an attempt, tested without a database.

export const QUESTION_KINDS = ['single', 'multiple', 'true_false', 'short_text'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

/**
 * A short-text answer as it is compared: NFKC (full-width letters, ligatures and compatibility
 * forms become their plain equivalents), case-folded, trimmed, inner whitespace collapsed.
 * Diacritics are kept on purpose: in the platform's languages they tell words apart (French
 * "où"/"ou", Spanish "año"/"ano"), so folding them would accept wrong answers.
 */
export function normaliseAnswer(text: string): string {
  return text
    .normalize('NFKC')
    .toLocaleLowerCase('und')
    .normalize('NFKC')
    .trim()
    .replace(/\s+/gu, ' ');
}

/**
 * An author's accepted answers as they are kept: one per normalised form (the first written
 * wins), trimmed, empty ones dropped. They are shown as written and compared normalised.
 */
export function distinctAnswers(answers: readonly string[]): string[] {
  const kept = new Map<string, string>();
  for (const answer of answers) {
    const key = normaliseAnswer(answer);
    if (key !== '' && !kept.has(key)) kept.set(key, answer.trim().replace(/\s+/gu, ' '));
  }
  return [...kept.values()];
}

export interface GradingQuestion {
  id: number;
  kind: string;
  points: number;
  choices: Array<{ id: number; isCorrect: boolean }>;
  /** Accepted answers of a short-text question, as the author wrote them. */
  accepted: string[];
}

/** What the learner gave for one question: chosen choice ids, or a text. */
export interface GivenAnswer {
  choiceIds: number[];
  text: string;
}

export interface GradedAnswer extends GivenAnswer {
  questionId: number;
  points: number;
  earned: number;
}

/**
 * One question, all or nothing: a single-choice or true/false question needs the one right choice;
 * a multiple-choice question needs exactly the right set (no partial credit, so ticking every box
 * never pays); a short text needs a match with an accepted answer after normalising both.
 */
export function gradeQuestion(question: GradingQuestion, given: GivenAnswer): GradedAnswer {
  const chosen = new Set(given.choiceIds);
  const right = question.choices.filter((c) => c.isCorrect).map((c) => c.id);
  let correct: boolean;
  if (question.kind === 'short_text') {
    const text = normaliseAnswer(given.text);
    correct = text !== '' && question.accepted.some((a) => normaliseAnswer(a) === text);
  } else if (question.kind === 'multiple') {
    correct = chosen.size === right.length && right.every((id) => chosen.has(id));
  } else {
    correct = chosen.size === 1 && right.length >= 1 && right.some((id) => chosen.has(id));
  }
  return {
    questionId: question.id,
    choiceIds: [...chosen],
    text: question.kind === 'short_text' ? given.text : '',
    points: question.points,
    earned: correct ? question.points : 0,
  };
}

export interface Grade {
  answers: GradedAnswer[];
  points: number;
  maxPoints: number;
  /** Percent of the points, rounded down. */
  score: number;
  passed: boolean;
}

/** Grades every question (an unanswered one earns nothing) and compares with the pass mark. */
export function gradeAttempt(
  questions: GradingQuestion[],
  given: ReadonlyMap<number, GivenAnswer>,
  passMark: number,
): Grade {
  const answers = questions.map((q) =>
    gradeQuestion(q, given.get(q.id) ?? { choiceIds: [], text: '' }),
  );
  const points = answers.reduce((sum, a) => sum + a.earned, 0);
  const maxPoints = answers.reduce((sum, a) => sum + a.points, 0);
  return {
    answers,
    points,
    maxPoints,
    score: maxPoints === 0 ? 0 : Math.floor((points * 100) / maxPoints),
    // Compared in whole numbers: 2 of 3 points is not rounded up to a 67 % pass mark.
    passed: maxPoints > 0 && points * 100 >= passMark * maxPoints,
  };
}

/** A fixed shuffle of a list for one attempt (the same order every time the attempt is shown). */
export function shuffleFor<T>(list: readonly T[], seed: number): T[] {
  const out = [...list];
  let state = (seed * 2654435761) >>> 0 || 1;
  for (let i = out.length - 1; i > 0; i--) {
    // xorshift32: small and good enough to vary the order between attempts.
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
