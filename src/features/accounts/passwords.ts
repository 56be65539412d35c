import { hash, verify } from '@node-rs/argon2';
import { dictionary } from '@zxcvbn-ts/language-common';

// Passwords: argon2id hashes, at least 12 characters, not one of ~49,000 common passwords.

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 256;

const common = new Set((dictionary['passwords-common'] as string[]).map((p) => p.toLowerCase()));

/** The translation key of what is wrong with a new password, or undefined when it is acceptable. */
export function passwordProblem(password: string, personal: string[] = []): string | undefined {
  if (password.length < MIN_PASSWORD_LENGTH) return 'accounts.errors.passwordTooShort';
  if (password.length > MAX_PASSWORD_LENGTH) return 'accounts.errors.passwordTooLong';
  const lower = password.toLowerCase();
  if (common.has(lower) || /^(.)\1+$/.test(password)) return 'accounts.errors.passwordCommon';
  if (personal.some((p) => p.length >= 4 && lower.includes(p.toLowerCase())))
    return 'accounts.errors.passwordPersonal';
  return undefined;
}

export function hashPassword(password: string): Promise<string> {
  // @node-rs/argon2 defaults to argon2id (m=19 MiB, t=2, p=1: OWASP's recommended minimum).
  return hash(password);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}
