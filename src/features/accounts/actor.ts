import { AppError } from '../../web/errors.ts';

// The signed-in official as every service sees it; null stands for an anonymous visitor.

export const ROLES = ['admin', 'coordinator', 'facilitator', 'partner_editor'] as const;
export type Role = (typeof ROLES)[number];

export interface Actor {
  id: number;
  name: string;
  email: string;
  preferredLanguage: string;
  organisationId: number | null;
  roles: ReadonlySet<Role>;
  /** The organisation a partner editor may act for. */
  partnerOrganisationId: number | null;
}

/** The signed-in official, or UNAUTHENTICATED (visitors are sent to the sign-in page). */
export function requireActor(actor: Actor | null): Actor {
  if (!actor) throw new AppError('UNAUTHENTICATED');
  return actor;
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

export function hasRole(actor: Actor | null, role: Role): boolean {
  return actor !== null && actor.roles.has(role);
}

export function isAdmin(actor: Actor | null): boolean {
  return hasRole(actor, 'admin');
}

/** Coordinators run the programme; admins may do whatever coordinators do. */
export function isCoordinator(actor: Actor | null): boolean {
  return hasRole(actor, 'coordinator') || isAdmin(actor);
}
