import { nowIso } from '../../db/database.ts';
import type { Deps } from '../../deps.ts';
import { requireActor, type Actor } from '../accounts/actor.ts';
import { listCurricula, listThemes, type ThemeSummary } from '../curriculum/curriculum.service.ts';
import { freeSlug, slugBase, SLUG_FALLBACK } from '../organisations/names.ts';
import { AppError } from '../../web/errors.ts';
import { TIME_ZONES } from '../../web/time-zones.ts';
import * as q from './event-edit.queries.ts';
import { STATUS_CHANGES, type EventFormInput } from './event-edit.schema.ts';
import { canCreateEvents, canOrganise } from './events.policy.ts';
import { insertEvent, insertEventPeople, type EventKind } from './events.queries.ts';
import { noticeOfChange } from './registration-reminders.ts';

// Creating and editing events, and moving them through draft → published → cancelled / held.

export interface EditorChoices {
  themes: ThemeSummary[];
  partners: q.Choice[];
  cities: q.Choice[];
  runs: q.Choice[];
  curricula: q.Choice[];
  timeZones: readonly string[];
}

/** What the event form offers to choose from. */
export async function editorChoices(deps: Deps, language: string): Promise<EditorChoices> {
  const [themes, partners, cities, runs, curricula] = await Promise.all([
    listThemes(deps, language),
    q.selectPartnerChoices(deps.db),
    q.selectCityChoices(deps.db),
    q.selectRunChoices(deps.db),
    curriculumChoices(deps),
  ]);
  return { themes, partners, cities, runs, curricula, timeZones: TIME_ZONES };
}

/** Curricula an event may have validated, from the curriculum feature. */
async function curriculumChoices(deps: Deps): Promise<q.Choice[]> {
  return (await listCurricula(deps)).map((c) => ({ id: c.id, label: c.name }));
}

/** Coordinators and partner editors may open the new-event form; others get 403. */
export function requireEventCreator(actor: Actor | null): Actor {
  const who = requireActor(actor);
  if (!canCreateEvents(who)) throw new AppError('FORBIDDEN', 'events.errors.notOrganiser');
  return who;
}

/** An event its organiser may edit: 404 when unknown (or a draft of others), 403 when seen only. */
export async function loadEventForEdit(
  deps: Deps,
  actor: Actor | null,
  id: number,
): Promise<q.EditableEvent> {
  const who = requireActor(actor);
  const event = await q.selectEditableEvent(deps.db, id);
  if (!event) throw new AppError('NOT_FOUND', 'events.errors.notFound');
  const facts = {
    status: event.status,
    organiserIds: event.organiserIds,
    facilitatorIds: event.people.filter((p) => p.role === 'facilitator').map((p) => p.userId),
  };
  if (!canOrganise(who, facts))
    throw event.status === 'draft'
      ? new AppError('NOT_FOUND', 'events.errors.notFound')
      : new AppError('FORBIDDEN', 'events.errors.notOrganiser');
  return event;
}

/** Checks every id and e-mail the form names; a 400 naming the field for the first unknown one. */
async function resolveLinks(deps: Deps, input: EventFormInput) {
  const fail = (field: string, key: string) =>
    new AppError('VALIDATION', key, { fields: { [field]: key } });
  const [themes, partners, choices] = await Promise.all([
    q.selectExisting(deps.db, 'themes', input.theme_ids),
    q.selectExisting(deps.db, 'organisations', input.partner_ids),
    Promise.all([
      q.selectCityChoices(deps.db),
      q.selectRunChoices(deps.db),
      curriculumChoices(deps),
    ]),
  ]);
  if (themes.length !== input.theme_ids.length)
    throw fail('theme_ids', 'events.errors.themeUnknown');
  if (partners.length !== input.partner_ids.length)
    throw fail('partner_ids', 'events.errors.partnerUnknown');
  const [cities, runs, curricula] = choices;
  if (input.venue_city_id !== null && !cities.some((c) => c.id === input.venue_city_id))
    throw fail('venue_city_id', 'common.errors.chooseFromList');
  if (input.run_id !== null && !runs.some((r) => r.id === input.run_id))
    throw fail('run_id', 'common.errors.chooseFromList');
  if (input.curriculum_id !== null && !curricula.some((c) => c.id === input.curriculum_id))
    throw fail('curriculum_id', 'common.errors.chooseFromList');
  const people: Array<{ userId: number; role: 'facilitator' | 'speaker' }> = [];
  for (const [field, role] of [
    ['facilitator_emails', 'facilitator'],
    ['speaker_emails', 'speaker'],
  ] as const) {
    const wanted = input[field];
    const found = await q.selectUsersByEmail(deps.db, wanted);
    if (found.length !== wanted.length) throw fail(field, 'events.errors.emailUnknown');
    for (const u of found) people.push({ userId: u.id, role });
  }
  return { people };
}

function settingsOf(input: EventFormInput): q.EventSettings {
  return {
    kind: input.kind,
    startsAt: input.startsAt,
    endsAt: input.endsAt,
    timeZone: input.time_zone,
    venueCityId: input.venue_city_id,
    venueAddress: input.venue_address,
    onlineUrl: input.online_url,
    capacity: input.capacity,
    registrationOpensAt: input.opensAt,
    registrationClosesAt: input.closesAt,
    requiresApproval: input.requires_approval,
    runId: input.run_id,
    curriculumId: input.curriculum_id,
  };
}

const SLUG_ATTEMPTS = 10;

/**
 * Creates a draft event owned by the partner editor's organisation (a coordinator's event is owned
 * by the first organising partner chosen). Returns its id.
 */
export async function createEventFromForm(
  deps: Deps,
  actor: Actor | null,
  input: EventFormInput,
): Promise<number> {
  const who = requireEventCreator(actor);
  const ownerId = who.partnerOrganisationId ?? input.partner_ids[0];
  if (ownerId === undefined)
    throw new AppError('VALIDATION', 'events.errors.organiserRequired', {
      fields: { partner_ids: 'events.errors.organiserRequired' },
    });
  const { people } = await resolveLinks(deps, input);
  const s = settingsOf(input);
  const base = slugBase(input.title);
  const slugRoot = base === SLUG_FALLBACK ? 'event' : base;
  // Two organisers may give events the same title at once: the unique index makes one retry.
  for (let attempt = 0; ; attempt++) {
    const slug = freeSlug(slugRoot, await q.selectEventSlugs(deps.db, slugRoot));
    try {
      return await deps.db.transaction().execute(async (tx) => {
        const id = await insertEvent(
          tx,
          {
            ...s,
            slug,
            kind: s.kind as EventKind,
            status: 'draft',
            organisationId: ownerId,
            isDemo: false,
            createdBy: who.id,
          },
          { language: input.language, title: input.title, description: input.description },
          { themeIds: input.theme_ids, organiserIds: input.partner_ids },
          nowIso(),
        );
        await insertEventPeople(tx, id, people);
        return id;
      });
    } catch (err) {
      if (attempt >= SLUG_ATTEMPTS) throw err;
    }
  }
}

/** Saves the form over an event its organiser may edit (one language's text at a time). */
export async function saveEvent(
  deps: Deps,
  actor: Actor | null,
  id: number,
  input: EventFormInput,
): Promise<void> {
  const event = await loadEventForEdit(deps, actor, id);
  const { people } = await resolveLinks(deps, input);
  const settings = settingsOf(input);
  await deps.db
    .transaction()
    .execute((tx) =>
      q.updateEventDetails(
        tx,
        event,
        settings,
        { language: input.language, title: input.title, description: input.description },
        { themeIds: input.theme_ids, organiserIds: input.partner_ids, people },
        nowIso(),
      ),
    );
  // Participants are told when what they planned around moves: the time, the place or the link.
  if (event.status === 'published' && movesParticipants(event, settings))
    await noticeOfChange(deps, event.id, 'changed');
}

/** Whether an edit changes when or where the event happens (not a corrected description). */
function movesParticipants(before: q.EditableEvent, after: q.EventSettings): boolean {
  return (
    before.startsAt !== after.startsAt ||
    before.endsAt !== after.endsAt ||
    before.timeZone !== after.timeZone ||
    before.venueCityId !== after.venueCityId ||
    before.venueAddress !== after.venueAddress ||
    before.onlineUrl !== after.onlineUrl
  );
}

/**
 * Publishes a draft, or cancels or closes (held) a published event; 409 for any other move.
 * Cancelling tells everyone registered, waiting or pending.
 */
export async function changeEventStatus(
  deps: Deps,
  actor: Actor | null,
  id: number,
  to: string,
): Promise<void> {
  const event = await loadEventForEdit(deps, actor, id);
  if (!STATUS_CHANGES[event.status]?.includes(to))
    throw new AppError('CONFLICT', 'events.errors.statusChange');
  if (!(await q.updateEventStatus(deps.db, id, event.status, to, nowIso())))
    throw new AppError('CONFLICT', 'events.errors.statusChange');
  if (to === 'cancelled') await noticeOfChange(deps, id, 'cancelled');
}
