import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addMonths, buildTimeline, checkInSchedule, isOverdue } from './twinning-timeline.ts';

test('months are added on the same day, or the last day of a shorter month', () => {
  assert.equal(addMonths('2026-01-31', 1), '2026-02-28');
  assert.equal(addMonths('2028-01-31', 1), '2028-02-29');
  assert.equal(addMonths('2026-11-15', 3), '2027-02-15');
  assert.equal(addMonths('2026-05-10', 12), '2027-05-10');
});

test('check-ins fall every N months after the start, up to the end', () => {
  assert.deepEqual(checkInSchedule('2026-01-01', '2026-12-31', 3), [
    '2026-04-01',
    '2026-07-01',
    '2026-10-01',
  ]);
  assert.deepEqual(checkInSchedule('2026-01-01', '2027-01-01', 6), ['2026-07-01', '2027-01-01']);
  assert.deepEqual(checkInSchedule('2026-01-01', '2026-01-20', 1), []);
});

test('an action is overdue when past due and neither done nor cancelled', () => {
  const today = '2026-06-01';
  assert.equal(isOverdue({ dueOn: '2026-05-31', status: 'planned' }, today), true);
  assert.equal(isOverdue({ dueOn: '2026-05-31', status: 'blocked' }, today), true);
  assert.equal(isOverdue({ dueOn: '2026-05-31', status: 'done' }, today), false);
  assert.equal(isOverdue({ dueOn: '2026-05-31', status: 'cancelled' }, today), false);
  assert.equal(isOverdue({ dueOn: '2026-06-01', status: 'planned' }, today), false);
});

test('the timeline puts everything in date order with today among it', () => {
  const entries = buildTimeline(
    { startsOn: '2026-01-01', endsOn: '2026-12-31' },
    [
      { title: 'Survey', dueOn: '2026-03-01', status: 'in_progress' },
      { title: 'Campaign', dueOn: '2026-09-01', status: 'planned' },
    ],
    [{ title: 'Kick-off', dueOn: '2026-01-15', reachedOn: '2026-01-20' }],
    [
      { dueOn: '2026-04-01', submittedAt: '2026-04-02T10:00:00.000Z' },
      { dueOn: '2026-07-01', submittedAt: null },
    ],
    '2026-08-01',
  );
  assert.deepEqual(
    entries.map((e) => [e.date, e.kind, e.late, e.done]),
    [
      ['2026-01-01', 'start', false, true],
      ['2026-01-20', 'milestone', false, true],
      ['2026-03-01', 'action', true, false],
      ['2026-04-01', 'checkIn', false, true],
      ['2026-07-01', 'checkIn', true, false],
      ['2026-08-01', 'today', false, false],
      ['2026-09-01', 'action', false, false],
      ['2026-12-31', 'end', false, false],
    ],
  );
});
