import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createCourse } from '../../../test/factories/courses.ts';
import { createThread } from '../../../test/factories/discussions.ts';
import { createEvent } from '../../../test/factories/events.ts';
import { createExchange } from '../../../test/factories/exchanges.ts';
import { createOfficial } from '../../../test/factories/officials.ts';
import { createCity, createOrganisation } from '../../../test/factories/organisations.ts';
import { register } from '../../../test/factories/registrations.ts';
import { createRun, enrol } from '../../../test/factories/runs.ts';
import { createThemes } from '../../../test/factories/themes.ts';
import { createTwinning } from '../../../test/factories/twinnings.ts';
import { createTestApp, type TestApp } from '../../../test/support/app.ts';
import type { Actor } from '../accounts/actor.ts';
import { actorOf } from '../accounts/actor-of.ts';
import { reportPost } from './reports.service.ts';
import type { SubjectRef } from './subjects.ts';

// Who is told when a post is reported, for each kind of subject.

describe('reports tell the subject’s moderators', () => {
  let t: TestApp;
  let coordinatorId: number;
  const official = async (o: Parameters<typeof createOfficial>[1] = {}) =>
    (await actorOf(t.deps, (await createOfficial(t.deps, o)).id)) as Actor;

  /** Reports the first post of a new thread in the subject; returns who was told, sorted. */
  async function told(subject: SubjectRef, author: Actor, reporter: Actor): Promise<number[]> {
    const thread = await createThread(t.deps, { subject, authorId: author.id });
    const postId = thread.postIds[0]!;
    await reportPost(t.deps, reporter, postId, { reason: 'spam', note: '' });
    const rows = await t.deps.db
      .selectFrom('notifications')
      .select('user_id')
      .where('message', '=', 'moderation.notify.reported')
      .where('source', '=', `report:${postId}`)
      .execute();
    return rows.map((r) => r.user_id).sort((a, b) => a - b);
  }
  const sorted = (...ids: number[]) => ids.sort((a, b) => a - b);

  before(async () => {
    t = await createTestApp();
    await createThemes(t.deps);
    coordinatorId = (await official({ roles: ['coordinator'] })).id;
  });
  after(() => t.close());

  it('a run: its facilitators, not other facilitators or coordinators', async () => {
    const partner = await createOrganisation(t.deps);
    const [a, b, other] = [
      await official({ roles: ['facilitator'] }),
      await official({ roles: ['facilitator'] }),
      await official({ roles: ['facilitator'] }),
    ];
    const course = await createCourse(t.deps, {
      organisationId: partner.id,
      createdBy: a.id,
      status: 'published',
    });
    const run = await createRun(t.deps, course.id, { facilitatorIds: [a.id, b.id] });
    await createRun(t.deps, course.id, { facilitatorIds: [other.id] });
    const [author, reporter] = [await official(), await official()];
    for (const l of [author, reporter]) await enrol(t.deps, run.id, l.id);
    assert.deepEqual(await told({ kind: 'run', id: run.id }, author, reporter), sorted(a.id, b.id));
  });

  it('a run without facilitators: the coordinators', async () => {
    const partner = await createOrganisation(t.deps);
    const course = await createCourse(t.deps, {
      organisationId: partner.id,
      createdBy: coordinatorId,
      status: 'published',
    });
    const run = await createRun(t.deps, course.id);
    const [author, reporter] = [await official(), await official()];
    for (const l of [author, reporter]) await enrol(t.deps, run.id, l.id);
    assert.deepEqual(await told({ kind: 'run', id: run.id }, author, reporter), [coordinatorId]);
  });

  it('an event: the partner editors of its organisers, not other editors', async () => {
    const [owner, coOrganiser, elsewhere] = [
      await createOrganisation(t.deps),
      await createOrganisation(t.deps),
      await createOrganisation(t.deps),
    ];
    const event = await createEvent(t.deps, {
      organisationId: owner.id,
      organiserIds: [coOrganiser.id],
    });
    const editor = await official({ roles: ['partner_editor'], partnerOrganisationId: owner.id });
    const coEditor = await official({
      roles: ['partner_editor'],
      partnerOrganisationId: coOrganiser.id,
    });
    await official({ roles: ['partner_editor'], partnerOrganisationId: elsewhere.id });
    const [author, reporter] = [await official(), await official()];
    for (const p of [author, reporter]) await register(t.deps, event.id, p.id, 'registered');
    assert.deepEqual(
      await told({ kind: 'event', id: event.id }, author, reporter),
      sorted(editor.id, coEditor.id),
    );
  });

  it('an exchange: its facilitator; the coordinators when it has none', async () => {
    const city = await createCity(t.deps);
    const facilitator = await official({ roles: ['facilitator'] });
    const [author, reporter] = [await official(), await official()];
    const exchange = await createExchange(t.deps, {
      cityIds: [city.id],
      facilitatorId: facilitator.id,
      participantIds: [author.id, reporter.id],
    });
    assert.deepEqual(await told({ kind: 'exchange', id: exchange.id }, author, reporter), [
      facilitator.id,
    ]);
    const orphan = await createExchange(t.deps, {
      cityIds: [city.id],
      facilitatorId: null,
      participantIds: [author.id, reporter.id],
    });
    assert.deepEqual(await told({ kind: 'exchange', id: orphan.id }, author, reporter), [
      coordinatorId,
    ]);
  });

  it('a twinning project: its facilitator', async () => {
    const [a, b] = [await createCity(t.deps), await createCity(t.deps)];
    const facilitator = await official({ roles: ['facilitator'] });
    const twinning = await createTwinning(t.deps, {
      cityIds: [a.id, b.id],
      facilitatorId: facilitator.id,
    });
    const [author, reporter] = [
      await official({ organisationId: a.id }),
      await official({ organisationId: b.id }),
    ];
    assert.deepEqual(await told({ kind: 'twinning', id: twinning.id }, author, reporter), [
      facilitator.id,
    ]);
  });

  it('a theme: the coordinators', async () => {
    const themes = await createThemes(t.deps);
    await official({ roles: ['facilitator'] });
    const [author, reporter] = [await official(), await official()];
    const subject: SubjectRef = { kind: 'theme', id: Object.values(themes)[0]! };
    assert.deepEqual(await told(subject, author, reporter), [coordinatorId]);
  });
});
