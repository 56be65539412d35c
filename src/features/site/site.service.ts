import type { Deps } from '../../deps.ts';
import { pingDatabase } from './site.queries.ts';

/** Whether this process can reach its database; load balancers poll it. */
export async function checkHealth(deps: Deps): Promise<{ ok: boolean; database: string }> {
  try {
    await pingDatabase(deps.db);
    return { ok: true, database: deps.dialect };
  } catch (err) {
    deps.log.error({ err }, 'health check: database unreachable');
    return { ok: false, database: deps.dialect };
  }
}
