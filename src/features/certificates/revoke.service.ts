import { requireActor, type Actor } from '../accounts/actor.ts';
import type { Deps } from '../../deps.ts';
import { AppError } from '../../web/errors.ts';
import { fieldErrors } from '../../web/validation.ts';
import { canRevoke } from './certificates.policy.ts';
import { revokeCertificateRow } from './certificates.queries.ts';
import { findCertificate } from './certificates.service.ts';
import { revokeSchema } from './certificates.schema.ts';

/**
 * Revokes a certificate (coordinators only), with the reason in the audit trail. Revoking one that
 * is already revoked changes nothing, so a double submission is harmless.
 */
export async function revokeCertificate(
  deps: Deps,
  actor: Actor | null,
  code: string,
  body: unknown,
): Promise<void> {
  const official = requireActor(actor);
  const certificate = await findCertificate(deps, code);
  if (!canRevoke(official)) throw new AppError('FORBIDDEN', 'certificates.errors.mayNotRevoke');
  const parsed = revokeSchema.safeParse(body ?? {});
  if (!parsed.success) {
    throw new AppError('VALIDATION', 'common.form.fixErrors', {
      fields: fieldErrors(parsed.error),
    });
  }
  await revokeCertificateRow(
    deps.db,
    { id: certificate.id, actorId: official.id, reason: parsed.data.reason, code },
    new Date().toISOString(),
  );
}
