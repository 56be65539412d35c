import { isCoordinator, type Actor } from '../accounts/actor.ts';

// Who may see, edit and review expert profiles, and who may invite experts. Pure functions.

export const SECTORS = [
  'community_leader',
  'academic',
  'civil_society',
  'policy_maker',
  'international_organisation',
  'city_practitioner',
] as const;
export type Sector = (typeof SECTORS)[number];

export const isSector = (v: string): v is Sector => (SECTORS as readonly string[]).includes(v);

export interface ProfileFacts {
  userId: number;
  status: string;
}

export const isOwner = (actor: Actor | null, p: ProfileFacts): boolean =>
  actor !== null && actor.id === p.userId;

/** Approved profiles are public; a pending or returned one only for its owner and coordinators. */
export function canSeeProfile(actor: Actor | null, p: ProfileFacts): boolean {
  return p.status === 'approved' || isOwner(actor, p) || isCoordinator(actor);
}

/** The owner and coordinators edit a profile. */
export function canEditProfile(actor: Actor | null, p: ProfileFacts): boolean {
  return isOwner(actor, p) || isCoordinator(actor);
}

/** Coordinators approve or return profiles. */
export function canReviewExperts(actor: Actor | null): boolean {
  return isCoordinator(actor);
}

export const SUBJECT_TYPES = ['event', 'run', 'exchange'] as const;
export type SubjectType = (typeof SUBJECT_TYPES)[number];
