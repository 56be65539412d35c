import { hasRole, isCoordinator, type Actor } from '../accounts/actor.ts';

// Who may open, see and change an exchange between cities (issue 5, item 7). Pure: the facts come
// from exchange.queries.ts (selectExchangeParties).

export const EXCHANGE_STATUSES = ['proposed', 'active', 'closed', 'cancelled'] as const;
export type ExchangeStatus = (typeof EXCHANGE_STATUSES)[number];

export interface ExchangeParties {
  id: number;
  slug: string;
  status: ExchangeStatus;
  facilitatorId: number | null;
  cityIds: number[];
  participantIds: number[];
}

/** Facilitators (the global role) and programme coordinators open exchanges. */
export function canCreateExchange(actor: Actor | null): boolean {
  return hasRole(actor, 'facilitator') || isCoordinator(actor);
}

/** Its facilitator and programme coordinators change an exchange (status, meetings, plan). */
export function canChangeExchange(actor: Actor | null, p: ExchangeParties): boolean {
  if (!actor) return false;
  return isCoordinator(actor) || p.facilitatorId === actor.id;
}

/** Those who change it, its participants and the members of its cities see an exchange. */
export function canViewExchange(actor: Actor | null, p: ExchangeParties): boolean {
  if (!actor) return false;
  if (canChangeExchange(actor, p) || p.participantIds.includes(actor.id)) return true;
  return actor.organisationId !== null && p.cityIds.includes(actor.organisationId);
}

// proposed → active → closed; proposed or active → cancelled. Closed and cancelled are final.
const MOVES: Record<ExchangeStatus, ExchangeStatus[]> = {
  proposed: ['active', 'cancelled'],
  active: ['closed', 'cancelled'],
  closed: [],
  cancelled: [],
};

/** The statuses an exchange may move to from its current one. */
export function nextStatuses(status: ExchangeStatus): ExchangeStatus[] {
  return MOVES[status];
}

export function isExchangeStatus(value: unknown): value is ExchangeStatus {
  return typeof value === 'string' && (EXCHANGE_STATUSES as readonly string[]).includes(value);
}
