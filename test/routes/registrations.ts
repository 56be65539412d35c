import { createEvent } from '../factories/events.ts';
import { createOfficial } from '../factories/officials.ts';
import type { ActorKind, RouteRow, SetupContext } from './types.ts';

// Registration at events. setup() seeds a published event of the "Table Partner" organisation
// facilitated by the table's facilitator, and an approval-required one with a pending request;
// rows run in order, so each actor registers and then cancels.

export async function setup({ deps, values, organisationId, officials }: SetupContext) {
  const open = await createEvent(deps, {
    organisationId,
    capacity: 100,
    facilitatorIds: [officials.facilitator.id],
  });
  const approval = await createEvent(deps, { organisationId, requiresApproval: true });
  const someone = await createOfficial(deps, { name: 'Table Registrant' });
  const now = new Date().toISOString();
  const pending = await deps.db
    .insertInto('registrations')
    .values({
      event_id: approval.id,
      user_id: someone.id,
      status: 'pending',
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  values[':regevent'] = open.slug;
  values[':regeventid'] = String(open.id);
  values[':regapproval'] = String(approval.id);
  values[':regpending'] = String(pending.id);
}

/** Signed-in officials get `status`; visitors are refused (POST). */
const officials = (status: number): Record<ActorKind, number> => ({
  anonymous: 401,
  learner: status,
  facilitator: status,
  partner_editor: status,
  coordinator: status,
  admin: status,
});

export const routes: RouteRow[] = [
  {
    method: 'POST',
    route: '/events/:slug/register',
    url: '/events/:regevent/register',
    form: {},
    expect: officials(303),
  },
  {
    method: 'POST',
    route: '/events/:slug/cancel',
    url: '/events/:regevent/cancel',
    form: {},
    expect: officials(303),
  },
  {
    method: 'GET',
    route: '/authoring/events/:id/registrations',
    url: '/authoring/events/:regeventid/registrations',
    expect: {
      anonymous: 303,
      learner: 403,
      facilitator: 200,
      partner_editor: 200,
      coordinator: 200,
      admin: 200,
    },
  },
  {
    method: 'POST',
    route: '/authoring/events/:id/registrations/:registration',
    url: '/authoring/events/:regapproval/registrations/:regpending',
    form: { decision: 'decline' },
    // The partner editor decides first; after that the request is no longer pending.
    expect: {
      anonymous: 401,
      learner: 403,
      facilitator: 403,
      partner_editor: 303,
      coordinator: 409,
      admin: 409,
    },
  },
];
