import type { Db, Dialect } from '../../db/database.ts';
import { fieldColumns, type ResourceFields } from './resource-write.queries.ts';
import { stringList } from './string-list.ts';

// SQL for the resource editor: a resource with its parts, the form's choices, and the writes that
// resource-write.queries.ts does not do (the row's own fields, experts, the request key).

export interface EditableResource extends ResourceFields {
  id: number;
  slug: string;
  organisationId: number;
  organisationName: string;
  status: string;
  reviewComment: string;
  createdBy: number | null;
  publishedAt: string | null;
  translations: Array<{ language: string; title: string; summary: string }>;
  themeIds: number[];
  publisherIds: number[];
  expertIds: number[];
}

/** A resource by slug with its translations, themes, publishers and experts. */
export async function selectEditableResource(
  db: Db,
  slug: string,
): Promise<EditableResource | undefined> {
  const r = await db
    .selectFrom('resources as r')
    .innerJoin('organisations as o', 'o.id', 'r.organisation_id')
    .select([
      'r.id',
      'r.slug',
      'r.kind',
      'r.organisation_id as organisationId',
      'o.name as organisationName',
      'r.status',
      'r.year',
      'r.licence',
      'r.authors',
      'r.link_url as linkUrl',
      'r.languages',
      'r.countries',
      'r.regions',
      'r.review_comment as reviewComment',
      'r.created_by as createdBy',
      'r.published_at as publishedAt',
    ])
    .where('r.slug', '=', slug)
    .executeTakeFirst();
  if (!r) return undefined;
  const [translations, themes, publishers, experts] = await Promise.all([
    db
      .selectFrom('resource_translations')
      .select(['language', 'title', 'summary'])
      .where('resource_id', '=', r.id)
      .orderBy('language')
      .execute(),
    db.selectFrom('resource_themes').select('theme_id').where('resource_id', '=', r.id).execute(),
    db
      .selectFrom('resource_organisations')
      .select('organisation_id')
      .where('resource_id', '=', r.id)
      .orderBy('position')
      .execute(),
    db.selectFrom('resource_experts').select('expert_id').where('resource_id', '=', r.id).execute(),
  ]);
  return {
    ...r,
    year: r.year === null ? null : Number(r.year),
    languages: stringList(r.languages),
    countries: stringList(r.countries),
    regions: stringList(r.regions),
    translations,
    themeIds: themes.map((t) => Number(t.theme_id)),
    publisherIds: publishers.map((p) => Number(p.organisation_id)),
    expertIds: experts.map((e) => Number(e.expert_id)),
  };
}

/** The resource a "new resource" form with this key made, if any. */
export async function selectResourceByKey(
  db: Db,
  key: string,
): Promise<{ id: number; slug: string } | undefined> {
  return db
    .selectFrom('resources')
    .select(['id', 'slug'])
    .where('request_key', '=', key)
    .executeTakeFirst();
}

export async function setRequestKey(db: Db, id: number, key: string): Promise<void> {
  await db.updateTable('resources').set({ request_key: key }).where('id', '=', id).execute();
}

/** Locks the resource's row until the transaction ends, so that writes to it take turns. */
export async function lockResource(db: Db, dialect: Dialect, id: number): Promise<void> {
  const query = db.selectFrom('resources').select('id').where('id', '=', id);
  await (dialect === 'postgres' ? query.forUpdate() : query).execute();
}

/** Marks a resource changed (its files were), which also renews the library's cached pages. */
export async function touchResource(db: Db, id: number, now: string): Promise<void> {
  await db.updateTable('resources').set({ updated_at: now }).where('id', '=', id).execute();
}

/** Sets a resource's own fields (not its status). */
export async function updateResourceFields(
  db: Db,
  id: number,
  r: ResourceFields,
  now: string,
): Promise<void> {
  await db
    .updateTable('resources')
    .set({ ...fieldColumns(r), updated_at: now })
    .where('id', '=', id)
    .execute();
}

export async function replaceResourceExperts(
  db: Db,
  resourceId: number,
  expertIds: number[],
): Promise<void> {
  await db.deleteFrom('resource_experts').where('resource_id', '=', resourceId).execute();
  if (expertIds.length)
    await db
      .insertInto('resource_experts')
      .values(expertIds.map((expert_id) => ({ resource_id: resourceId, expert_id })))
      .execute();
}

/** Partner organisations (and any others named in `alsoIds`), by name: the possible publishers. */
export async function selectPublisherChoices(
  db: Db,
  alsoIds: number[],
): Promise<Array<{ id: number; name: string }>> {
  return db
    .selectFrom('organisations')
    .select(['id', 'name'])
    .where((eb) =>
      alsoIds.length
        ? eb.or([eb('is_partner', '=', 1), eb('id', 'in', alsoIds)])
        : eb('is_partner', '=', 1),
    )
    .orderBy('name')
    .orderBy('id')
    .execute();
}

/** Approved experts by name: those an editor may name among a resource's authors. */
export async function selectApprovedExperts(db: Db): Promise<Array<{ id: number; name: string }>> {
  return db
    .selectFrom('experts as e')
    .innerJoin('users as u', 'u.id', 'e.user_id')
    .select(['e.id', 'u.name'])
    .where('e.status', '=', 'approved')
    .orderBy('u.name')
    .orderBy('e.id')
    .execute();
}
