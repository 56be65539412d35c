import { createEvent } from '../factories/events.ts';
import { register } from '../factories/registrations.ts';
import { createOfferedRun, enrol } from '../factories/runs.ts';
import { signedIn, type RouteRow, type SetupContext } from './types.ts';

// Evaluations: the table's learner attended ":evalevent" (owned by the table's partner) and is
// enrolled in ":evalrun"; nobody else took part, so they are refused. Organisers (the partner's
// editor, coordinators) read the summary.

const GOOD = { satisfaction: '4', usefulness: '4', relevance: '4' };

export async function setup({ deps, values, organisationId, officials }: SetupContext) {
  const event = await createEvent(deps, {
    organisationId,
    status: 'held',
    startsAt: '2013-05-15T07:30:00.000Z',
    endsAt: '2013-05-15T15:00:00.000Z',
  });
  await register(deps, event.id, officials.learner.id, 'attended');
  values[':evalevent'] = event.slug;
  values[':evaleventid'] = String(event.id);
  const { runId } = await createOfferedRun(deps);
  await enrol(deps, runId, officials.learner.id);
  values[':evalrun'] = String(runId);
}

const participantOnly = (ok: number, others: number) => ({
  ...signedIn(others),
  learner: ok,
});

export const routes: RouteRow[] = [
  {
    method: 'GET',
    route: '/events/:slug/evaluation',
    url: '/events/:evalevent/evaluation',
    expect: participantOnly(200, 403),
  },
  {
    method: 'POST',
    route: '/events/:slug/evaluation',
    url: '/events/:evalevent/evaluation',
    form: GOOD,
    expect: { ...participantOnly(303, 403), anonymous: 401 },
  },
  {
    method: 'GET',
    route: '/learn/:run/evaluation',
    url: '/learn/:evalrun/evaluation',
    expect: participantOnly(200, 404),
  },
  {
    method: 'POST',
    route: '/learn/:run/evaluation',
    url: '/learn/:evalrun/evaluation',
    form: GOOD,
    expect: { ...participantOnly(303, 404), anonymous: 401 },
  },
  {
    method: 'GET',
    route: '/authoring/events/:id/evaluations',
    url: '/authoring/events/:evaleventid/evaluations',
    expect: {
      anonymous: 303,
      learner: 403,
      facilitator: 403,
      partner_editor: 200,
      coordinator: 200,
      admin: 200,
    },
  },
];
