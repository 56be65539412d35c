import { insertQuestion } from '../../src/features/events/registration-questions.queries.ts';
import { createEvent } from '../factories/events.ts';
import type { ActorKind, RouteRow, SetupContext } from './types.ts';

// Registration questions: ":rqpub" is a published event of the table partner with one question
// (":rqquestion"), ":rqdraft" a draft of it. Organisers manage them; the rows post nothing that
// changes anything (an empty prompt, a wrong direction, an unknown question).

export async function setup({ deps, values, organisationId }: SetupContext) {
  const published = await createEvent(deps, { organisationId });
  const draft = await createEvent(deps, { organisationId, status: 'draft' });
  const question = { prompt: 'Dietary needs', isRequired: false };
  values[':rqquestion'] = String(await insertQuestion(deps.db, published.id, question));
  await insertQuestion(deps.db, draft.id, question);
  values[':rqpub'] = String(published.id);
  values[':rqdraft'] = String(draft.id);
}

/** Organisers get `ok`; visitors are sent to sign in (GET) or refused (POST); others get `other`. */
const organisers = (
  method: 'GET' | 'POST',
  ok: number,
  other: number,
): Record<ActorKind, number> => ({
  anonymous: method === 'GET' ? 303 : 401,
  learner: other,
  facilitator: other,
  partner_editor: ok,
  coordinator: ok,
  admin: ok,
});

export const routes: RouteRow[] = [
  {
    method: 'GET',
    route: '/authoring/events/:id/questions',
    url: '/authoring/events/:rqpub/questions',
    expect: organisers('GET', 200, 403),
  },
  {
    method: 'GET',
    route: '/authoring/events/:id/questions',
    url: '/authoring/events/:rqdraft/questions',
    expect: organisers('GET', 200, 404),
  },
  {
    method: 'POST',
    route: '/authoring/events/:id/questions',
    url: '/authoring/events/:rqpub/questions',
    form: { prompt: '' },
    expect: organisers('POST', 400, 403),
  },
  {
    method: 'POST',
    route: '/authoring/events/:id/questions/:question',
    url: '/authoring/events/:rqpub/questions/:rqquestion',
    form: { prompt: 'x' },
    expect: organisers('POST', 400, 403),
  },
  {
    method: 'POST',
    route: '/authoring/events/:id/questions/:question/move',
    url: '/authoring/events/:rqpub/questions/:rqquestion/move',
    form: { direction: 'sideways' },
    expect: organisers('POST', 400, 403),
  },
  {
    method: 'POST',
    route: '/authoring/events/:id/questions/:question/delete',
    url: '/authoring/events/:rqpub/questions/999999/delete',
    expect: organisers('POST', 404, 403),
  },
];
