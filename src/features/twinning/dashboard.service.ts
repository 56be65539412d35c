import type { Deps } from '../../deps.ts';
import { AppError } from '../../web/errors.ts';
import { requireActor, type Actor } from '../accounts/actor.ts';
import { canSeeFollowUpDashboard, dashboardScope } from './dashboard.policy.ts';
import * as q from './dashboard.queries.ts';
import { utcDay } from './follow-up-dates.ts';

export interface FollowUpDashboard {
  everything: boolean;
  overdueActions: q.OverdueAction[];
  missedCheckIns: q.MissedCheckIn[];
  openSupport: q.OpenSupport[];
  exchanges: q.FollowedExchange[];
  twinnings: q.FollowedTwinning[];
}

/**
 * The CityShare dashboard: what is late (overdue actions, missed check-ins), open support
 * requests, then the exchanges and projects followed. Facilitators see theirs, coordinators all.
 */
export async function followUpDashboard(
  deps: Deps,
  actor: Actor | null,
): Promise<FollowUpDashboard> {
  const me = requireActor(actor);
  if (!canSeeFollowUpDashboard(me)) throw new AppError('FORBIDDEN', 'follow-up.errors.dashboard');
  const scope = dashboardScope(me);
  const today = utcDay();
  const [overdueActions, missedCheckIns, openSupport, exchanges, twinnings] = await Promise.all([
    q.selectOverdueActions(deps.db, scope, today),
    q.selectMissedCheckIns(deps.db, scope, today),
    q.selectOpenSupport(deps.db, scope),
    q.selectFollowedExchanges(deps.db, scope),
    q.selectFollowedTwinnings(deps.db, scope, today),
  ]);
  return {
    everything: scope === null,
    overdueActions,
    missedCheckIns,
    openSupport,
    exchanges,
    twinnings,
  };
}
