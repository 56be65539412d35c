import type { Db } from '../../db/database.ts';

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

export async function insertOrganisation(
  db: Db,
  org: NewOrganisation,
  now: string,
): Promise<number> {
  const row = await db
    .insertInto('organisations')
    .values({
      slug: org.slug,
      kind: org.kind,
      name: org.name,
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
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
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
