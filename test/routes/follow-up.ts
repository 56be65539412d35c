import { createCity } from '../factories/organisations.ts';
import { createTwinning } from '../factories/twinnings.ts';
import type { ActorKind, RouteRow, SetupContext } from './types.ts';

// Check-ins, support requests and the CityShare dashboard. The project's facilitator is the
// table's facilitator and its supporting partner the table's partner: the partner editor sees it
// and answers support; coordinators and admins see it and answer; nobody here coordinates one of
// its cities, so only the facilitator reports a check-in and nobody may ask or reply as a city.
// The learner (a member of the partner, not an editor) does not see the project: 404.

function expect(anonymous: number, facilitator: number, others: number): Record<ActorKind, number> {
  return {
    anonymous,
    learner: 404,
    facilitator,
    partner_editor: others,
    coordinator: others,
    admin: others,
  };
}

export async function setup({ deps, values, organisationId, officials }: SetupContext) {
  const antwerp = await createCity(deps, { name: 'Follow-up Antwerp' });
  const plock = await createCity(deps, { name: 'Follow-up Płock', country: 'PL' });
  const today = new Date();
  const inDays = (n: number) =>
    new Date(today.getTime() + n * 86_400_000).toISOString().slice(0, 10);
  const twinning = await createTwinning(deps, {
    cityIds: [antwerp.id, plock.id],
    partnerIds: [organisationId],
    facilitatorId: officials.facilitator.id,
    checkInsDue: [inDays(10)],
  });
  const checkIn = await deps.db
    .selectFrom('check_ins')
    .select('id')
    .where('twinning_id', '=', twinning.id)
    .executeTakeFirstOrThrow();
  const now = today.toISOString();
  const request = await deps.db
    .insertInto('support_requests')
    .values({
      twinning_id: twinning.id,
      organisation_id: plock.id,
      kind: 'expertise',
      title: 'Survey design',
      body: 'Help us design a survey.',
      status: 'open',
      created_by: null,
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  values[':futwinning'] = twinning.slug;
  values[':fucheckin'] = String(checkIn.id);
  values[':fusupport'] = String(request.id);
}

export const routes: RouteRow[] = [
  {
    method: 'GET',
    route: '/twinnings/:slug/check-ins',
    url: '/twinnings/:futwinning/check-ins',
    expect: expect(303, 200, 200),
  },
  {
    // An open check-in is its form: those who may only see the project get 403.
    method: 'GET',
    route: '/twinnings/:slug/check-ins/:id',
    url: '/twinnings/:futwinning/check-ins/:fucheckin',
    expect: expect(303, 200, 403),
  },
  {
    // Without a reporting city: the facilitator gets past access to the form's 400.
    method: 'POST',
    route: '/twinnings/:slug/check-ins/:id',
    url: '/twinnings/:futwinning/check-ins/:fucheckin',
    form: { progress: 'On track.' },
    expect: expect(401, 400, 403),
  },
  {
    method: 'GET',
    route: '/twinnings/:slug/support',
    url: '/twinnings/:futwinning/support',
    expect: expect(303, 200, 200),
  },
  {
    method: 'GET',
    route: '/twinnings/:slug/support/new',
    url: '/twinnings/:futwinning/support/new',
    expect: expect(303, 403, 403),
  },
  {
    method: 'POST',
    route: '/twinnings/:slug/support/new',
    url: '/twinnings/:futwinning/support/new',
    form: { kind: 'training', title: 'Training', details: 'Please.' },
    expect: expect(401, 403, 403),
  },
  {
    method: 'GET',
    route: '/twinnings/:slug/support/:id',
    url: '/twinnings/:futwinning/support/:fusupport',
    expect: expect(303, 200, 200),
  },
  {
    method: 'POST',
    route: '/twinnings/:slug/support/:id/answer',
    url: '/twinnings/:futwinning/support/:fusupport/answer',
    form: { answer: 'We can help.' },
    expect: expect(401, 303, 303),
  },
  {
    method: 'POST',
    route: '/twinnings/:slug/support/:id/reply',
    url: '/twinnings/:futwinning/support/:fusupport/reply',
    form: { action: 'reply', message: 'Thank you.' },
    expect: expect(401, 403, 403),
  },
  {
    method: 'GET',
    route: '/facilitate/cityshare',
    url: '/facilitate/cityshare',
    expect: {
      anonymous: 303,
      learner: 403,
      facilitator: 200,
      partner_editor: 403,
      coordinator: 200,
      admin: 200,
    },
  },
];
