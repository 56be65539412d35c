import type { Kysely } from 'kysely';

// The end date of a run for which its learners were last invited to evaluate it: the invitation
// job claims it with one conditional UPDATE, so that a run is announced once per end date however
// many jobs were queued for it and however many processes run them.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('runs').addColumn('evaluation_invited_on', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('runs').dropColumn('evaluation_invited_on').execute();
}
