import type { Selectable } from 'kysely';
import { bumpCacheVersion } from '../../db/cache-versions.queries.ts';
import type { Db } from '../../db/database.ts';
import type { OrganisationsTable } from '../../db/tables.ts';
import { searchKey } from './names.ts';

export interface NewOrganisation {
  slug: string;
  kind: string;
  name: string;
  shortName: string;
  description: string;
  website: string;
  country: string | null;
  worldRegion: string | null;
  region: string;
  population: number | null;
  languages: string[];
  latitude: number | null;
  longitude: number | null;
  isPartner: boolean;
  isDemo: boolean;
}

export interface Organisation extends NewOrganisation {
  id: number;
  createdAt: string;
  updatedAt: string;
}

/** The languages column (JSON text) as a list of codes; anything malformed reads as none. */
export function parseLanguages(text: string): string[] {
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
}

export function toOrganisation(row: Selectable<OrganisationsTable>): Organisation {
  return {
    id: row.id,
    slug: row.slug,
    kind: row.kind,
    name: row.name,
    shortName: row.short_name,
    description: row.description,
    website: row.website,
    country: row.country,
    worldRegion: row.world_region,
    region: row.region,
    population: row.population === null ? null : Number(row.population),
    languages: parseLanguages(row.languages),
    latitude: row.latitude === null ? null : Number(row.latitude),
    longitude: row.longitude === null ? null : Number(row.longitude),
    isPartner: Number(row.is_partner) === 1,
    isDemo: Number(row.is_demo) === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The columns an organisation is written with (its slug, id and creation time aside). */
function columnsOf(org: Omit<NewOrganisation, 'slug'>) {
  return {
    kind: org.kind,
    name: org.name,
    name_search: searchKey(org.name),
    short_name: org.shortName,
    description: org.description,
    website: org.website,
    country: org.country,
    world_region: org.worldRegion,
    region: org.region,
    population: org.population,
    languages: JSON.stringify(org.languages),
    latitude: org.latitude,
    longitude: org.longitude,
    is_partner: org.isPartner ? 1 : 0,
    is_demo: org.isDemo ? 1 : 0,
  };
}

export async function insertOrganisation(
  db: Db,
  org: NewOrganisation,
  now: string,
): Promise<number> {
  const row = await db
    .insertInto('organisations')
    .values({ slug: org.slug, ...columnsOf(org), created_at: now, updated_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  await bumpCacheVersion(db, 'organisations');
  return row.id;
}

/** Rewrites an organisation's fields; its slug stays, so links to it keep working. */
export async function updateOrganisation(
  db: Db,
  id: number,
  org: Omit<NewOrganisation, 'slug'>,
  now: string,
): Promise<void> {
  await db
    .updateTable('organisations')
    .set({ ...columnsOf(org), updated_at: now })
    .where('id', '=', id)
    .execute();
  await bumpCacheVersion(db, 'organisations');
}

export async function selectOrganisationBySlug(
  db: Db,
  slug: string,
): Promise<Organisation | undefined> {
  const row = await db
    .selectFrom('organisations')
    .selectAll()
    .where('slug', '=', slug)
    .executeTakeFirst();
  return row ? toOrganisation(row) : undefined;
}

/** How many active officials say they belong to the organisation. */
export async function countMembers(db: Db, organisationId: number): Promise<number> {
  const row = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('organisation_id', '=', organisationId)
    .where('is_disabled', '=', 0)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function insertAuditEvent(
  db: Db,
  event: { actorId: number; action: string; subjectId: number; details: Record<string, unknown> },
  now: string,
): Promise<void> {
  await db
    .insertInto('audit_events')
    .values({
      actor_id: event.actorId,
      action: event.action,
      subject_type: 'organisation',
      subject_id: event.subjectId,
      details: JSON.stringify(event.details),
      created_at: now,
    })
    .execute();
}

/** Every organisation's id, name and kind, by name: for the "your organisation" choice. */
export async function selectOrganisationChoices(
  db: Db,
): Promise<Array<{ id: number; name: string; kind: string }>> {
  return db
    .selectFrom('organisations')
    .select(['id', 'name', 'kind'])
    .orderBy('name')
    .orderBy('id')
    .execute();
}

export async function selectOrganisationIdExists(db: Db, id: number): Promise<boolean> {
  const row = await db
    .selectFrom('organisations')
    .select('id')
    .where('id', '=', id)
    .executeTakeFirst();
  return row !== undefined;
}
