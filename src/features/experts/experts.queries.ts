import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';

// SQL for expert profiles: reading one, the directory, the review queue, reviews and their audit
// trail. JSON language lists become arrays here.

export interface Profile {
  id: number;
  slug: string;
  userId: number;
  name: string;
  email: string;
  preferredLanguage: string;
  sector: string;
  organisationId: number | null;
  organisationName: string | null;
  organisationSlug: string | null;
  country: string | null;
  languages: string[];
  biography: string;
  status: string;
  reviewComment: string;
  isDemo: boolean;
  themeIds: number[];
  createdAt: string;
}

function parseList(text: string): string[] {
  try {
    const v: unknown = JSON.parse(text);
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}

function profiles(db: Db) {
  return db
    .selectFrom('experts as e')
    .innerJoin('users as u', 'u.id', 'e.user_id')
    .leftJoin('organisations as o', 'o.id', 'e.organisation_id')
    .select([
      'e.id',
      'e.slug',
      'e.user_id as userId',
      'u.name',
      'u.email',
      'u.preferred_language as preferredLanguage',
      'e.sector',
      'e.organisation_id as organisationId',
      'o.name as organisationName',
      'o.slug as organisationSlug',
      'e.country',
      'e.languages',
      'e.biography',
      'e.status',
      'e.review_comment as reviewComment',
      'e.is_demo as isDemo',
      'e.created_at as createdAt',
    ]);
}

type RawProfile = Awaited<ReturnType<ReturnType<typeof profiles>['executeTakeFirstOrThrow']>>;

async function withThemes(db: Db, rows: RawProfile[]): Promise<Profile[]> {
  const ids = rows.map((r) => r.id);
  const themes = ids.length
    ? await db
        .selectFrom('expert_themes')
        .select(['expert_id', 'theme_id'])
        .where('expert_id', 'in', ids)
        .execute()
    : [];
  return rows.map((r) => ({
    ...r,
    languages: parseList(r.languages),
    isDemo: Boolean(r.isDemo),
    themeIds: themes.filter((t) => t.expert_id === r.id).map((t) => t.theme_id),
  }));
}

export async function selectProfileBySlug(db: Db, slug: string): Promise<Profile | undefined> {
  const row = await profiles(db).where('e.slug', '=', slug).executeTakeFirst();
  return row ? (await withThemes(db, [row]))[0] : undefined;
}

export async function selectProfileOfUser(db: Db, userId: number): Promise<Profile | undefined> {
  const row = await profiles(db).where('e.user_id', '=', userId).executeTakeFirst();
  return row ? (await withThemes(db, [row]))[0] : undefined;
}

export interface DirectoryQuery {
  words: string[];
  sector: string;
  themeId: number | null;
  language: string;
  country: string;
  organisationId: number | null;
  limit: number;
  offset: number;
}

function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Approved profiles matching every filter, by name. */
export async function selectDirectory(db: Db, q: DirectoryQuery): Promise<Profile[]> {
  let query = profiles(db).where('e.status', '=', 'approved');
  if (q.sector) query = query.where('e.sector', '=', q.sector);
  if (q.country) query = query.where('e.country', '=', q.country);
  if (q.organisationId !== null) query = query.where('e.organisation_id', '=', q.organisationId);
  // A code is two letters (checked by the schema), so the quoted pattern matches one JSON item.
  if (q.language) query = query.where('e.languages', 'like', `%"${q.language}"%`);
  if (q.themeId !== null) {
    const themeId = q.themeId;
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('expert_themes as et')
          .select('et.theme_id')
          .whereRef('et.expert_id', '=', 'e.id')
          .where('et.theme_id', '=', themeId),
      ),
    );
  }
  for (const word of q.words)
    query = query.where(sql<boolean>`e.search_text like ${likePattern(word)} escape '\\'`);
  const rows = await query
    .orderBy('u.name')
    .orderBy('e.id')
    .limit(q.limit)
    .offset(q.offset)
    .execute();
  return withThemes(db, rows);
}

/** Organisations that have an approved expert, for the directory's filter. */
export async function selectDirectoryOrganisations(
  db: Db,
): Promise<Array<{ id: number; name: string }>> {
  return db
    .selectFrom('organisations as o')
    .select(['o.id', 'o.name'])
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('experts as e')
          .select('e.id')
          .whereRef('e.organisation_id', '=', 'o.id')
          .where('e.status', '=', 'approved'),
      ),
    )
    .orderBy('o.name')
    .execute();
}

/** Profiles waiting for review, oldest first. */
export async function selectPending(db: Db): Promise<Profile[]> {
  const rows = await profiles(db)
    .where('e.status', '=', 'pending')
    .orderBy('e.created_at')
    .orderBy('e.id')
    .execute();
  return withThemes(db, rows);
}

/** What the profile form sets, as stored. */
export interface ProfileFields {
  sector: string;
  organisationId: number | null;
  country: string | null;
  languages: string[];
  biography: string;
  /** The folded text the directory searches (name, organisation, biography). */
  searchText: string;
}

/** The profile form's fields as columns, for insert and update alike. */
export function profileColumns(f: ProfileFields) {
  return {
    sector: f.sector,
    organisation_id: f.organisationId,
    country: f.country,
    languages: JSON.stringify(f.languages),
    biography: f.biography,
    search_text: f.searchText,
  };
}

export interface ProfileChange extends ProfileFields {
  status: string;
}

export async function updateProfile(
  db: Db,
  id: number,
  c: ProfileChange,
  now: string,
): Promise<void> {
  await db
    .updateTable('experts')
    .set({
      ...profileColumns(c),
      status: c.status,
      updated_at: now,
    })
    .where('id', '=', id)
    .execute();
}
