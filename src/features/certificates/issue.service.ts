import { randomBytes } from 'node:crypto';
import type { Deps } from '../../deps.ts';
import { queueEmail } from '../../mail/mail.ts';
import { issuedEmail } from './certificate-mail.ts';
import { insertCertificate } from './certificates.queries.ts';
import { achievementCredential, signCredential } from './credential.ts';
import { selectRunFacts } from './run-facts.queries.ts';
import { signingKey } from './signing-keys.service.ts';

// Issuing runs inside the transaction that completes the enrolment (progress.service.ts), so a
// completed run always has its certificate and a rolled-back completion has none. Issuing is cheap
// (a few reads, one Ed25519 signature, one insert, one queued e-mail) and the PDF is drawn on
// request, so there is nothing slow to put off to a job.

/** A new certificate code: 128 random bits, URL-safe (22 characters). */
export function newCertificateCode(): string {
  return randomBytes(16).toString('base64url');
}

/**
 * Issues the certificate of a completed enrolment and e-mails the learner; `deps.db` is the
 * completing transaction. Returns the code, or null when the enrolment already had one.
 */
export async function issueRunCertificate(deps: Deps, enrolmentId: number): Promise<string | null> {
  const facts = await selectRunFacts(deps.db, enrolmentId);
  if (!facts) throw new Error(`enrolment ${enrolmentId} not found`);
  const code = newCertificateCode();
  const issuedAt = new Date().toISOString();
  const achievementPath = `/courses/${facts.courseSlug}`;
  const credential = achievementCredential(deps.config, {
    code,
    recipientName: facts.name,
    email: facts.email,
    titles: facts.titles,
    startsOn: facts.startsOn,
    endsOn: facts.endsOn,
    hours: facts.hours,
    issuers: facts.issuers,
    achievementPath,
    issuedAt,
  });
  const inserted = await insertCertificate(deps.db, {
    code,
    kind: 'run',
    enrolmentId,
    userId: facts.userId,
    recipientName: facts.name,
    titles: facts.titles,
    startsOn: facts.startsOn,
    endsOn: facts.endsOn,
    hours: facts.hours,
    issuers: facts.issuers,
    signatoryName: facts.facilitatorName,
    achievementPath,
    issuedAt,
    credential: await signCredential(credential, await signingKey(deps)),
  });
  if (!inserted) return null;
  await queueEmail(
    deps.db,
    issuedEmail(deps.config, facts, { code, titles: facts.titles, runId: facts.runId }),
  );
  return code;
}
