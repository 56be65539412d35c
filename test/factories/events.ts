import type { Deps } from '../../src/deps.ts';
import {
  insertEvent,
  insertEventPeople,
  type NewEvent,
} from '../../src/features/events/events.queries.ts';
import { createThemes } from './themes.ts';

let counter = 0;

export interface EventOptions extends Partial<NewEvent> {
  organisationId: number;
  title?: string;
  language?: string;
  description?: string;
  themeIds?: number[];
  organiserIds?: number[];
  facilitatorIds?: number[];
  speakerIds?: number[];
}

/**
 * A published workshop a month ahead (two hours, Europe/Brussels, no seat limit) with the first
 * theme, unless told otherwise.
 */
export async function createEvent(
  deps: Deps,
  options: EventOptions,
): Promise<{ id: number; slug: string }> {
  counter++;
  const themes = await createThemes(deps);
  const start = new Date(Date.now() + 30 * 86_400_000);
  start.setUTCHours(9, 0, 0, 0);
  const {
    title = `Test event ${counter}`,
    language = 'en',
    description = '',
    themeIds = [Object.values(themes)[0]!],
    organiserIds = [],
    facilitatorIds = [],
    speakerIds = [],
    ...event
  } = options;
  const slug = event.slug ?? `test-event-${counter}-${process.pid}`;
  const id = await insertEvent(
    deps.db,
    {
      kind: 'workshop',
      status: 'published',
      startsAt: start.toISOString(),
      endsAt: new Date(start.getTime() + 2 * 3_600_000).toISOString(),
      timeZone: 'Europe/Brussels',
      venueCityId: null,
      venueAddress: '',
      onlineUrl: '',
      capacity: null,
      registrationOpensAt: null,
      registrationClosesAt: null,
      requiresApproval: false,
      runId: null,
      curriculumId: null,
      isDemo: false,
      createdBy: null,
      ...event,
      slug,
    },
    { language, title, description },
    { themeIds, organiserIds },
    new Date().toISOString(),
  );
  await insertEventPeople(deps.db, id, [
    ...facilitatorIds.map((userId) => ({ userId, role: 'facilitator' as const })),
    ...speakerIds.map((userId) => ({ userId, role: 'speaker' as const })),
  ]);
  return { id, slug };
}
