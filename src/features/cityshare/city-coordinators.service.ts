import { nowIso } from '../../db/database.ts';
import type { Deps } from '../../deps.ts';
import { AppError } from '../../web/errors.ts';
import { requireActor, type Actor } from '../accounts/actor.ts';
import { deleteCityCoordinator, insertCityCoordinator } from './city-members.queries.ts';
import * as q from './city-coordinators.queries.ts';
import { selectIsCityCoordinator } from './city-profile.queries.ts';
import { canEditCity, canRemoveLastCoordinator, canSeeMembers } from './city-profile.policy.ts';
import type { CityCoordinatorChange } from './city-coordinators.schema.ts';
import { cityRelation, findCity, requireCityEditor, type City } from './city-profile.service.ts';

export type { CityMember } from './city-coordinators.queries.ts';

/** The city's members and coordinators: for its members, its coordinators and programme coordinators. */
export async function listCityMembers(
  deps: Deps,
  actor: Actor | null,
  slug: string,
): Promise<{ city: City; members: q.CityMember[]; canManage: boolean }> {
  const who = requireActor(actor);
  const city = await findCity(deps, slug);
  const relation = await cityRelation(deps, who, city.id);
  if (!canSeeMembers(who, relation)) throw new AppError('FORBIDDEN', 'cities.errors.notAllowed');
  return {
    city,
    members: await q.selectCityMembers(deps.db, city.id),
    canManage: canEditCity(who, relation),
  };
}

/**
 * Names a member as city coordinator or removes one. Only members can be named; the last
 * coordinator stays unless a programme coordinator removes them. Audited.
 */
export async function changeCityCoordinator(
  deps: Deps,
  actor: Actor | null,
  slug: string,
  change: CityCoordinatorChange,
): Promise<{ city: City; done: 'added' | 'removed' }> {
  const { city, actor: who } = await requireCityEditor(deps, actor, slug);
  const now = nowIso();
  await deps.db.transaction().execute(async (tx) => {
    await q.lockCity(tx, city.id);
    if (change.action === 'add') {
      if (!(await q.selectIsActiveMember(tx, city.id, change.user_id)))
        throw new AppError('VALIDATION', 'cities.coordinators.errors.notMember');
      await insertCityCoordinator(
        tx,
        { organisationId: city.id, userId: change.user_id, grantedBy: who.id },
        now,
      );
    } else {
      // Removing someone who is not (or no longer) a coordinator changes nothing.
      if (!(await selectIsCityCoordinator(tx, city.id, change.user_id))) return;
      const count = await q.countCityCoordinators(tx, city.id);
      if (count <= 1 && !canRemoveLastCoordinator(who))
        throw new AppError('CONFLICT', 'cities.coordinators.errors.lastCoordinator');
      await deleteCityCoordinator(tx, city.id, change.user_id);
    }
    await q.insertCityAuditEvent(
      tx,
      {
        actorId: who.id,
        action: change.action === 'add' ? 'city.coordinator.add' : 'city.coordinator.remove',
        cityId: city.id,
        userId: change.user_id,
      },
      now,
    );
  });
  return { city, done: change.action === 'add' ? 'added' : 'removed' };
}
