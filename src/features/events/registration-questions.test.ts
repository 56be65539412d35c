import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createEvent } from '../../../test/factories/events.ts';
import { createOrganisation } from '../../../test/factories/organisations.ts';
import { register } from '../../../test/factories/registrations.ts';
import { Client, createTestApp, type TestApp } from '../../../test/support/app.ts';
import { signInNew } from '../../../test/support/sign-in.ts';
import { insertQuestion } from './registration-questions.queries.ts';

// The organisers' registration questions: add, edit, reorder and delete them; registrants then
// meet them in that order; bad input, other events' questions, outsiders and double submissions
// change nothing.

describe('registration questions of an event', () => {
  let t: TestApp;
  let organisationId: number;
  let organiser: Client;
  let outsider: Client;

  before(async () => {
    t = await createTestApp();
    organisationId = (await createOrganisation(t.deps, { isPartner: true })).id;
    const elsewhere = (await createOrganisation(t.deps, { isPartner: true })).id;
    organiser = (
      await signInNew(t.app, t.deps, {
        roles: ['partner_editor'],
        partnerOrganisationId: organisationId,
      })
    ).client;
    outsider = (
      await signInNew(t.app, t.deps, {
        roles: ['partner_editor'],
        partnerOrganisationId: elsewhere,
      })
    ).client;
  });
  after(() => t.close());

  const pageOf = (id: number) => `/authoring/events/${id}/questions`;
  const questionsOf = async (eventId: number) =>
    (
      await t.deps.db
        .selectFrom('event_questions')
        .select(['id', 'position', 'prompt', 'is_required'])
        .where('event_id', '=', eventId)
        .orderBy('position')
        .execute()
    ).map((r) => ({
      id: r.id,
      position: Number(r.position),
      prompt: r.prompt,
      required: Number(r.is_required) === 1,
    }));
  const add = (eventId: number, fields: Record<string, string>) =>
    organiser.submit(pageOf(eventId), pageOf(eventId), fields);
  const act = (eventId: number, path: string, fields: Record<string, string> = {}) =>
    organiser.submit(pageOf(eventId), `${pageOf(eventId)}/${path}`, fields);

  it('adds, edits, reorders and deletes questions, which registrants then meet in that order', async () => {
    const event = await createEvent(t.deps, { organisationId });
    const edit = await organiser.get(`/authoring/events/${event.id}`);
    assert.match(edit.body, new RegExp(`href="${pageOf(event.id)}"`));
    assert.match((await organiser.get(pageOf(event.id))).body, /asks no questions yet/);

    let res = await add(event.id, { prompt: '  Dietary needs  ' });
    assert.equal(res.statusCode, 303);
    assert.equal(res.headers.location, `${pageOf(event.id)}?done=added`);
    await add(event.id, { prompt: 'Accessibility needs', is_required: '1' });
    await add(event.id, { prompt: 'Arrival time' });
    let qs = await questionsOf(event.id);
    assert.deepEqual(
      qs.map((q) => [q.position, q.prompt, q.required]),
      [
        [1, 'Dietary needs', false],
        [2, 'Accessibility needs', true],
        [3, 'Arrival time', false],
      ],
    );
    const page = await organiser.get(`${pageOf(event.id)}?done=added`);
    assert.match(page.body, /The question was added/);
    assert.match(page.body, /answers already given to it/);

    // Edit the third (now required), move it to the top, delete the first added.
    const [dietary, access, arrival] = qs;
    res = await act(event.id, String(arrival!.id), { prompt: 'Arrival day', is_required: '1' });
    assert.equal(res.headers.location, `${pageOf(event.id)}?done=saved`);
    res = await act(event.id, `${arrival!.id}/move`, { direction: 'up' });
    assert.equal(res.headers.location, `${pageOf(event.id)}?done=moved`);
    await act(event.id, `${arrival!.id}/move`, { direction: 'up' });
    await act(event.id, `${access!.id}/move`, { direction: 'down' });
    qs = await questionsOf(event.id);
    assert.deepEqual(
      qs.map((q) => [q.position, q.prompt, q.required]),
      [
        [1, 'Arrival day', true],
        [2, 'Dietary needs', false],
        [3, 'Accessibility needs', true],
      ],
    );
    // At either end a move is refused and changes nothing.
    assert.equal((await act(event.id, `${arrival!.id}/move`, { direction: 'up' })).statusCode, 400);
    assert.equal(
      (await act(event.id, `${access!.id}/move`, { direction: 'down' })).statusCode,
      400,
    );

    // A registrant meets them in that order; the required ones are enforced.
    const { official, client } = await signInNew(t.app, t.deps);
    const eventPage = await client.get(`/events/${event.slug}`);
    const order = ['Arrival day', 'Dietary needs', 'Accessibility needs'].map((p) =>
      eventPage.body.indexOf(`>${p}</label>`),
    );
    assert.ok(
      order.every((i) => i > 0) && order[0]! < order[1]! && order[1]! < order[2]!,
      String(order),
    );
    const refused = await client.submit(`/events/${event.slug}`, `/events/${event.slug}/register`, {
      [`answer_${arrival!.id}`]: 'Monday',
      [`answer_${dietary!.id}`]: 'Vegetarian',
    });
    assert.equal(refused.statusCode, 400);
    const ok = await client.submit(`/events/${event.slug}`, `/events/${event.slug}/register`, {
      [`answer_${arrival!.id}`]: 'Monday',
      [`answer_${access!.id}`]: 'Step-free access',
    });
    assert.equal(ok.statusCode, 303);
    const reg = await t.deps.db
      .selectFrom('registrations')
      .select('id')
      .where('user_id', '=', official.id)
      .executeTakeFirstOrThrow();
    const answers = () =>
      t.deps.db
        .selectFrom('registration_answers')
        .select('question_id')
        .where('registration_id', '=', reg.id)
        .orderBy('question_id')
        .execute();
    assert.equal((await answers()).length, 2);
    assert.match((await organiser.get(pageOf(event.id))).body, /1 answer given/);

    // Deleting a question deletes its answers and closes the gap.
    res = await act(event.id, `${arrival!.id}/delete`);
    assert.equal(res.headers.location, `${pageOf(event.id)}?done=deleted`);
    assert.deepEqual(
      (await questionsOf(event.id)).map((q) => [q.position, q.prompt]),
      [
        [1, 'Dietary needs'],
        [2, 'Accessibility needs'],
      ],
    );
    assert.deepEqual(
      (await answers()).map((a) => a.question_id),
      [access!.id],
    );
  });

  it('refuses an empty, too short or too long prompt with the form again, the input kept', async () => {
    const event = await createEvent(t.deps, { organisationId });
    for (const prompt of ['   ', 'ab', 'x'.repeat(301)]) {
      const res = await add(event.id, { prompt, is_required: '1' });
      assert.equal(res.statusCode, 400, prompt);
      assert.match(res.body, /class="error-summary"/);
      assert.match(res.body, /name="is_required" value="1" checked/);
    }
    const long = await add(event.id, { prompt: `"<b>${'y'.repeat(300)}` });
    assert.match(long.body, /value="&#34;<b>y{10}/);
    assert.match(long.body, /too long/i);
    assert.match((await add(event.id, { prompt: 'ab' })).body, /at least 3 characters/);
    assert.deepEqual(await questionsOf(event.id), []);

    // Editing: the same checks, shown on the edited question's own field.
    const id = await insertQuestion(t.deps.db, event.id, {
      prompt: 'Dietary needs',
      isRequired: false,
    });
    const res = await act(event.id, String(id), { prompt: 'no' });
    assert.equal(res.statusCode, 400);
    assert.match(res.body, new RegExp(`href="#field-prompt-${id}"`));
    assert.match(res.body, new RegExp(`id="field-prompt-${id}"[^>]*value="no"`));
    assert.equal((await questionsOf(event.id))[0]!.prompt, 'Dietary needs');
    // French: the messages are translated.
    const fr = await signInNew(t.app, t.deps, {
      roles: ['partner_editor'],
      partnerOrganisationId: organisationId,
      preferredLanguage: 'fr',
    });
    const inFrench = await fr.client.submit(pageOf(event.id), pageOf(event.id), { prompt: 'ab' });
    assert.match(inFrench.body, /au moins 3 caractères/);
  });

  it('answers 404 for an unknown question or one of another event, and refuses a duplicate prompt', async () => {
    const event = await createEvent(t.deps, { organisationId });
    const other = await createEvent(t.deps, { organisationId });
    const mine = await insertQuestion(t.deps.db, event.id, {
      prompt: 'Dietary needs',
      isRequired: false,
    });
    const theirs = await insertQuestion(t.deps.db, other.id, {
      prompt: 'Arrival',
      isRequired: false,
    });
    await insertQuestion(t.deps.db, event.id, { prompt: 'Accessibility', isRequired: false });
    for (const path of [
      String(theirs),
      `${theirs}/move`,
      `${theirs}/delete`,
      '999999/delete',
      'abc',
      '0/move',
    ]) {
      const res = await act(event.id, path, { prompt: 'Changed', direction: 'up' });
      assert.equal(res.statusCode, 404, path);
    }
    assert.equal((await questionsOf(other.id))[0]!.prompt, 'Arrival');
    assert.equal((await act(event.id, `${mine}/move`, { direction: 'sideways' })).statusCode, 400);

    const dup = await add(event.id, { prompt: 'Accessibility' });
    assert.equal(dup.statusCode, 409);
    assert.match(dup.body, /already asks this question/);
    const renamed = await act(event.id, String(mine), { prompt: 'Accessibility' });
    assert.equal(renamed.statusCode, 409);
    // Saving a question under its own prompt is fine.
    const same = await act(event.id, String(mine), { prompt: 'Dietary needs', is_required: '1' });
    assert.equal(same.statusCode, 303);
    assert.deepEqual(
      (await questionsOf(event.id)).map((q) => [q.prompt, q.required]),
      [
        ['Dietary needs', true],
        ['Accessibility', false],
      ],
    );
  });

  it('lets only the event’s organisers in: outsiders get 403, drafts of others 404, visitors sign in', async () => {
    const event = await createEvent(t.deps, { organisationId });
    const draft = await createEvent(t.deps, { organisationId, status: 'draft' });
    const id = await insertQuestion(t.deps.db, event.id, {
      prompt: 'Dietary needs',
      isRequired: false,
    });
    assert.equal((await outsider.get(pageOf(event.id))).statusCode, 403);
    assert.equal((await outsider.get(pageOf(draft.id))).statusCode, 404);
    const csrf = await outsider.csrfFrom('/');
    for (const path of ['', `/${id}`, `/${id}/move`, `/${id}/delete`]) {
      const res = await outsider.post(`${pageOf(event.id)}${path}`, {
        _csrf: csrf,
        prompt: 'Hijacked',
        direction: 'down',
      });
      assert.equal(res.statusCode, 403, path);
    }
    const visitor = await new Client(t.app).get(pageOf(event.id));
    assert.equal(visitor.statusCode, 303);
    assert.match(String(visitor.headers.location), /^\/sign-in\?next=/);
    assert.deepEqual(
      (await questionsOf(event.id)).map((q) => q.prompt),
      ['Dietary needs'],
    );
  });

  it('makes one question of two parallel identical submissions, and stops at 20', async () => {
    const event = await createEvent(t.deps, { organisationId });
    const csrf = await organiser.csrfFrom(pageOf(event.id));
    const results = await Promise.all(
      [1, 2, 3].map(() =>
        organiser.post(pageOf(event.id), { _csrf: csrf, prompt: 'Dietary needs' }),
      ),
    );
    assert.deepEqual(results.map((r) => r.statusCode).sort(), [303, 409, 409]);
    assert.equal((await questionsOf(event.id)).length, 1);

    // Different prompts in parallel all land, at distinct positions, up to the limit of 20.
    const more = await Promise.all(
      Array.from({ length: 21 }, (_, i) =>
        organiser.post(pageOf(event.id), { _csrf: csrf, prompt: `Question number ${i + 2}` }),
      ),
    );
    assert.equal(more.filter((r) => r.statusCode === 303).length, 19);
    assert.equal(more.filter((r) => r.statusCode === 409).length, 2);
    const qs = await questionsOf(event.id);
    assert.deepEqual(
      qs.map((q) => q.position),
      Array.from({ length: 20 }, (_, i) => i + 1),
    );
    const full = await organiser.get(pageOf(event.id));
    assert.match(full.body, /already has 20 questions/);
    assert.doesNotMatch(full.body, new RegExp(`action="${pageOf(event.id)}"`));
  });

  it('keeps registrations of a registrant who answered a question later deleted', async () => {
    const event = await createEvent(t.deps, { organisationId });
    const { official } = await signInNew(t.app, t.deps);
    const reg = await register(t.deps, event.id, official.id);
    const id = await insertQuestion(t.deps.db, event.id, {
      prompt: 'Dietary needs',
      isRequired: true,
    });
    await t.deps.db
      .insertInto('registration_answers')
      .values({ registration_id: reg.id, question_id: id, answer: 'Vegan' })
      .execute();
    assert.equal((await act(event.id, `${id}/delete`)).statusCode, 303);
    const left = await t.deps.db
      .selectFrom('registrations')
      .select('status')
      .where('id', '=', reg.id)
      .executeTakeFirstOrThrow();
    assert.equal(left.status, 'registered');
  });
});
