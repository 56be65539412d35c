import type { Db } from '../../db/database.ts';
import { SLUG_FALLBACK, freeSlug, searchKey, slugBase } from '../organisations/names.ts';
import { selectSlugsStartingWith } from '../../db/slugs.queries.ts';

// Writing a resource and its parts. Callers run these in one transaction and then re-index the
// resource (search-index.ts).

/** A resource's own fields, as its form sets them (not its owner, status or parts). */
export interface ResourceFields {
  kind: string;
  year: number | null;
  licence: string;
  authors: string;
  linkUrl: string;
  languages: string[];
  countries: string[];
  regions: string[];
}

export interface NewResource extends ResourceFields {
  organisationId: number;
  status: 'draft' | 'in_review' | 'published';
  isDemo: boolean;
  createdBy: number | null;
  /** The title in each language it has (at least one). */
  translations: Array<{ language: string; title: string; summary: string }>;
  themeIds: number[];
  /** The publishing organisations, in order (the owner first when it publishes too). */
  publisherIds: number[];
}

/** The columns holding a resource's own fields (its lists as JSON text). */
export function fieldColumns(r: ResourceFields) {
  return {
    kind: r.kind,
    year: r.year,
    licence: r.licence,
    authors: r.authors,
    link_url: r.linkUrl,
    languages: JSON.stringify(r.languages),
    countries: JSON.stringify(r.countries),
    regions: JSON.stringify(r.regions),
  };
}

/** A free slug for a resource titled `title` ("resource" when the title has no Latin letters). */
export async function freeResourceSlug(db: Db, title: string): Promise<string> {
  const base0 = slugBase(title);
  const base =
    base0 === SLUG_FALLBACK && !searchKey(title).includes(SLUG_FALLBACK) ? 'resource' : base0;
  return freeSlug(base, await selectSlugsStartingWith(db, 'resources', base));
}

/** Inserts a resource with its translations, themes and publishers; returns its id and slug. */
export async function insertResource(
  db: Db,
  r: NewResource,
  at: string,
): Promise<{ id: number; slug: string }> {
  const slug = await freeResourceSlug(db, r.translations[0]?.title ?? 'resource');
  const { id } = await db
    .insertInto('resources')
    .values({
      slug,
      ...fieldColumns(r),
      organisation_id: r.organisationId,
      status: r.status,
      is_demo: r.isDemo ? 1 : 0,
      created_by: r.createdBy,
      created_at: at,
      updated_at: at,
      published_at: r.status === 'published' ? at : null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await replaceResourceParts(db, id, r);
  return { id, slug };
}

/** Sets a resource's translations, themes and publishers to exactly these. */
export async function replaceResourceParts(
  db: Db,
  id: number,
  r: Pick<NewResource, 'translations' | 'themeIds' | 'publisherIds'>,
): Promise<void> {
  await db.deleteFrom('resource_translations').where('resource_id', '=', id).execute();
  await db.deleteFrom('resource_themes').where('resource_id', '=', id).execute();
  await db.deleteFrom('resource_organisations').where('resource_id', '=', id).execute();
  if (r.translations.length)
    await db
      .insertInto('resource_translations')
      .values(r.translations.map((t) => ({ resource_id: id, ...t })))
      .execute();
  if (r.themeIds.length)
    await db
      .insertInto('resource_themes')
      .values([...new Set(r.themeIds)].map((theme_id) => ({ resource_id: id, theme_id })))
      .execute();
  const publishers = [...new Set(r.publisherIds)];
  if (publishers.length)
    await db
      .insertInto('resource_organisations')
      .values(
        publishers.map((organisation_id, position) => ({
          resource_id: id,
          organisation_id,
          position,
        })),
      )
      .execute();
}

/** Records a file of a resource (its text to be extracted unless `extractedText` is given). */
export async function insertResourceFile(
  db: Db,
  f: {
    resourceId: number;
    fileId: number;
    fileName: string;
    language: string;
    createdBy: number | null;
    extractedText?: string;
  },
  at: string,
): Promise<number> {
  const { id } = await db
    .insertInto('resource_files')
    .values({
      resource_id: f.resourceId,
      file_id: f.fileId,
      file_name: f.fileName,
      language: f.language,
      created_by: f.createdBy,
      created_at: at,
      ...(f.extractedText === undefined
        ? {}
        : { extraction_status: 'done', extracted_text: f.extractedText, extracted_at: at }),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

/** Appends to a resource's record of changes (who, when, what). */
export async function insertResourceChange(
  db: Db,
  c: { resourceId: number; actorId: number | null; action: string; details?: object },
  at: string,
): Promise<void> {
  await db
    .insertInto('resource_changes')
    .values({
      resource_id: c.resourceId,
      actor_id: c.actorId,
      action: c.action,
      details: JSON.stringify(c.details ?? {}),
      created_at: at,
    })
    .execute();
}
