import type { Db } from '../../db/database.ts';
import { CITY_KINDS } from './city-members.queries.ts';

// Stored cohort pairings: the pairing, and each city's group (null: not placed).

export interface PairingSummary {
  id: number;
  title: string;
  runId: number | null;
  createdAt: string;
  updatedAt: string;
  createdBy: string | null;
  cities: number;
}

/** The latest pairings, newest first. */
export async function selectPairings(db: Db): Promise<PairingSummary[]> {
  const rows = await db
    .selectFrom('pairings as p')
    .leftJoin('users as u', 'u.id', 'p.created_by')
    .select((eb) => [
      'p.id',
      'p.title',
      'p.run_id',
      'p.created_at',
      'p.updated_at',
      'u.name as createdBy',
      eb
        .selectFrom('pairing_cities as pc')
        .whereRef('pc.pairing_id', '=', 'p.id')
        .select((s) => s.fn.countAll<number | string>().as('n'))
        .as('cities'),
    ])
    .orderBy('p.id', 'desc')
    .limit(200)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    runId: r.run_id,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    createdBy: r.createdBy,
    cities: Number(r.cities ?? 0),
  }));
}

export interface PairingRow {
  id: number;
  title: string;
  runId: number | null;
  createdAt: string;
  updatedAt: string;
}

export async function selectPairing(db: Db, id: number): Promise<PairingRow | undefined> {
  const row = await db
    .selectFrom('pairings')
    .select(['id', 'title', 'run_id', 'created_at', 'updated_at'])
    .where('id', '=', id)
    .executeTakeFirst();
  return (
    row && {
      id: row.id,
      title: row.title,
      runId: row.run_id,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    }
  );
}

export interface PairingCity {
  id: number;
  slug: string;
  name: string;
  group: number | null;
}

/** The pairing's cities in (name, id) order with their group. */
export async function selectPairingCities(db: Db, pairingId: number): Promise<PairingCity[]> {
  return db
    .selectFrom('pairing_cities as pc')
    .innerJoin('organisations as o', 'o.id', 'pc.organisation_id')
    .select(['o.id', 'o.slug', 'o.name', 'pc.group_number as group'])
    .where('pc.pairing_id', '=', pairingId)
    .orderBy('o.name')
    .orderBy('o.id')
    .execute();
}

export interface NewPairing {
  title: string;
  runId: number | null;
  createdBy: number;
  requestKey: string;
  cities: Array<{ id: number; group: number | null }>;
}

/**
 * Stores a pairing and its cities in one transaction. A second submission of the same form (same
 * request key) stores nothing and returns the first one's id: the key is unique.
 */
export async function insertPairing(db: Db, p: NewPairing, now: string): Promise<number> {
  return db.transaction().execute(async (tx) => {
    const inserted = await tx
      .insertInto('pairings')
      .values({
        title: p.title,
        run_id: p.runId,
        created_by: p.createdBy,
        request_key: p.requestKey,
        created_at: now,
        updated_at: now,
      })
      .onConflict((oc) => oc.column('request_key').doNothing())
      .returning('id')
      .executeTakeFirst();
    if (!inserted) {
      const first = await tx
        .selectFrom('pairings')
        .select('id')
        .where('request_key', '=', p.requestKey)
        .executeTakeFirstOrThrow();
      return first.id;
    }
    if (p.cities.length > 0)
      await tx
        .insertInto('pairing_cities')
        .values(
          p.cities.map((c) => ({
            pairing_id: inserted.id,
            organisation_id: c.id,
            group_number: c.group,
          })),
        )
        .execute();
    return inserted.id;
  });
}

/** Sets the groups of some of the pairing's cities, in one transaction. */
export async function updateGroups(
  db: Db,
  pairingId: number,
  groups: ReadonlyMap<number, number | null>,
  now: string,
): Promise<void> {
  await db.transaction().execute(async (tx) => {
    for (const [cityId, group] of groups)
      await tx
        .updateTable('pairing_cities')
        .set({ group_number: group })
        .where('pairing_id', '=', pairingId)
        .where('organisation_id', '=', cityId)
        .execute();
    await tx.updateTable('pairings').set({ updated_at: now }).where('id', '=', pairingId).execute();
  });
}

/** The cities (by id) of a run's learners who are enrolled or have completed it. */
export async function selectRunCityIds(db: Db, runId: number): Promise<number[]> {
  const rows = await db
    .selectFrom('enrolments as e')
    .innerJoin('users as u', 'u.id', 'e.user_id')
    .innerJoin('organisations as o', 'o.id', 'u.organisation_id')
    .where('e.run_id', '=', runId)
    .where('e.status', 'in', ['enrolled', 'completed'])
    .where('o.kind', 'in', [...CITY_KINDS])
    .select('o.id')
    .distinct()
    .orderBy('o.id')
    .execute();
  return rows.map((r) => r.id);
}
