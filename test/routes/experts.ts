import { createEvent } from '../factories/events.ts';
import { createExpert } from '../factories/experts.ts';
import { createOrganisation } from '../factories/organisations.ts';
import { all, signedIn, type ActorKind, type RouteRow, type SetupContext } from './types.ts';

// The expert directory: ":exapproved" is an approved profile and ":expending" a pending one, both
// of officials outside the table; ":exinvitation" is an invitation to that approved expert, so
// every table actor answering it gets a 404. Rows post nothing that changes state.

export async function setup({ deps, values }: SetupContext) {
  const approved = await createExpert(deps, { official: { name: 'Table Expert' } });
  const pending = await createExpert(deps, {
    official: { name: 'Table Pending Expert' },
    status: 'pending',
  });
  const organisation = await createOrganisation(deps, { name: 'Expert Table Partner' });
  const event = await createEvent(deps, { organisationId: organisation.id });
  const invitation = await deps.db
    .insertInto('expert_invitations')
    .values({
      expert_id: approved.id,
      subject_type: 'event',
      subject_id: event.id,
      status: 'pending',
      created_at: new Date().toISOString(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  values[':exapproved'] = approved.slug;
  values[':expending'] = pending.slug;
  values[':exinvitation'] = String(invitation.id);
}

/** Coordinators and admins get `ok`; other officials `other`; visitors `anonymous`. */
const coordinators = (anonymous: number, ok: number, other: number): Record<ActorKind, number> => ({
  anonymous,
  learner: other,
  facilitator: other,
  partner_editor: other,
  coordinator: ok,
  admin: ok,
});

const emptyProfile = { sector: '', organisation: '', country: '', biography: '' };

export const routes: RouteRow[] = [
  { method: 'GET', route: '/experts', url: '/experts', expect: all(200) },
  { method: 'GET', route: '/experts', url: '/experts?sector=astronaut', expect: all(400) },
  { method: 'GET', route: '/experts/new', url: '/experts/new', expect: signedIn(200) },
  {
    method: 'POST',
    route: '/experts/new',
    url: '/experts/new',
    form: emptyProfile,
    expect: { ...all(400), anonymous: 401 },
  },
  {
    method: 'GET',
    route: '/experts/invitations',
    url: '/experts/invitations',
    expect: signedIn(200),
  },
  {
    method: 'POST',
    route: '/experts/invitations/:id/accept',
    url: '/experts/invitations/:exinvitation/accept',
    expect: { ...all(404), anonymous: 401 },
  },
  {
    method: 'POST',
    route: '/experts/invitations/:id/decline',
    url: '/experts/invitations/:exinvitation/decline',
    expect: { ...all(404), anonymous: 401 },
  },
  { method: 'GET', route: '/experts/:slug', url: '/experts/:exapproved', expect: all(200) },
  {
    method: 'GET',
    route: '/experts/:slug',
    url: '/experts/:expending',
    expect: coordinators(404, 200, 404),
  },
  {
    method: 'GET',
    route: '/experts/:slug/edit',
    url: '/experts/:exapproved/edit',
    expect: coordinators(303, 200, 403),
  },
  {
    method: 'POST',
    route: '/experts/:slug/edit',
    url: '/experts/:exapproved/edit',
    form: emptyProfile,
    expect: coordinators(401, 400, 403),
  },
  {
    method: 'POST',
    route: '/experts/:slug/invite',
    url: '/experts/:exapproved/invite',
    form: { subject: 'event:2000000000' },
    expect: { ...all(403), anonymous: 401 },
  },
  {
    method: 'GET',
    route: '/review/experts',
    url: '/review/experts',
    expect: coordinators(303, 200, 403),
  },
  {
    method: 'POST',
    route: '/review/experts/:slug/approve',
    url: '/review/experts/:exapproved/approve',
    expect: coordinators(401, 409, 403),
  },
  {
    method: 'POST',
    route: '/review/experts/:slug/return',
    url: '/review/experts/:exapproved/return',
    form: { comment: '' },
    expect: coordinators(401, 400, 403),
  },
];
