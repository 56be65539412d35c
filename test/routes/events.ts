import { createEvent } from '../factories/events.ts';
import { all, type ActorKind, type RouteRow, type SetupContext } from './types.ts';

// A published event and a draft, both owned by the table partner (whose partner editor organises).
export async function setup(ctx: SetupContext): Promise<void> {
  const published = await createEvent(ctx.deps, { organisationId: ctx.organisationId });
  const draft = await createEvent(ctx.deps, {
    organisationId: ctx.organisationId,
    status: 'draft',
  });
  ctx.values[':eventspublished'] = published.slug;
  ctx.values[':eventspublishedid'] = String(published.id);
  ctx.values[':eventsdraft'] = draft.slug;
  ctx.values[':eventsdraftid'] = String(draft.id);
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

// Rows that post change nothing (a capacity of 0, a move a draft cannot make), so order is free.
const badForm = {
  language: 'en',
  title: 'Route table event',
  kind: 'workshop',
  time_zone: 'Europe/Brussels',
  starts_local: '2030-05-15T09:00',
  ends_local: '2030-05-15T17:00',
  capacity: '0',
};

export const routes: RouteRow[] = [
  { method: 'GET', route: '/events', url: '/events?when=past', expect: all(200) },
  { method: 'GET', route: '/events/month/:month', url: '/events/month/2013-05', expect: all(200) },
  { method: 'GET', route: '/events/:slug', url: '/events/:eventspublished', expect: all(200) },
  {
    method: 'GET',
    route: '/events/:slug',
    url: '/events/:eventsdraft',
    expect: { ...all(404), partner_editor: 200, coordinator: 200, admin: 200 },
  },
  {
    method: 'GET',
    route: '/authoring/events/new',
    url: '/authoring/events/new',
    expect: organisers('GET', 200, 403),
  },
  {
    method: 'POST',
    route: '/authoring/events/new',
    url: '/authoring/events/new',
    form: badForm,
    expect: organisers('POST', 400, 403),
  },
  {
    method: 'GET',
    route: '/authoring/events/:id',
    url: '/authoring/events/:eventsdraftid',
    expect: organisers('GET', 200, 404),
  },
  {
    method: 'GET',
    route: '/authoring/events/:id',
    url: '/authoring/events/:eventspublishedid',
    expect: organisers('GET', 200, 403),
  },
  {
    method: 'POST',
    route: '/authoring/events/:id',
    url: '/authoring/events/:eventsdraftid',
    form: badForm,
    expect: organisers('POST', 400, 404),
  },
  {
    method: 'POST',
    route: '/authoring/events/:id/status',
    url: '/authoring/events/:eventsdraftid/status',
    form: { status: 'held' },
    expect: organisers('POST', 409, 404),
  },
];
