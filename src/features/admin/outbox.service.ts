import type { Deps } from '../../deps.ts';
import { selectEmail, selectEmails, type EmailRow } from '../../mail/mail.queries.ts';
import { AppError } from '../../web/errors.ts';
import { requireActor, type Actor } from '../accounts/actor.ts';
import { canReadOutbox } from './admin.policy.ts';
import type { OutboxQuery } from './admin.schema.ts';

export const EMAILS_PER_PAGE = 50;

export interface OutboxPage {
  emails: EmailRow[];
  /** The `before` value of the next (older) page, when there is one. */
  next: number | null;
  /** True when messages are only logged, not sent: the outbox is then the way to read them. */
  logOnly: boolean;
}

function requireOutboxReader(actor: Actor | null): void {
  if (!canReadOutbox(requireActor(actor))) throw new AppError('FORBIDDEN');
}

/** The e-mails the platform wrote, newest first, optionally to one recipient. */
export async function listOutbox(
  deps: Deps,
  actor: Actor | null,
  query: OutboxQuery,
): Promise<OutboxPage> {
  requireOutboxReader(actor);
  const rows = await selectEmails(deps.db, {
    beforeId: query.before,
    limit: EMAILS_PER_PAGE + 1,
    to: query.to || undefined,
  });
  const emails = rows.slice(0, EMAILS_PER_PAGE);
  const last = emails.at(-1);
  return {
    emails,
    next: rows.length > EMAILS_PER_PAGE && last ? last.id : null,
    logOnly: !deps.config.SMTP_URL,
  };
}

/** One message with its full text; unknown ids are NOT_FOUND. */
export async function getEmail(
  deps: Deps,
  actor: Actor | null,
  emailId: number | null,
): Promise<EmailRow> {
  requireOutboxReader(actor);
  const email = emailId === null ? undefined : await selectEmail(deps.db, emailId);
  if (!email) throw new AppError('NOT_FOUND');
  return email;
}
