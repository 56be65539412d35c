import nodemailer, { type Transporter } from 'nodemailer';
import type { Db } from '../db/database.ts';
import type { Deps } from '../deps.ts';
import { enqueueJob, type JobHandler } from '../jobs/jobs.ts';
import * as q from './mail.queries.ts';

// Outgoing e-mail: written to the emails table and sent by a job, so a restart loses none.
// With no SMTP_URL the message is only logged, and admins read it on the outbox page.

export const SEND_EMAIL_JOB = 'email.send';

export interface OutgoingEmail {
  to: string;
  subject: string;
  text: string;
  /** What the message is about, e.g. "password-reset"; shown on the outbox page. */
  kind: string;
}

/** Records an e-mail and queues its sending; pass the transaction when it belongs to a larger write. */
export async function queueEmail(db: Db, email: OutgoingEmail): Promise<number> {
  const id = await q.insertEmail(db, { ...email, now: new Date().toISOString() });
  await enqueueJob(db, SEND_EMAIL_JOB, { emailId: id });
  return id;
}

const transports = new Map<string, Transporter>();

function transportFor(url: string): Transporter {
  let t = transports.get(url);
  if (!t) transports.set(url, (t = nodemailer.createTransport(url)));
  return t;
}

export const sendEmailJob: JobHandler = async (deps: Deps, payload) => {
  const { emailId } = payload as { emailId: number };
  const email = await q.selectEmail(deps.db, emailId);
  if (!email || email.status !== 'queued') return; // already sent by an earlier attempt
  const now = () => new Date().toISOString();
  if (!deps.config.SMTP_URL) {
    deps.log.info(
      { to: email.toAddress, subject: email.subject, text: email.textBody },
      'e-mail not sent (no SMTP_URL): logged',
    );
    await q.markEmail(deps.db, email.id, 'logged', now());
    return;
  }
  await transportFor(deps.config.SMTP_URL).sendMail({
    from: deps.config.MAIL_FROM,
    to: email.toAddress,
    subject: email.subject,
    text: email.textBody,
  });
  await q.markEmail(deps.db, email.id, 'sent', now());
};

export { selectEmails as listEmails } from './mail.queries.ts';
