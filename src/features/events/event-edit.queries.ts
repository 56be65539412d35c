import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { EventFields, RegistrationRules } from './events.queries.ts';

// SQL for the event editor: the form's choices, one event as the form shows it, and its updates.

export interface EditableEvent extends EventFields, RegistrationRules {
  id: number;
  texts: Array<{ language: string; title: string; description: string }>;
  themeIds: number[];
  organiserIds: number[];
  people: Array<{ userId: number; email: string; role: string }>;
}

/** One event with everything its form shows. */
export async function selectEditableEvent(db: Db, id: number): Promise<EditableEvent | undefined> {
  const row = await db.selectFrom('events').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  const [texts, themes, organisers, people] = await Promise.all([
    db
      .selectFrom('event_translations')
      .select(['language', 'title', 'description'])
      .where('event_id', '=', id)
      .orderBy('language')
      .execute(),
    db.selectFrom('event_themes').select('theme_id').where('event_id', '=', id).execute(),
    db
      .selectFrom('event_organisers')
      .select('organisation_id')
      .where('event_id', '=', id)
      .execute(),
    db
      .selectFrom('event_people as ep')
      .innerJoin('users as u', 'u.id', 'ep.user_id')
      .select(['ep.user_id as userId', 'u.email', 'ep.role'])
      .where('ep.event_id', '=', id)
      .orderBy('u.email')
      .execute(),
  ]);
  return {
    id: row.id,
    slug: row.slug,
    kind: row.kind,
    status: row.status,
    organisationId: row.organisation_id,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    timeZone: row.time_zone,
    venueCityId: row.venue_city_id,
    venueAddress: row.venue_address,
    onlineUrl: row.online_url,
    capacity: row.capacity === null ? null : Number(row.capacity),
    registrationOpensAt: row.registration_opens_at,
    registrationClosesAt: row.registration_closes_at,
    requiresApproval: Number(row.requires_approval) === 1,
    runId: row.run_id,
    curriculumId: row.curriculum_id,
    texts,
    themeIds: themes.map((x) => x.theme_id),
    organiserIds: organisers.map((x) => x.organisation_id),
    people,
  };
}

/** Officials by e-mail address (stored lower-case). */
export async function selectUsersByEmail(
  db: Db,
  emails: string[],
): Promise<Array<{ id: number; email: string }>> {
  if (emails.length === 0) return [];
  return db.selectFrom('users').select(['id', 'email']).where('email', 'in', emails).execute();
}

export interface Choice {
  id: number;
  label: string;
}

/** Cities and regions, for the venue select. */
export async function selectCityChoices(db: Db): Promise<Choice[]> {
  return db
    .selectFrom('organisations')
    .select(['id', 'name as label'])
    .where('kind', 'in', ['local_authority', 'regional_authority'])
    .orderBy('name_search')
    .execute();
}

/** Platform partners, for the organising partners select. */
export async function selectPartnerChoices(db: Db): Promise<Choice[]> {
  return db
    .selectFrom('organisations')
    .select(['id', 'name as label'])
    .where('is_partner', '=', 1)
    .orderBy('name_search')
    .execute();
}

/** Runs of published courses, labelled with the course's English (or first) title and the run's. */
export async function selectRunChoices(db: Db): Promise<Choice[]> {
  const rows = await db
    .selectFrom('runs as r')
    .innerJoin('courses as c', 'c.id', 'r.course_id')
    .select([
      'r.id',
      'r.title',
      (eb) =>
        eb
          .selectFrom('course_translations as ct')
          .select('ct.title')
          .whereRef('ct.course_id', '=', 'c.id')
          .orderBy(sql`case when ct.language = 'en' then 0 else 1 end`)
          .orderBy('ct.language')
          .limit(1)
          .as('courseTitle'),
    ])
    .where('c.status', '=', 'published')
    .orderBy('r.id', 'desc')
    .execute();
  return rows.map((r) => ({ id: r.id, label: `${r.courseTitle ?? ''} — ${r.title}` }));
}

/** Which of these theme / organisation / run ids exist (city: only cities and regions). */
export async function selectExisting(
  db: Db,
  table: 'themes' | 'organisations' | 'runs',
  ids: number[],
): Promise<number[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom(table).select('id').where('id', 'in', ids).execute();
  return rows.map((r) => r.id);
}

/** Slugs of events that start with this base (to pick a free one). */
export async function selectEventSlugs(db: Db, base: string): Promise<string[]> {
  const rows = await db
    .selectFrom('events')
    .select('slug')
    .where('slug', 'like', `${base}%`)
    .execute();
  return rows.map((r) => r.slug);
}

export interface EventSettings {
  kind: string;
  startsAt: string;
  endsAt: string;
  timeZone: string;
  venueCityId: number | null;
  venueAddress: string;
  onlineUrl: string;
  capacity: number | null;
  registrationOpensAt: string | null;
  registrationClosesAt: string | null;
  requiresApproval: boolean;
  runId: number | null;
  curriculumId: number | null;
}

/** Saves an event's settings, one language's text, its themes, organisers and people. */
export async function updateEventDetails(
  db: Db,
  event: { id: number; organisationId: number },
  s: EventSettings,
  text: { language: string; title: string; description: string },
  links: {
    themeIds: number[];
    organiserIds: number[];
    people: Array<{ userId: number; role: string }>;
  },
  now: string,
): Promise<void> {
  await db
    .updateTable('events')
    .set({
      kind: s.kind,
      starts_at: s.startsAt,
      ends_at: s.endsAt,
      time_zone: s.timeZone,
      venue_city_id: s.venueCityId,
      venue_address: s.venueAddress,
      online_url: s.onlineUrl,
      capacity: s.capacity,
      registration_opens_at: s.registrationOpensAt,
      registration_closes_at: s.registrationClosesAt,
      requires_approval: s.requiresApproval ? 1 : 0,
      run_id: s.runId,
      curriculum_id: s.curriculumId,
      updated_at: now,
    })
    .where('id', '=', event.id)
    .execute();
  await db
    .insertInto('event_translations')
    .values({ event_id: event.id, ...text })
    .onConflict((oc) =>
      oc
        .columns(['event_id', 'language'])
        .doUpdateSet({ title: text.title, description: text.description }),
    )
    .execute();
  await db.deleteFrom('event_themes').where('event_id', '=', event.id).execute();
  if (links.themeIds.length > 0)
    await db
      .insertInto('event_themes')
      .values(links.themeIds.map((theme_id) => ({ event_id: event.id, theme_id })))
      .execute();
  await db.deleteFrom('event_organisers').where('event_id', '=', event.id).execute();
  await db
    .insertInto('event_organisers')
    .values(
      [...new Set([event.organisationId, ...links.organiserIds])].map((organisation_id) => ({
        event_id: event.id,
        organisation_id,
      })),
    )
    .execute();
  await db.deleteFrom('event_people').where('event_id', '=', event.id).execute();
  if (links.people.length > 0)
    await db
      .insertInto('event_people')
      .values(links.people.map((p) => ({ event_id: event.id, user_id: p.userId, role: p.role })))
      .onConflict((oc) => oc.columns(['event_id', 'user_id', 'role']).doNothing())
      .execute();
}

/** Moves an event from one status to another; false when it was no longer in `from`. */
export async function updateEventStatus(
  db: Db,
  id: number,
  from: string,
  to: string,
  now: string,
): Promise<boolean> {
  const result = await db
    .updateTable('events')
    .set({
      status: to,
      updated_at: now,
      ...(to === 'published' ? { published_at: now } : {}),
    })
    .where('id', '=', id)
    .where('status', '=', from)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
