import { isCoordinator, type Actor } from '../accounts/actor.ts';

// Who may do what with a certificate. Verifying one is public: anyone with the code may.

/** The recipient and coordinators may download the PDF and the credential. */
export function canDownload(actor: Actor | null, certificate: { userId: number }): boolean {
  return actor !== null && (actor.id === certificate.userId || isCoordinator(actor));
}

/** Coordinators (and admins) may revoke. */
export function canRevoke(actor: Actor | null): boolean {
  return isCoordinator(actor);
}
