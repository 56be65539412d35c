import type { Selectable } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { CertificatesTable } from '../../db/tables.ts';

// SQL of certificates: issuing, finding by code or owner, revoking (with its audit event).

export interface Certificate {
  id: number;
  code: string;
  kind: 'run' | 'event';
  enrolmentId: number | null;
  userId: number;
  recipientName: string;
  titles: Record<string, string>;
  startsOn: string | null;
  endsOn: string | null;
  hours: number;
  issuers: string[];
  signatoryName: string;
  achievementPath: string;
  issuedAt: string;
  revokedAt: string | null;
  revocationReason: string | null;
  credential: string;
}

export type NewCertificate = Omit<Certificate, 'id' | 'revokedAt' | 'revocationReason'>;

function parseJson<T>(text: string, fallback: T): T {
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
}

function toCertificate(
  row: Omit<Selectable<CertificatesTable>, 'revoked_by' | 'registration_id'>,
): Certificate {
  return {
    id: row.id,
    code: row.code,
    kind: row.kind === 'event' ? 'event' : 'run',
    enrolmentId: row.enrolment_id,
    userId: row.user_id,
    recipientName: row.recipient_name,
    titles: parseJson<Record<string, string>>(row.titles, {}),
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    hours: Number(row.hours),
    issuers: parseJson<string[]>(row.issuers, []),
    signatoryName: row.signatory_name,
    achievementPath: row.achievement_path,
    issuedAt: row.issued_at,
    revokedAt: row.revoked_at,
    revocationReason: row.revocation_reason,
    credential: row.credential,
  };
}

const COLUMNS = [
  'id',
  'code',
  'kind',
  'enrolment_id',
  'user_id',
  'recipient_name',
  'titles',
  'starts_on',
  'ends_on',
  'hours',
  'issuers',
  'signatory_name',
  'achievement_path',
  'issued_at',
  'revoked_at',
  'revocation_reason',
  'credential',
] as const;

/**
 * Inserts the certificate unless its enrolment (run) or registration (event) already has one;
 * true when this call inserted it.
 */
export async function insertCertificate(
  db: Db,
  c: NewCertificate & { registrationId?: number },
): Promise<boolean> {
  const result = await db
    .insertInto('certificates')
    .values({
      code: c.code,
      kind: c.kind,
      enrolment_id: c.enrolmentId,
      registration_id: c.registrationId ?? null,
      user_id: c.userId,
      recipient_name: c.recipientName,
      titles: JSON.stringify(c.titles),
      starts_on: c.startsOn,
      ends_on: c.endsOn,
      hours: c.hours,
      issuers: JSON.stringify(c.issuers),
      signatory_name: c.signatoryName,
      achievement_path: c.achievementPath,
      issued_at: c.issuedAt,
      credential: c.credential,
    })
    .onConflict((oc) =>
      oc.column(c.kind === 'event' ? 'registration_id' : 'enrolment_id').doNothing(),
    )
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}

export async function selectCertificateByCode(
  db: Db,
  code: string,
): Promise<Certificate | undefined> {
  const row = await db
    .selectFrom('certificates')
    .select(COLUMNS)
    .where('code', '=', code)
    .executeTakeFirst();
  return row && toCertificate(row);
}

export async function selectCertificateOfEnrolment(
  db: Db,
  enrolmentId: number,
): Promise<Certificate | undefined> {
  const row = await db
    .selectFrom('certificates')
    .select(COLUMNS)
    .where('enrolment_id', '=', enrolmentId)
    .executeTakeFirst();
  return row && toCertificate(row);
}

/** The official's certificates, newest first. */
export async function selectCertificatesOf(db: Db, userId: number): Promise<Certificate[]> {
  const rows = await db
    .selectFrom('certificates')
    .select(COLUMNS)
    .where('user_id', '=', userId)
    .orderBy('issued_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
  return rows.map(toCertificate);
}

/** Revokes a valid certificate and audits it; false when it was already revoked (nothing changes). */
export async function revokeCertificateRow(
  db: Db,
  change: { id: number; actorId: number; reason: string; code: string },
  now: string,
): Promise<boolean> {
  return db.transaction().execute(async (tx) => {
    const result = await tx
      .updateTable('certificates')
      .set({ revoked_at: now, revoked_by: change.actorId, revocation_reason: change.reason })
      .where('id', '=', change.id)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) return false;
    await tx
      .insertInto('audit_events')
      .values({
        actor_id: change.actorId,
        action: 'certificate.revoked',
        subject_type: 'certificate',
        subject_id: change.id,
        details: JSON.stringify({ code: change.code, reason: change.reason }),
        created_at: now,
      })
      .execute();
    return true;
  });
}
