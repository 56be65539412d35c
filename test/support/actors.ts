import type { Deps } from '../../src/deps.ts';
import type { Actor } from '../../src/features/accounts/actor.ts';
import {
  resumeSession,
  sessionSettings,
  startSession,
} from '../../src/features/accounts/sessions.service.ts';

/** The official as a service sees them when signed in (roles and organisations loaded). */
export async function loadActor(deps: Deps, userId: number): Promise<Actor> {
  const settings = sessionSettings(deps.config);
  const { token } = await startSession(deps.db, settings, {
    userId,
    ip: '127.0.0.1',
    userAgent: 'test',
  });
  const session = await resumeSession(deps.db, settings, token);
  if (!session) throw new Error(`official ${userId} cannot be signed in`);
  return session.actor;
}
