import type { Db } from '../../db/database.ts';
import { stringList } from './string-list.ts';

// SQL of a resource's page: the resource, its texts, themes, publishers and expert
// authors, with JSON text and 0/1 flags turned into plain values.

export interface ResourceRow {
  id: number;
  slug: string;
  kind: string;
  organisationId: number;
  status: string;
  year: number | null;
  licence: string;
  authors: string[];
  linkUrl: string;
  languages: string[];
  countries: string[];
  regions: string[];
  isDemo: boolean;
  publishedAt: string | null;
}

export interface ResourceText {
  language: string;
  title: string;
  summary: string;
}

export interface NamedLink {
  slug: string;
  name: string;
}

/** A resource by slug, whatever its status (the service decides who may see it). */
export async function selectResourceBySlug(db: Db, slug: string): Promise<ResourceRow | undefined> {
  const row = await db
    .selectFrom('resources')
    .select([
      'id',
      'slug',
      'kind',
      'organisation_id',
      'status',
      'year',
      'licence',
      'authors',
      'link_url',
      'languages',
      'countries',
      'regions',
      'is_demo',
      'published_at',
    ])
    .where('slug', '=', slug)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    id: row.id,
    slug: row.slug,
    kind: row.kind,
    organisationId: row.organisation_id,
    status: row.status,
    year: row.year === null ? null : Number(row.year),
    licence: row.licence,
    authors: row.authors
      .split('\n')
      .map((a) => a.trim())
      .filter(Boolean),
    linkUrl: row.link_url,
    languages: stringList(row.languages),
    countries: stringList(row.countries),
    regions: stringList(row.regions),
    isDemo: Number(row.is_demo) === 1,
    publishedAt: row.published_at,
  };
}

/** Every title and summary of a resource, by language. */
export async function selectResourceTexts(db: Db, resourceId: number): Promise<ResourceText[]> {
  return db
    .selectFrom('resource_translations')
    .select(['language', 'title', 'summary'])
    .where('resource_id', '=', resourceId)
    .orderBy('language')
    .execute();
}

/** The resource's themes in their order, named in the reader's language (else in English). */
export async function selectResourceThemes(
  db: Db,
  resourceId: number,
  language: string,
): Promise<NamedLink[]> {
  const rows = await db
    .selectFrom('resource_themes as rt')
    .innerJoin('themes as th', 'th.id', 'rt.theme_id')
    .innerJoin('theme_translations as tt', 'tt.theme_id', 'th.id')
    .select(['th.slug', 'tt.name', 'tt.language'])
    .where('rt.resource_id', '=', resourceId)
    .where('tt.language', 'in', [language, 'en'])
    .orderBy('th.position')
    .execute();
  const bySlug = new Map<string, string>();
  for (const r of rows)
    if (!bySlug.has(r.slug) || r.language === language) bySlug.set(r.slug, r.name);
  return [...bySlug].map(([slug, name]) => ({ slug, name }));
}

/** The publishing organisations, in the order they are credited. */
export async function selectPublishers(db: Db, resourceId: number): Promise<NamedLink[]> {
  return db
    .selectFrom('resource_organisations as ro')
    .innerJoin('organisations as o', 'o.id', 'ro.organisation_id')
    .select(['o.slug', 'o.name'])
    .where('ro.resource_id', '=', resourceId)
    .orderBy('ro.position')
    .execute();
}

/** The approved experts among the resource's authors, by name. */
export async function selectExpertAuthors(db: Db, resourceId: number): Promise<NamedLink[]> {
  return db
    .selectFrom('resource_experts as re')
    .innerJoin('experts as e', 'e.id', 're.expert_id')
    .innerJoin('users as u', 'u.id', 'e.user_id')
    .select(['e.slug', 'u.name'])
    .where('re.resource_id', '=', resourceId)
    .where('e.status', '=', 'approved')
    .orderBy('u.name')
    .execute();
}
