import { requireActor, type Actor } from '../accounts/actor.ts';
import type { Deps } from '../../deps.ts';
import { AppError } from '../../web/errors.ts';
import { canDownload, canRevoke } from './certificates.policy.ts';
import {
  selectCertificateByCode,
  selectCertificatesOf,
  type Certificate,
} from './certificates.queries.ts';
import { isCertificateCode } from './certificates.schema.ts';

export type { Certificate } from './certificates.queries.ts';

// Reading certificates: the public verification page, the learner's list, the downloads.

/** The certificate with this code, or 404 (a malformed code names nothing). */
export async function findCertificate(deps: Deps, code: string): Promise<Certificate> {
  const certificate = isCertificateCode(code)
    ? await selectCertificateByCode(deps.db, code)
    : undefined;
  if (!certificate) throw new AppError('NOT_FOUND', 'certificates.errors.notFound');
  return certificate;
}

export interface Verification {
  certificate: Certificate;
  isOwner: boolean;
  canRevoke: boolean;
}

/** What the public verification page shows: anyone may verify a code. */
export async function verifyCertificate(
  deps: Deps,
  actor: Actor | null,
  code: string,
): Promise<Verification> {
  const certificate = await findCertificate(deps, code);
  return {
    certificate,
    isOwner: actor !== null && actor.id === certificate.userId,
    canRevoke: canRevoke(actor) && certificate.revokedAt === null,
  };
}

/** The signed-in official's own certificates, newest first. */
export async function listMyCertificates(deps: Deps, actor: Actor | null): Promise<Certificate[]> {
  const official = requireActor(actor);
  return selectCertificatesOf(deps.db, official.id);
}

/** A certificate its recipient (or a coordinator) may download; a revoked one is not offered. */
export async function certificateForDownload(
  deps: Deps,
  actor: Actor | null,
  code: string,
): Promise<Certificate> {
  const official = requireActor(actor);
  const certificate = await findCertificate(deps, code);
  if (!canDownload(official, certificate))
    throw new AppError('FORBIDDEN', 'certificates.errors.notYours');
  if (certificate.revokedAt) throw new AppError('CONFLICT', 'certificates.errors.revoked');
  return certificate;
}
