import { createEvent } from '../factories/events.ts';
import { createOfficial } from '../factories/officials.ts';
import { register } from '../factories/registrations.ts';
import type { RouteRow, SetupContext } from './types.ts';

// Attendance: ":attevent" started an hour ago, is owned by the table's partner and facilitated by
// the table's facilitator; one official outside the table is registered. Organisers
// and the facilitator mark; marking again is harmless (sent back to the list).

export async function setup({ deps, values, organisationId, officials }: SetupContext) {
  const event = await createEvent(deps, {
    organisationId,
    startsAt: new Date(Date.now() - 3_600_000).toISOString(),
    endsAt: new Date(Date.now() + 3_600_000).toISOString(),
    facilitatorIds: [officials.facilitator.id],
  });
  const reg = await register(deps, event.id, (await createOfficial(deps)).id);
  values[':attevent'] = String(event.id);
  // Form fields are not placeholders: the mark row gets the registration's id here.
  markForm.registration = String(reg.id);
}

const markForm: Record<string, string> = { registration: '', status: 'attended' };

const organisers = (ok: number, anonymous: number) => ({
  anonymous,
  learner: 403,
  facilitator: ok,
  partner_editor: ok,
  coordinator: ok,
  admin: ok,
});

export const routes: RouteRow[] = [
  {
    method: 'GET',
    route: '/authoring/events/:id/attendance',
    url: '/authoring/events/:attevent/attendance',
    expect: organisers(200, 303),
  },
  {
    method: 'GET',
    route: '/authoring/events/:id/attendance/sheet',
    url: '/authoring/events/:attevent/attendance/sheet',
    expect: organisers(200, 303),
  },
  {
    method: 'POST',
    route: '/authoring/events/:id/attendance',
    url: '/authoring/events/:attevent/attendance',
    form: markForm,
    expect: organisers(303, 401),
  },
  {
    method: 'POST',
    route: '/authoring/events/:id/attendance/all',
    url: '/authoring/events/:attevent/attendance/all',
    expect: organisers(303, 401),
  },
];
