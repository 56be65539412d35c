import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  continueLessonId,
  neighbours,
  pickByLanguage,
  pickText,
  progressOf,
} from './learning-path.ts';

const steps = [
  { id: 1, isRequired: true },
  { id: 2, isRequired: false },
  { id: 3, isRequired: true },
  { id: 4, isRequired: true },
];

describe('a learner’s path through a course', () => {
  it('counts required lessons only', () => {
    assert.deepEqual(progressOf(steps, new Set([1, 2])), { done: 1, total: 3 });
  });

  it('continues with the last lesson opened while it is not done', () => {
    assert.equal(continueLessonId(steps, new Set([1]), 3), 3);
  });

  it('continues after the last lesson once it is done, else with the first not done', () => {
    assert.equal(continueLessonId(steps, new Set([1, 3]), 3), 4);
    assert.equal(continueLessonId(steps, new Set([3, 4]), 4), 1);
    assert.equal(continueLessonId(steps, new Set(), null), 1);
    assert.equal(continueLessonId(steps, new Set([1, 2, 3, 4]), 2), null);
  });

  it('finds the lessons before and after, and none for a stranger', () => {
    assert.deepEqual(neighbours(steps, 1), { previous: null, next: steps[1] });
    assert.deepEqual(neighbours(steps, 4), { previous: steps[2], next: null });
    assert.deepEqual(neighbours(steps, 99), { previous: null, next: null });
  });

  it('picks the wanted language, then the reader’s, then English, then any', () => {
    const texts = { es: 'Hola', en: 'Hello', ar: 'مرحبا' };
    assert.deepEqual(pickText(texts, 'ar', 'fr'), { text: 'مرحبا', language: 'ar' });
    assert.deepEqual(pickText(texts, 'fr', 'es'), { text: 'Hola', language: 'es' });
    assert.deepEqual(pickText(texts, 'fr', 'zh'), { text: 'Hello', language: 'en' });
    assert.deepEqual(pickText({ ru: 'Привет', ar: 'مرحبا' }, 'fr', 'zh').language, 'ar');
    assert.deepEqual(pickText({}, 'fr', 'zh'), { text: '', language: 'fr' });
    const files = [{ language: 'ru' }, { language: 'en' }];
    assert.equal(pickByLanguage(files, 'ru', 'en')?.language, 'ru');
    assert.equal(pickByLanguage(files, 'fr', 'zh')?.language, 'en');
    assert.equal(pickByLanguage([], 'fr', 'zh'), undefined);
  });
});
