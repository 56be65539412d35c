import type { Db } from '../../db/database.ts';

// SQL for the people and organisations the expert directory names or e-mails.

export interface Recipient {
  id: number;
  name: string;
  email: string;
  preferredLanguage: string;
}

/** Programme coordinators who can be e-mailed. */
export async function selectCoordinators(db: Db): Promise<Recipient[]> {
  return db
    .selectFrom('users as u')
    .select(['u.id', 'u.name', 'u.email', 'u.preferred_language as preferredLanguage'])
    .where('u.is_disabled', '=', 0)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('user_roles as r')
          .select('r.id')
          .whereRef('r.user_id', '=', 'u.id')
          .where('r.role', '=', 'coordinator'),
      ),
    )
    .orderBy('u.id')
    .execute();
}

export async function selectUser(
  db: Db,
  id: number,
): Promise<(Recipient & { organisationId: number | null; country: string | null }) | undefined> {
  return db
    .selectFrom('users')
    .select([
      'id',
      'name',
      'email',
      'preferred_language as preferredLanguage',
      'organisation_id as organisationId',
      'country',
    ])
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function selectOrganisationName(db: Db, id: number): Promise<string | undefined> {
  const row = await db
    .selectFrom('organisations')
    .select('name')
    .where('id', '=', id)
    .executeTakeFirst();
  return row?.name;
}
