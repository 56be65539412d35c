import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkInState } from './follow-up-dates.ts';
import { statusAfterAnswer, statusAfterCity } from './support.policy.ts';

test('answers move a request to in progress or answered, never a closed one', () => {
  assert.equal(statusAfterAnswer('open', 'in_progress'), 'in_progress');
  assert.equal(statusAfterAnswer('in_progress', 'answered'), 'answered');
  assert.equal(statusAfterAnswer('answered', null), 'answered');
  assert.equal(statusAfterAnswer('closed', 'answered'), null);
});

test('the asking city replies, closes and reopens', () => {
  assert.equal(statusAfterCity('answered', 'reply'), 'answered');
  assert.equal(statusAfterCity('answered', 'close'), 'closed');
  assert.equal(statusAfterCity('open', 'close'), 'closed');
  assert.equal(statusAfterCity('closed', 'reopen'), 'open');
  assert.equal(statusAfterCity('open', 'reopen'), null);
  assert.equal(statusAfterCity('closed', 'reply'), null);
  assert.equal(statusAfterCity('closed', 'close'), null);
});

test('a check-in is due until its day has passed, then overdue until submitted', () => {
  const today = '2026-03-10';
  assert.equal(checkInState({ dueOn: '2026-03-10', submittedAt: null }, today), 'due');
  assert.equal(checkInState({ dueOn: '2026-03-09', submittedAt: null }, today), 'overdue');
  assert.equal(
    checkInState({ dueOn: '2026-03-09', submittedAt: '2026-03-11T09:00:00Z' }, today),
    'submitted',
  );
});
