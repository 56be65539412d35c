import { sql } from 'kysely';
import { openDatabase } from '../src/db/database.ts';

// 10,000 listed events for bench/events.ts, inserted in bulk (500 rows a statement): ten years
// around today, over the six themes, partner organisations and cities of the bench database.
// Past events are mostly held, a few cancelled; webinars are online, the rest in a city.

export const EVENTS = 10_000;
const YEARS = 10;
const BATCH = 500;
const DAY = 86_400_000;
const KINDS = ['workshop', 'webinar', 'study_visit', 'conference', 'expert_meeting'] as const;
const TOPICS = ['Welcoming newcomers', 'Diaspora investment', 'Schools', 'Housing', 'Health'];

export interface EventData {
  /** The upcoming month (YYYY-MM) with the most events, and how many start in it. */
  busyMonth: string;
  busyMonthEvents: number;
  /** An event of that month with a description, two organisers and two speakers. */
  eventSlug: string;
}

/** A deterministic spread: the same data on every run and database. */
function spread(i: number, n: number): number {
  return ((i * 2_654_435_761) % 4_294_967_296) % n;
}

export async function addEvents(url: string): Promise<EventData> {
  const database = openDatabase(url, { poolSize: 2 });
  const { db } = database;
  try {
    const ids = async (where: 'partner' | 'city') =>
      (
        await db
          .selectFrom('organisations')
          .select('id')
          .$call((q) =>
            where === 'partner'
              ? q.where('is_partner', '=', 1)
              : q.where('kind', '=', 'local_authority'),
          )
          .orderBy('id')
          .execute()
      ).map((r) => r.id);
    const [partners, cities] = [await ids('partner'), await ids('city')];
    const themes = (await db.selectFrom('themes').select('id').orderBy('id').execute()).map(
      (r) => r.id,
    );
    const first = new Date(Date.UTC(new Date().getUTCFullYear() - YEARS / 2, 0, 1)).getTime();
    const now = new Date().toISOString();
    for (let from = 0; from < EVENTS; from += BATCH) {
      const rows = Array.from({ length: Math.min(BATCH, EVENTS - from) }, (_, k) => {
        const i = from + k;
        const kind = KINDS[i % KINDS.length]!;
        const start = first + spread(i, YEARS * 365) * DAY + (8 + (i % 8)) * 3_600_000;
        const past = start < Date.now();
        const capacity = i % 4 === 0 ? null : 20 + (i % 41);
        return {
          slug: `bench-event-${i}`,
          kind,
          status: !past ? 'published' : i % 31 === 0 ? 'cancelled' : i % 5 ? 'held' : 'published',
          organisation_id: partners[i % partners.length]!,
          starts_at: new Date(start).toISOString(),
          ends_at: new Date(start + (kind === 'webinar' ? 2 : 8) * 3_600_000).toISOString(),
          time_zone: ['Europe/Brussels', 'America/New_York', 'Asia/Shanghai'][i % 3]!,
          venue_city_id: kind === 'webinar' ? null : cities[i % cities.length]!,
          venue_address: kind === 'webinar' ? '' : `${1 + (i % 90)} Main Street`,
          online_url: kind === 'webinar' ? `https://meet.example.org/bench-${i}` : '',
          capacity,
          seats_taken: capacity === null ? i % 30 : spread(i, capacity + 1),
          requires_approval: i % 7 === 0 ? 1 : 0,
          is_demo: 0,
          created_at: now,
          updated_at: now,
          published_at: now,
        };
      });
      await db.transaction().execute(async (tx) => {
        // RETURNING promises no order: each id is matched to its row by slug.
        const returned = await tx
          .insertInto('events')
          .values(rows)
          .returning(['id', 'slug'])
          .execute();
        const idOf = new Map(returned.map((r) => [r.slug, r.id]));
        const inserted = rows.map((r) => ({ id: idOf.get(r.slug)! }));
        const texts = inserted.flatMap(({ id }, k) => {
          const i = from + k;
          const title = `${TOPICS[i % TOPICS.length]}: ${KINDS[i % KINDS.length]!.replace('_', ' ')} ${i}`;
          const description = `How cities **welcome newcomers**: session ${i}.`;
          const en = { event_id: id, language: 'en', title, description };
          return i % 3 === 0 ? [en, { ...en, language: 'fr', title: `${title} (fr)` }] : [en];
        });
        await tx.insertInto('event_translations').values(texts).execute();
        const eventThemes = inserted.flatMap(({ id }, k) => {
          const a = themes[(from + k) % themes.length]!;
          const b = themes[(from + k + 2) % themes.length]!;
          return (from + k) % 2
            ? [{ event_id: id, theme_id: a }]
            : [a, b].map((theme_id) => ({ event_id: id, theme_id }));
        });
        await tx.insertInto('event_themes').values(eventThemes).execute();
        const organisers = inserted.flatMap(({ id }, k) => {
          const owner = rows[k]!.organisation_id;
          const second = partners[(from + k + 3) % partners.length]!;
          return (from + k) % 4 || second === owner
            ? [{ event_id: id, organisation_id: owner }]
            : [owner, second].map((organisation_id) => ({ event_id: id, organisation_id }));
        });
        await tx.insertInto('event_organisers').values(organisers).execute();
      });
    }
    const byMonth = await db
      .selectFrom('events')
      .select([sql<string>`substr(starts_at, 1, 7)`.as('month'), (eb) => eb.fn.countAll().as('n')])
      .where('slug', 'like', 'bench-event-%')
      .where('starts_at', '>=', now) // upcoming: its events take registrations
      .groupBy(sql`substr(starts_at, 1, 7)`)
      .orderBy('n', 'desc')
      .orderBy('month')
      .limit(1)
      .executeTakeFirstOrThrow();
    const target = await db
      .selectFrom('events')
      .select(['id', 'slug', 'organisation_id'])
      .where('slug', 'like', 'bench-event-%')
      .where('starts_at', '>=', `${byMonth.month}-01`)
      .where('kind', '!=', 'webinar')
      .orderBy('starts_at')
      .executeTakeFirstOrThrow();
    const speakers = await db.selectFrom('users').select('id').orderBy('id').limit(2).execute();
    await db
      .insertInto('event_people')
      .values(speakers.map((u) => ({ event_id: target.id, user_id: u.id, role: 'speaker' })))
      .execute();
    await db
      .updateTable('event_translations')
      .set({ description: LONG_DESCRIPTION })
      .where('event_id', '=', target.id)
      .execute();
    await sql`analyze`.execute(db); // fresh statistics for the planners of both databases
    return { busyMonth: byMonth.month, busyMonthEvents: Number(byMonth.n), eventSlug: target.slug };
  } finally {
    await database.close();
  }
}

const LONG_DESCRIPTION = `A day for **city officials** on welcoming newcomers.

- Morning: how three cities organise their first-contact desks, with their figures.
- Afternoon: working groups on housing, schools and access to health services.
- Closing: what each participant will try in their own city.

Bring one example from your own work. Interpretation in English and French.`;
