import type { Db, Dialect } from '../../db/database.ts';

// What check-ins, support requests and the dashboard share: a project's heading and cities, the
// people to e-mail, and a lock that makes two writers to one project take turns.

export interface FollowUpProject {
  id: number;
  slug: string;
  title: string;
  status: string;
  cities: Array<{ id: number; name: string }>;
}

export async function selectFollowUpProject(
  db: Db,
  twinningId: number,
): Promise<FollowUpProject | undefined> {
  const row = await db
    .selectFrom('twinnings')
    .select(['id', 'slug', 'title', 'status'])
    .where('id', '=', twinningId)
    .executeTakeFirst();
  if (!row) return undefined;
  const cities = await db
    .selectFrom('twinning_cities as tc')
    .innerJoin('organisations as o', 'o.id', 'tc.organisation_id')
    .select(['o.id', 'o.name'])
    .where('tc.twinning_id', '=', twinningId)
    .orderBy('o.name')
    .execute();
  return { ...row, cities };
}

export interface Contact {
  id: number;
  name: string;
  email: string;
  preferredLanguage: string;
}

function contacts(db: Db) {
  return db
    .selectFrom('users as u')
    .select(['u.id', 'u.name', 'u.email', 'u.preferred_language as preferredLanguage'])
    .where('u.is_disabled', '=', 0);
}

/** The coordinators of these cities (enabled accounts). */
export async function selectCityCoordinatorContacts(db: Db, cityIds: number[]): Promise<Contact[]> {
  if (cityIds.length === 0) return [];
  return contacts(db)
    .where('u.id', 'in', (eb) =>
      eb.selectFrom('city_coordinators').select('user_id').where('organisation_id', 'in', cityIds),
    )
    .orderBy('u.id')
    .execute();
}

/** Officials by id (enabled accounts): a facilitator, earlier authors. */
export async function selectContacts(db: Db, userIds: number[]): Promise<Contact[]> {
  if (userIds.length === 0) return [];
  return contacts(db).where('u.id', 'in', userIds).orderBy('u.id').execute();
}

/** The editors of the project's supporting partners (enabled accounts). */
export async function selectPartnerEditorContacts(db: Db, twinningId: number): Promise<Contact[]> {
  return contacts(db)
    .where('u.id', 'in', (eb) =>
      eb
        .selectFrom('user_roles as r')
        .innerJoin('twinning_partners as tp', 'tp.organisation_id', 'r.organisation_id')
        .select('r.user_id')
        .where('r.role', '=', 'partner_editor')
        .where('tp.twinning_id', '=', twinningId),
    )
    .orderBy('u.id')
    .execute();
}

/**
 * Locks the project's row until the transaction ends, so two writes to one project take turns
 * (PostgreSQL; SQLite has one writer at a time already).
 */
export async function lockTwinning(db: Db, dialect: Dialect, twinningId: number): Promise<void> {
  const query = db.selectFrom('twinnings').select('id').where('id', '=', twinningId);
  await (dialect === 'postgres' ? query.forUpdate() : query).execute();
}
