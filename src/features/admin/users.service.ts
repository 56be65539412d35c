import type { Deps } from '../../deps.ts';
import { countLiveSessions } from '../accounts/sessions.service.ts';
import { AppError } from '../../web/errors.ts';
import { requireActor, type Actor } from '../accounts/actor.ts';
import {
  listOrganisationChoices,
  type OrganisationChoice,
} from '../organisations/organisations.service.ts';
import { canManageUsers, type Decision } from './admin.policy.ts';
import * as q from './admin.queries.ts';
import type { UserListQuery } from './admin.schema.ts';
import { selectAuditEventsAbout, type AuditEventRow } from './audit.queries.ts';
import { selectUsers, type UserListRow } from './user-search.queries.ts';

export const USERS_PER_PAGE = 50;
const AUDIT_EVENTS_SHOWN = 20;

/** The signed-in admin; visitors are sent to sign in, everyone else is refused. */
export function requireUserManager(actor: Actor | null): Actor {
  const signedIn = requireActor(actor);
  if (!canManageUsers(signedIn)) throw new AppError('FORBIDDEN');
  return signedIn;
}

/** Throws what a policy decided against. */
export function enforce(decision: Decision): void {
  if (!decision.allowed) throw new AppError(decision.code, decision.messageKey);
}

export interface UserListPage {
  users: UserListRow[];
  /** The `after` value of the next page, when there is one. */
  next: string | null;
}

/** One page of officials by name, searched and filtered. */
export async function listUsers(
  deps: Deps,
  actor: Actor | null,
  query: UserListQuery,
): Promise<UserListPage> {
  requireUserManager(actor);
  const rows = await selectUsers(deps.db, deps.dialect, {
    q: query.q,
    role: query.role,
    status: query.status,
    after: query.after ?? null,
    limit: USERS_PER_PAGE + 1,
  });
  const users = rows.slice(0, USERS_PER_PAGE);
  const last = users.at(-1);
  return { users, next: rows.length > USERS_PER_PAGE && last ? `${last.name}|${last.id}` : null };
}

export interface UserDetail {
  profile: q.UserProfile;
  roles: q.RoleGrant[];
  liveSessions: number;
  events: AuditEventRow[];
  organisations: OrganisationChoice[];
}

/** Everything the page about one official shows; unknown ids are NOT_FOUND. */
export async function getUserDetail(
  deps: Deps,
  actor: Actor | null,
  userId: number | null,
): Promise<UserDetail> {
  requireUserManager(actor);
  const profile = userId === null ? undefined : await q.selectUserProfile(deps.db, userId);
  if (!profile) throw new AppError('NOT_FOUND');
  const roles = await q.selectRolesOf(deps.db, [profile.id]);
  const liveSessions = await countLiveSessions(deps, profile.id);
  const events = await selectAuditEventsAbout(
    deps.db,
    { type: 'user', id: profile.id },
    AUDIT_EVENTS_SHOWN,
  );
  const organisations = await listOrganisationChoices(deps);
  return { profile, roles: roles.get(profile.id) ?? [], liveSessions, events, organisations };
}
