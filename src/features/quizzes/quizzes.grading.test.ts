import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  distinctAnswers,
  gradeAttempt,
  gradeQuestion,
  normaliseAnswer,
  shuffleFor,
  type GradingQuestion,
} from './quizzes.grading.ts';

const single: GradingQuestion = {
  id: 1,
  kind: 'single',
  points: 2,
  choices: [
    { id: 10, isCorrect: false },
    { id: 11, isCorrect: true },
  ],
  accepted: [],
};
const multiple: GradingQuestion = {
  id: 2,
  kind: 'multiple',
  points: 3,
  choices: [
    { id: 20, isCorrect: true },
    { id: 21, isCorrect: false },
    { id: 22, isCorrect: true },
  ],
  accepted: [],
};
const trueFalse: GradingQuestion = {
  id: 3,
  kind: 'true_false',
  points: 1,
  choices: [
    { id: 30, isCorrect: false },
    { id: 31, isCorrect: true },
  ],
  accepted: [],
};
const short: GradingQuestion = {
  id: 4,
  kind: 'short_text',
  points: 1,
  choices: [],
  accepted: ['Red Star Line', 'Musée Red Star Line'],
};
const given = (choiceIds: number[], text = '') => ({ choiceIds, text });

describe('quiz grading', () => {
  it('single choice earns its points only for the right choice, alone', () => {
    assert.equal(gradeQuestion(single, given([11])).earned, 2);
    assert.equal(gradeQuestion(single, given([10])).earned, 0);
    assert.equal(gradeQuestion(single, given([10, 11])).earned, 0);
    assert.equal(gradeQuestion(single, given([])).earned, 0);
  });

  it('multiple choice needs exactly the right set: no credit for ticking everything', () => {
    assert.equal(gradeQuestion(multiple, given([20, 22])).earned, 3);
    assert.equal(gradeQuestion(multiple, given([22, 20, 20])).earned, 3);
    assert.equal(gradeQuestion(multiple, given([20])).earned, 0);
    assert.equal(gradeQuestion(multiple, given([20, 21, 22])).earned, 0);
  });

  it('true/false earns its point for the right one of the two', () => {
    assert.equal(gradeQuestion(trueFalse, given([31])).earned, 1);
    assert.equal(gradeQuestion(trueFalse, given([30])).earned, 0);
  });

  it('short text matches after normalising case, width and spaces but keeps accents', () => {
    for (const text of [
      'red star line',
      '  RED   star\tLine ',
      'ＲＥＤ ＳＴＡＲ ＬＩＮＥ',
      'musée red star line',
    ])
      assert.equal(gradeQuestion(short, given([], text)).earned, 1, text);
    for (const text of ['', '   ', 'musee red star line', 'red star'])
      assert.equal(gradeQuestion(short, given([], text)).earned, 0, text);
    assert.equal(normaliseAnswer('  Straße\u00a0 ﬁle '), 'straße file');
    assert.equal(normaliseAnswer('ДУРБАН'), 'дурбан');
  });

  it('scores in whole percent and passes only at or above the pass mark, without rounding up', () => {
    const all = [single, multiple, trueFalse, short];
    const answers = new Map([
      [1, given([11])],
      [2, given([20])],
      [3, given([31])],
      [4, given([], 'Red Star Line')],
    ]);
    const grade = gradeAttempt(all, answers, 57);
    assert.equal(grade.points, 4);
    assert.equal(grade.maxPoints, 7);
    assert.equal(grade.score, 57);
    assert.equal(grade.passed, true);
    assert.equal(gradeAttempt(all, answers, 58).passed, false);
    // 2 of 3 points is 66.67 %: not a pass at 67.
    const twoOfThree = gradeAttempt([single, trueFalse], new Map([[1, given([11])]]), 67);
    assert.equal(twoOfThree.passed, false);
    assert.equal(gradeAttempt([], new Map(), 0).passed, false);
  });

  it('shuffles the same way for the same attempt, differently across attempts', () => {
    const list = [1, 2, 3, 4, 5, 6, 7, 8];
    assert.deepEqual(shuffleFor(list, 42), shuffleFor(list, 42));
    assert.deepEqual([...shuffleFor(list, 42)].sort(), list);
    const orders = new Set([1, 2, 3, 4, 5].map((s) => shuffleFor(list, s).join()));
    assert.ok(orders.size > 1);
  });

  it('keeps accepted answers as first written, one per normalised form, and matches them normalised', () => {
    assert.deepEqual(distinctAnswers(['  Red  Star Line ', 'RED STAR LINE', '', ' ', 'Musée']), [
      'Red Star Line',
      'Musée',
    ]);
    const question: GradingQuestion = { ...short, accepted: ['Red Star Line'] };
    assert.equal(gradeQuestion(question, given([], '  red   STAR line')).earned, question.points);
  });
});
