import { selectEmails, type EmailRow } from '../../src/mail/mail.queries.ts';
import type { E2EServer } from './server.ts';

// The outbox is the emails table: journeys read what the platform "sent" from there.

/** The newest e-mail to an address; fails when there is none. */
export async function newestEmailTo(server: E2EServer, to: string): Promise<EmailRow> {
  const [email] = await selectEmails(server.deps.db, { to: to.toLowerCase(), limit: 1 });
  if (!email) throw new Error(`no e-mail to ${to} in the outbox`);
  return email;
}

/** The first link in an e-mail's text that starts with `prefix` (e.g. "/reset-password/"). */
export function linkIn(email: EmailRow, server: E2EServer, prefix: string): string {
  const origin = server.baseURL.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const prefixRe = prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(`${origin}${prefixRe}[^\\s<>"]*`).exec(email.textBody);
  if (!match) throw new Error(`no ${prefix} link in the e-mail:\n${email.textBody}`);
  return match[0];
}
