import { z } from 'zod';
import { paragraphs } from '../../web/validation.ts';

/** A certificate code as issued: 22 URL-safe characters (128 bits). Anything else names nothing. */
export function isCertificateCode(text: unknown): text is string {
  return typeof text === 'string' && /^[A-Za-z0-9_-]{22}$/.test(text);
}

/** The coordinator's revocation form: the reason is required and kept in the audit trail. */
export const revokeSchema = z.object({
  reason: paragraphs({ max: 1000 }),
});

export type RevokeInput = z.output<typeof revokeSchema>;
