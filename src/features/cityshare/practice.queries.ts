import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import { practiceSearchText } from './practice.schema.ts';

// SQL for good practices: rows of practices with their city's name and slug; search_text is
// written here from the title and texts, so that no writer can forget it.

export interface PracticeTexts {
  title: string;
  problem: string;
  approach: string;
  results: string;
  resources: string;
  success_factors: string;
  transferability: string;
  transferable_to: string;
  contacts: string;
}

export interface PracticeFields extends PracticeTexts {
  themeId: number;
  language: string;
}

export interface NewPractice extends PracticeFields {
  slug: string;
  organisationId: number;
  status: 'draft' | 'published';
  isDemo: boolean;
  createdBy: number | null;
}

export interface CityRef {
  id: number;
  slug: string;
  name: string;
  languages: string[];
}

export interface PracticeRow extends PracticeFields {
  id: number;
  slug: string;
  status: 'draft' | 'published';
  isDemo: boolean;
  city: CityRef;
  createdAt: string;
  updatedAt: string;
  publishedAt: string | null;
}

/** A city's languages, stored as JSON text (ISO 639-1 codes). */
export function parseLanguages(text: string): string[] {
  try {
    const v: unknown = JSON.parse(text);
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}

function practicesQuery(db: Db) {
  return db
    .selectFrom('practices as p')
    .innerJoin('organisations as o', 'o.id', 'p.organisation_id')
    .select([
      'p.id',
      'p.slug',
      'p.status',
      'p.is_demo',
      'p.theme_id',
      'p.language',
      'p.title',
      'p.problem',
      'p.approach',
      'p.results',
      'p.resources',
      'p.success_factors',
      'p.transferability',
      'p.transferable_to',
      'p.contacts',
      'p.created_at',
      'p.updated_at',
      'p.published_at',
      'o.id as city_id',
      'o.slug as city_slug',
      'o.name as city_name',
      'o.languages as city_languages',
    ]);
}

type RawRow = Awaited<ReturnType<ReturnType<typeof practicesQuery>['executeTakeFirstOrThrow']>>;

function toRow(r: RawRow): PracticeRow {
  return {
    id: r.id,
    slug: r.slug,
    status: r.status === 'published' ? 'published' : 'draft',
    isDemo: Number(r.is_demo) === 1,
    themeId: r.theme_id,
    language: r.language,
    title: r.title,
    problem: r.problem,
    approach: r.approach,
    results: r.results,
    resources: r.resources,
    success_factors: r.success_factors,
    transferability: r.transferability,
    transferable_to: r.transferable_to,
    contacts: r.contacts,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    publishedAt: r.published_at,
    city: {
      id: r.city_id,
      slug: r.city_slug,
      name: r.city_name,
      languages: parseLanguages(r.city_languages),
    },
  };
}

export async function selectPracticeBySlug(db: Db, slug: string): Promise<PracticeRow | undefined> {
  const row = await practicesQuery(db).where('p.slug', '=', slug).executeTakeFirst();
  return row && toRow(row);
}

function textColumns(f: PracticeFields) {
  return {
    theme_id: f.themeId,
    language: f.language,
    title: f.title,
    problem: f.problem,
    approach: f.approach,
    results: f.results,
    resources: f.resources,
    success_factors: f.success_factors,
    transferability: f.transferability,
    transferable_to: f.transferable_to,
    contacts: f.contacts,
    search_text: practiceSearchText(f),
  };
}

export async function insertPractice(db: Db, p: NewPractice, now: string): Promise<number> {
  const { id } = await db
    .insertInto('practices')
    .values({
      ...textColumns(p),
      slug: p.slug,
      organisation_id: p.organisationId,
      status: p.status,
      is_demo: p.isDemo ? 1 : 0,
      created_by: p.createdBy,
      created_at: now,
      updated_at: now,
      published_at: p.status === 'published' ? now : null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function updatePractice(
  db: Db,
  id: number,
  fields: PracticeFields,
  now: string,
): Promise<void> {
  await db
    .updateTable('practices')
    .set({ ...textColumns(fields), updated_at: now })
    .where('id', '=', id)
    .execute();
}

/**
 * Moves a practice to the status unless it has it already (one conditional UPDATE, so a double
 * click publishes once); publishing dates it. Returns whether it changed.
 */
export async function updatePracticeStatus(
  db: Db,
  id: number,
  status: 'draft' | 'published',
  now: string,
): Promise<boolean> {
  const result = await db
    .updateTable('practices')
    .set({
      status,
      updated_at: now,
      ...(status === 'published' ? { published_at: now } : {}),
    })
    .where('id', '=', id)
    .where('status', '!=', status)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** The slug of the city's practice with this title created since `since`, if any. */
export async function selectRecentSameTitle(
  db: Db,
  cityId: number,
  title: string,
  since: string,
): Promise<string | undefined> {
  const row = await db
    .selectFrom('practices')
    .select('slug')
    .where('organisation_id', '=', cityId)
    .where('title', '=', title)
    .where('created_at', '>=', since)
    .executeTakeFirst();
  return row?.slug;
}

export interface ListQuery {
  status: 'published' | 'draft';
  cityIds?: number[];
  themeId?: number;
  language?: string;
  /** Words already folded with searchKey; every one must appear. */
  words?: string[];
  limit: number;
  offset: number;
}

function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Practices of a status, newest first (published: by publication; drafts: by last change). */
export async function selectPractices(db: Db, q: ListQuery): Promise<PracticeRow[]> {
  let query = practicesQuery(db).where('p.status', '=', q.status);
  if (q.cityIds !== undefined) {
    if (q.cityIds.length === 0) return [];
    query = query.where('p.organisation_id', 'in', q.cityIds);
  }
  if (q.themeId !== undefined) query = query.where('p.theme_id', '=', q.themeId);
  if (q.language !== undefined) query = query.where('p.language', '=', q.language);
  for (const word of q.words ?? [])
    query = query.where(sql<boolean>`p.search_text like ${likePattern(word)} escape '\\'`);
  const order = q.status === 'published' ? 'p.published_at' : 'p.updated_at';
  const rows = await query
    .orderBy(order, 'desc')
    .orderBy('p.id', 'desc')
    .limit(q.limit)
    .offset(q.offset)
    .execute();
  return rows.map(toRow);
}

/** The languages published practices are written in (the list's language filter). */
export async function selectPracticeLanguages(db: Db): Promise<string[]> {
  const rows = await db
    .selectFrom('practices')
    .select('language')
    .distinct()
    .where('status', '=', 'published')
    .execute();
  return rows.map((r) => r.language);
}
