import type { Deps } from '../../src/deps.ts';

// Reading the e-mail outbox in tests: messages are rows of the emails table until a job sends them.

export interface SentEmail {
  id: number;
  subject: string;
  text: string;
  kind: string;
}

/** The newest e-mail queued for `address`, or undefined. */
export async function latestEmailTo(deps: Deps, address: string): Promise<SentEmail | undefined> {
  return deps.db
    .selectFrom('emails')
    .select(['id', 'subject', 'text_body as text', 'kind'])
    .where('to_address', '=', address.toLowerCase())
    .orderBy('id', 'desc')
    .executeTakeFirst();
}

/** How many e-mails have been queued for `address`. */
export async function countEmailsTo(deps: Deps, address: string): Promise<number> {
  const row = await deps.db
    .selectFrom('emails')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('to_address', '=', address.toLowerCase())
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
