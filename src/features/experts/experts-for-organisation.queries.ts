import type { Db } from '../../db/database.ts';

// SQL of a partner workspace's experts: the organisation's approved profiles, by name.

export interface OrganisationExpert {
  slug: string;
  name: string;
  sector: string;
}

export async function selectApprovedExpertsOf(
  db: Db,
  organisationId: number,
  limit: number,
): Promise<OrganisationExpert[]> {
  return db
    .selectFrom('experts as e')
    .innerJoin('users as u', 'u.id', 'e.user_id')
    .select(['e.slug', 'u.name', 'e.sector'])
    .where('e.organisation_id', '=', organisationId)
    .where('e.status', '=', 'approved')
    .orderBy('u.name')
    .orderBy('e.id')
    .limit(limit)
    .execute();
}

export async function countApprovedExpertsOf(db: Db, organisationId: number): Promise<number> {
  const row = await db
    .selectFrom('experts')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('organisation_id', '=', organisationId)
    .where('status', '=', 'approved')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
