import type { Db } from '../../db/database.ts';

// SQL for calendars out: the events a feed lists, and the hashed secrets of personal feeds.

export interface FeedEventRow {
  id: number;
  slug: string;
  status: string;
  startsAt: string;
  endsAt: string;
  timeZone: string;
  updatedAt: string;
  venueAddress: string;
  cityName: string | null;
  onlineUrl: string;
  /** Language → { title, description }. */
  texts: Record<string, { title: string; description: string }>;
}

// Drafts never leave the platform; a cancelled event stays in feeds so calendars drop it.
const LISTED = ['published', 'held', 'cancelled'];

function baseQuery(db: Db) {
  return db
    .selectFrom('events as e')
    .leftJoin('organisations as city', 'city.id', 'e.venue_city_id')
    .select([
      'e.id',
      'e.slug',
      'e.status',
      'e.starts_at',
      'e.ends_at',
      'e.time_zone',
      'e.updated_at',
      'e.venue_address',
      'e.online_url',
      'city.name as city_name',
    ])
    .where('e.status', 'in', LISTED);
}

type BaseRow = Awaited<ReturnType<ReturnType<typeof baseQuery>['execute']>>[number];

async function withTexts(db: Db, rows: BaseRow[]): Promise<FeedEventRow[]> {
  const ids = rows.map((r) => r.id);
  const texts =
    ids.length === 0
      ? []
      : await db
          .selectFrom('event_translations')
          .select(['event_id', 'language', 'title', 'description'])
          .where('event_id', 'in', ids)
          .execute();
  return rows.map((r) => ({
    id: r.id,
    slug: r.slug,
    status: r.status,
    startsAt: r.starts_at,
    endsAt: r.ends_at,
    timeZone: r.time_zone,
    updatedAt: r.updated_at,
    venueAddress: r.venue_address,
    cityName: r.city_name,
    onlineUrl: r.online_url,
    texts: Object.fromEntries(
      texts
        .filter((t) => t.event_id === r.id)
        .map((t) => [t.language, { title: t.title, description: t.description }]),
    ),
  }));
}

export async function findListedEvent(db: Db, slug: string): Promise<FeedEventRow | undefined> {
  const rows = await baseQuery(db).where('e.slug', '=', slug).execute();
  return (await withTexts(db, rows))[0];
}

/** Events of a theme that end after `since`, soonest first (at most `limit`). */
export async function listThemeEvents(
  db: Db,
  themeSlug: string,
  since: string,
  limit: number,
): Promise<FeedEventRow[] | undefined> {
  const theme = await db
    .selectFrom('themes')
    .select('id')
    .where('slug', '=', themeSlug)
    .executeTakeFirst();
  if (!theme) return undefined;
  const rows = await baseQuery(db)
    .innerJoin('event_themes as et', 'et.event_id', 'e.id')
    .where('et.theme_id', '=', theme.id)
    .where('e.ends_at', '>=', since)
    .orderBy('e.starts_at')
    .orderBy('e.id')
    .limit(limit)
    .execute();
  return withTexts(db, rows);
}

/** Events the official holds a seat at (registered, or already attended), since `since`. */
export async function listRegisteredEvents(
  db: Db,
  userId: number,
  since: string,
  limit: number,
): Promise<FeedEventRow[]> {
  const rows = await baseQuery(db)
    .innerJoin('registrations as r', 'r.event_id', 'e.id')
    .where('r.user_id', '=', userId)
    .where('r.status', 'in', ['registered', 'attended'])
    .where('e.ends_at', '>=', since)
    .orderBy('e.starts_at')
    .orderBy('e.id')
    .limit(limit)
    .execute();
  return withTexts(db, rows);
}

export interface FeedOwner {
  userId: number;
  preferredLanguage: string;
}

export async function findFeedOwner(db: Db, tokenHash: string): Promise<FeedOwner | undefined> {
  const row = await db
    .selectFrom('calendar_feeds as f')
    .innerJoin('users as u', 'u.id', 'f.user_id')
    .select(['f.user_id', 'u.preferred_language'])
    .where('f.token_hash', '=', tokenHash)
    .executeTakeFirst();
  return row && { userId: row.user_id, preferredLanguage: row.preferred_language };
}

export async function findFeedCreatedAt(db: Db, userId: number): Promise<string | undefined> {
  const row = await db
    .selectFrom('calendar_feeds')
    .select('created_at')
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row?.created_at;
}

/** Sets the official's feed secret; the old one stops working at once. */
export async function upsertFeed(
  db: Db,
  userId: number,
  tokenHash: string,
  now: string,
): Promise<void> {
  await db
    .insertInto('calendar_feeds')
    .values({ user_id: userId, token_hash: tokenHash, created_at: now })
    .onConflict((oc) =>
      oc.column('user_id').doUpdateSet({ token_hash: tokenHash, created_at: now }),
    )
    .execute();
}
