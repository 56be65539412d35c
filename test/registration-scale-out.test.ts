import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Deps } from '../src/deps.ts';
import { createEvent } from './factories/events.ts';
import { createOfficial } from './factories/officials.ts';
import { createOrganisation } from './factories/organisations.ts';
import { sessionFor } from './factories/runs.ts';
import { HttpVisitor, type ServerProcess } from './support/processes.ts';
import { openSharedDatabase, type SharedDatabase } from './support/shared-database.ts';

// Issue 4: seat limits hold across two app processes on one database. 200 officials register at
// once for a 30-seat event, half through each process, over real HTTP.

describe('registration across two app processes on one database', () => {
  let shared: SharedDatabase;
  let deps: Deps;
  let processes: ServerProcess[];

  before(async () => {
    shared = await openSharedDatabase();
    deps = shared.deps;
    processes = await shared.startTwo({ WORKER: 'false' });
  });

  after(() => shared?.close());

  it('200 simultaneous registrations for 30 seats give exactly 30 registered and 170 waiting', async () => {
    const organisationId = (await createOrganisation(deps)).id;
    const event = await createEvent(deps, { organisationId, capacity: 30 });
    const people = [];
    for (let i = 0; i < 200; i++) {
      const official = await createOfficial(deps);
      const session = await sessionFor(deps, official.id);
      const visitor = new HttpVisitor();
      visitor.cookies.set('lphm_session', session.cookie);
      people.push({ visitor, csrf: session.csrf, server: processes[i % 2]!.url });
    }
    const answers = await Promise.all(
      people.map((p) =>
        p.visitor.post(`${p.server}/events/${event.slug}/register`, {
          _csrf: p.csrf,
          waitlist_if_full: '1',
        }),
      ),
    );
    const statuses = [...new Set(answers.map((a) => a.status))];
    assert.deepEqual(statuses, [303], `answers: ${statuses.join(', ')}`);
    const rows = await deps.db
      .selectFrom('registrations')
      .select(['status', (eb) => eb.fn.countAll<number | string>().as('n')])
      .where('event_id', '=', event.id)
      .groupBy('status')
      .execute();
    assert.deepEqual(Object.fromEntries(rows.map((r) => [r.status, Number(r.n)])), {
      registered: 30,
      waitlisted: 170,
    });
    const seats = await deps.db
      .selectFrom('events')
      .select('seats_taken')
      .where('id', '=', event.id)
      .executeTakeFirstOrThrow();
    assert.equal(Number(seats.seats_taken), 30);
  });
});
