import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { openDatabase, type Database } from '../../db/database.ts';
import type { Deps } from '../../deps.ts';
import { createAssessment } from '../../../test/factories/cityshare.ts';
import { createCity } from '../../../test/factories/organisations.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/support/database.ts';
import { listCandidates } from './candidates.service.ts';

// The candidate list is kept in memory per process; the 'cityshare' version that triggers bump
// (migration 0021) makes a write by any process show at once everywhere.

describe('suggestion candidates', () => {
  let writer: TestDatabase;
  let other: Database;
  let reader: Deps;

  before(async () => {
    writer = await createTestDatabase();
    other = openDatabase(writer.url, { poolSize: 2 });
    reader = { ...writer.deps, db: other.db }; // another connection: another process's cache
  });
  after(async () => {
    await other.close();
    await writer.close();
  });

  const names = async (withPrivate: boolean) =>
    (await listCandidates(reader, { withPrivate })).map((c) => c.name);

  it('sees another process’s new assessment, rename and privacy at once', async () => {
    const city = await createCity(writer.deps, { name: 'Ghent' });
    assert.deepEqual(await names(false), []);
    await createAssessment(writer.deps, city.id, { strengths: '123401', needs: '001122' });
    assert.deepEqual(await names(false), ['Ghent']);
    const [ghent] = await listCandidates(reader, { withPrivate: false });
    assert.deepEqual(ghent!.themes['education-youth'], { strength: 3, need: 1 });
    await writer.deps.db
      .updateTable('organisations')
      .set({ name: 'Gent' })
      .where('id', '=', city.id)
      .execute();
    assert.deepEqual(await names(false), ['Gent']);
    await createAssessment(writer.deps, city.id, {
      strengths: '123401',
      needs: '001122',
      isPrivate: true,
    });
    assert.deepEqual(await names(false), []);
    assert.deepEqual(await names(true), ['Gent']);
  });
});
