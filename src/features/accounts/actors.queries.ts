import type { Db } from '../../db/database.ts';
import { isRole, type Actor, type Role } from './actor.ts';

// Officials as services see them (roles loaded), by id rather than by session: for checking what
// someone else may see, e.g. whether a mentioned official may read a thread.

/** Active officials among these ids, with their roles (one query). */
export async function selectActors(db: Db, userIds: readonly number[]): Promise<Actor[]> {
  if (userIds.length === 0) return [];
  const rows = await db
    .selectFrom('users as u')
    .leftJoin('user_roles as r', 'r.user_id', 'u.id')
    .select([
      'u.id',
      'u.name',
      'u.email',
      'u.preferred_language as preferredLanguage',
      'u.organisation_id as organisationId',
      'r.role',
      'r.organisation_id as roleOrganisationId',
    ])
    .where('u.id', 'in', [...new Set(userIds)])
    .where('u.is_disabled', '=', 0)
    .orderBy('u.id')
    .execute();
  const actors = new Map<number, Actor & { roles: Set<Role> }>();
  for (const r of rows) {
    let actor = actors.get(r.id);
    if (!actor) {
      actor = {
        id: r.id,
        name: r.name,
        email: r.email,
        preferredLanguage: r.preferredLanguage,
        organisationId: r.organisationId,
        roles: new Set<Role>(),
        partnerOrganisationId: null,
      };
      actors.set(r.id, actor);
    }
    if (isRole(r.role)) actor.roles.add(r.role);
    if (r.role === 'partner_editor') actor.partnerOrganisationId = r.roleOrganisationId;
  }
  return [...actors.values()];
}
