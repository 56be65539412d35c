import type { Deps } from '../../deps.ts';
import { insertCertificate } from './certificates.queries.ts';
import { achievementCredential, signCredential } from './credential.ts';
import { selectEventFacts } from './event-facts.queries.ts';
import { newCertificateCode } from './issue.service.ts';
import { signingKey } from './signing-keys.service.ts';

// Participation certificates of events, issued when an organiser marks the attendee as present.

/** The calendar date of an instant at the event's place (YYYY-MM-DD). */
function localDate(instant: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, dateStyle: 'short' }).format(
    new Date(instant),
  );
}

/**
 * Issues the participation certificate of an attended registration; `deps.db` may be the marking
 * transaction. Returns the code, or null when the registration already had one. The caller tells
 * the attendee (one e-mail with the certificate and the evaluation).
 */
export async function issueEventCertificate(
  deps: Deps,
  registrationId: number,
): Promise<string | null> {
  const facts = await selectEventFacts(deps.db, registrationId);
  if (!facts) throw new Error(`registration ${registrationId} not found`);
  const code = newCertificateCode();
  const issuedAt = new Date().toISOString();
  const achievementPath = `/events/${facts.eventSlug}`;
  const startsOn = localDate(facts.startsAt, facts.timeZone);
  const endsOn = localDate(facts.endsAt, facts.timeZone);
  const credential = achievementCredential(deps.config, {
    code,
    recipientName: facts.name,
    email: facts.email,
    titles: facts.titles,
    startsOn,
    endsOn,
    hours: 0,
    issuers: facts.issuers,
    achievementPath,
    issuedAt,
    kind: 'event',
  });
  const inserted = await insertCertificate(deps.db, {
    code,
    kind: 'event',
    enrolmentId: null,
    registrationId,
    userId: facts.userId,
    recipientName: facts.name,
    titles: facts.titles,
    startsOn,
    endsOn,
    hours: 0,
    issuers: facts.issuers,
    signatoryName: facts.facilitatorName,
    achievementPath,
    issuedAt,
    credential: await signCredential(credential, await signingKey(deps)),
  });
  return inserted ? code : null;
}
