import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Actor } from '../accounts/actor.ts';
import { actionFor, closureOf } from './runs.policy.ts';
import type { Run } from './runs.queries.ts';

const now = new Date('2030-06-15T12:00:00Z');
const official: Actor = {
  id: 1,
  name: 'A',
  email: 'a@example.org',
  preferredLanguage: 'en',
  organisationId: null,
  roles: new Set(),
  partnerOrganisationId: null,
};

function run(overrides: Partial<Run> = {}): Run {
  return {
    id: 1,
    courseId: 1,
    title: '',
    startsOn: '2030-07-01',
    endsOn: '2030-07-31',
    location: '',
    enrolmentMode: 'open',
    enrolmentClosesAt: null,
    seats: 10,
    seatsTaken: 0,
    isAlwaysOpen: false,
    status: 'scheduled',
    ...overrides,
  };
}

describe('run policy', () => {
  it('a run takes enrolments until it is cancelled, ends, or its enrolment closes', () => {
    assert.equal(closureOf(run(), now), null);
    assert.equal(closureOf(run({ status: 'cancelled' }), now), 'cancelled');
    assert.equal(closureOf(run({ startsOn: '2030-06-01', endsOn: '2030-06-14' }), now), 'ended');
    // The last day of a run still counts.
    assert.equal(closureOf(run({ startsOn: '2030-06-01', endsOn: '2030-06-15' }), now), null);
    assert.equal(closureOf(run({ enrolmentClosesAt: '2030-06-14T23:59:59.999Z' }), now), 'closed');
    assert.equal(closureOf(run({ enrolmentClosesAt: '2030-06-15T23:59:59.999Z' }), now), null);
    const alwaysOpen = run({ isAlwaysOpen: true, startsOn: null, endsOn: null, seats: null });
    assert.equal(closureOf(alwaysOpen, now), null);
  });

  it('offers each visitor the one action that fits', () => {
    const table: Array<[string, Run, Actor | null, Parameters<typeof actionFor>[2], string]> = [
      ['visitor', run(), null, null, 'signIn'],
      ['open run', run(), official, null, 'enrol'],
      ['full run', run({ seatsTaken: 10 }), official, null, 'waitlist'],
      ['by application', run({ enrolmentMode: 'application' }), official, null, 'apply'],
      ['after withdrawing', run(), official, 'withdrawn', 'enrol'],
      ['enrolled', run(), official, 'enrolled', 'continue'],
      ['completed', run({ status: 'cancelled' }), official, 'completed', 'continue'],
      ['waiting', run(), official, 'waitlisted', 'waitlisted'],
      ['applied', run(), official, 'applied', 'applied'],
      ['declined', run(), official, 'declined', 'declined'],
      ['cancelled', run({ status: 'cancelled' }), official, 'enrolled', 'cancelled'],
      ['closed, visitor', run({ enrolmentClosesAt: '2030-01-01T00:00:00Z' }), null, null, 'closed'],
    ];
    for (const [name, r, actor, status, expected] of table)
      assert.equal(actionFor(r, actor, status, now), expected, name);
  });
});
