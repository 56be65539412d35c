import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createCourse } from '../../../test/factories/courses.ts';
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
import {
  describeSubject,
  rightsIn,
  subjectExists,
  subjectMembers,
  subjectsOf,
  type SubjectRef,
} from './subjects.ts';

// Who may read, post and moderate in each kind of subject, and what the hub knows of subjects.

const NONE = { read: false, post: false, moderate: false };
const MEMBER = { read: true, post: true, moderate: false };
const MODERATOR = { read: true, post: true, moderate: true };

describe('discussion subjects', () => {
  let t: TestApp;
  const actor = async (id: number) => (await actorOf(t.deps, id)) as Actor;
  const official = async (o: Parameters<typeof createOfficial>[1] = {}) =>
    actor((await createOfficial(t.deps, o)).id);
  let stranger: Actor;
  let coordinator: Actor;
  before(async () => {
    t = await createTestApp();
    await createThemes(t.deps);
    stranger = await official();
    coordinator = await official({ roles: ['coordinator'] });
  });
  after(() => t.close());

  it('a run: its learners post, its facilitators and coordinators moderate, others nothing', async () => {
    const partner = await createOrganisation(t.deps);
    const author = await createOfficial(t.deps);
    const course = await createCourse(t.deps, {
      organisationId: partner.id,
      createdBy: author.id,
      status: 'published',
    });
    const facilitator = await official({ roles: ['facilitator'] });
    const run = await createRun(t.deps, course.id, { facilitatorIds: [facilitator.id] });
    const other = await createRun(t.deps, course.id);
    const learner = await official({ name: 'Zoe Learner' });
    const otherLearner = await official();
    await enrol(t.deps, run.id, learner.id);
    await enrol(t.deps, other.id, otherLearner.id);
    const subject: SubjectRef = { kind: 'run', id: run.id };
    assert.deepEqual(await rightsIn(t.deps, learner, subject), MEMBER);
    assert.deepEqual(await rightsIn(t.deps, otherLearner, subject), NONE);
    assert.deepEqual(await rightsIn(t.deps, facilitator, subject), MODERATOR);
    assert.deepEqual(await rightsIn(t.deps, coordinator, subject), MODERATOR);
    assert.deepEqual(await rightsIn(t.deps, stranger, subject), NONE);
    assert.deepEqual(await rightsIn(t.deps, null, subject), NONE);
    assert.deepEqual(await subjectMembers(t.deps, subject), [
      { id: learner.id, name: 'Zoe Learner' },
    ]);
    assert.ok((await subjectsOf(t.deps, learner)).some((s) => s.kind === 'run' && s.id === run.id));
    const described = await describeSubject(t.deps, subject, 'en');
    assert.equal(described?.link, `/learn/${run.id}`);
  });

  it('an event: confirmed or attended participants, speakers and organisers; organisers moderate', async () => {
    const owner = await createOrganisation(t.deps);
    const speaker = await official();
    const event = await createEvent(t.deps, {
      organisationId: owner.id,
      speakerIds: [speaker.id],
      title: 'Reception of newcomers',
    });
    const [registered, attended, waitlisted, cancelled] = [
      await official(),
      await official(),
      await official(),
      await official(),
    ];
    await register(t.deps, event.id, registered.id, 'registered');
    await register(t.deps, event.id, attended.id, 'attended');
    await register(t.deps, event.id, waitlisted.id, 'waitlisted');
    await register(t.deps, event.id, cancelled.id, 'cancelled');
    const editor = await official({ roles: ['partner_editor'], partnerOrganisationId: owner.id });
    const otherEditor = await official({
      roles: ['partner_editor'],
      partnerOrganisationId: (await createOrganisation(t.deps)).id,
    });
    const subject: SubjectRef = { kind: 'event', id: event.id };
    assert.deepEqual(await rightsIn(t.deps, registered, subject), MEMBER);
    assert.deepEqual(await rightsIn(t.deps, attended, subject), MEMBER);
    assert.deepEqual(await rightsIn(t.deps, speaker, subject), MEMBER);
    assert.deepEqual(await rightsIn(t.deps, waitlisted, subject), NONE);
    assert.deepEqual(await rightsIn(t.deps, cancelled, subject), NONE);
    assert.deepEqual(await rightsIn(t.deps, editor, subject), MODERATOR);
    assert.deepEqual(await rightsIn(t.deps, otherEditor, subject), NONE);
    assert.deepEqual(await rightsIn(t.deps, coordinator, subject), MODERATOR);
    assert.deepEqual(await rightsIn(t.deps, stranger, subject), NONE);
    const members = (await subjectMembers(t.deps, subject)).map((m) => m.id).sort();
    assert.deepEqual(members, [registered.id, attended.id].sort());
    assert.deepEqual(await describeSubject(t.deps, subject, 'fr'), {
      title: 'Reception of newcomers',
      link: `/events/${event.slug}`,
    });
  });

  it('an exchange: whoever may see it posts; its facilitator and coordinators moderate', async () => {
    const city = await createCity(t.deps, { name: 'Exchange City' });
    const cityMember = await official({ organisationId: city.id });
    const participant = await official();
    const facilitator = await official({ roles: ['facilitator'] });
    const exchange = await createExchange(t.deps, {
      cityIds: [city.id],
      facilitatorId: facilitator.id,
      participantIds: [participant.id],
    });
    const subject: SubjectRef = { kind: 'exchange', id: exchange.id };
    assert.deepEqual(await rightsIn(t.deps, participant, subject), MEMBER);
    assert.deepEqual(await rightsIn(t.deps, cityMember, subject), MEMBER);
    assert.deepEqual(await rightsIn(t.deps, facilitator, subject), MODERATOR);
    assert.deepEqual(await rightsIn(t.deps, coordinator, subject), MODERATOR);
    assert.deepEqual(await rightsIn(t.deps, stranger, subject), NONE);
    assert.deepEqual(
      (await subjectMembers(t.deps, subject)).map((m) => m.id),
      [participant.id],
    );
    assert.ok((await subjectsOf(t.deps, cityMember)).some((s) => s.kind === 'exchange'));
  });

  it("a twinning: its cities' members post; its facilitator and coordinators moderate", async () => {
    const a = await createCity(t.deps, { name: 'Twin A' });
    const b = await createCity(t.deps, { name: 'Twin B' });
    const facilitator = await official({ roles: ['facilitator'] });
    const member = await official({ organisationId: a.id });
    const twinning = await createTwinning(t.deps, {
      cityIds: [a.id, b.id],
      facilitatorId: facilitator.id,
    });
    const subject: SubjectRef = { kind: 'twinning', id: twinning.id };
    assert.deepEqual(await rightsIn(t.deps, member, subject), MEMBER);
    assert.deepEqual(await rightsIn(t.deps, facilitator, subject), MODERATOR);
    assert.deepEqual(await rightsIn(t.deps, coordinator, subject), MODERATOR);
    assert.deepEqual(await rightsIn(t.deps, stranger, subject), NONE);
    assert.ok((await subjectMembers(t.deps, subject)).some((m) => m.id === member.id));
    assert.ok((await subjectsOf(t.deps, member)).some((s) => s.kind === 'twinning'));
  });

  it('themes are open to every official; facilitators and coordinators moderate them', async () => {
    const themes = await createThemes(t.deps);
    const subject: SubjectRef = { kind: 'theme', id: Object.values(themes)[0]! };
    assert.deepEqual(await rightsIn(t.deps, stranger, subject), MEMBER);
    assert.deepEqual(await rightsIn(t.deps, coordinator, subject), MODERATOR);
    assert.deepEqual(await rightsIn(t.deps, null, subject), NONE);
    assert.deepEqual(await subjectMembers(t.deps, subject), []);
    assert.equal((await subjectsOf(t.deps, stranger)).filter((s) => s.kind === 'theme').length, 6);
  });

  it('subjects that do not exist are unknown to every kind', async () => {
    for (const kind of ['run', 'event', 'exchange', 'twinning', 'theme'] as const) {
      assert.equal(await subjectExists(t.deps, { kind, id: 999_999 }), false, kind);
      assert.deepEqual(
        await rightsIn(t.deps, coordinator, { kind, id: 999_999 }).then(
          (r) => r.read && kind !== 'theme',
        ),
        false,
      );
    }
  });
});
