import type { Deps } from '../../deps.ts';
import type { Actor } from './actor.ts';
import { selectActors } from './actors.queries.ts';

/** The official with this id as a service would see them signed in, or undefined (disabled…). */
export async function actorOf(deps: Deps, userId: number): Promise<Actor | undefined> {
  return (await selectActors(deps.db, [userId]))[0];
}

/** Several officials at once (one query); disabled or unknown ids are left out. */
export async function actorsOf(deps: Deps, userIds: readonly number[]): Promise<Actor[]> {
  return selectActors(deps.db, userIds);
}
