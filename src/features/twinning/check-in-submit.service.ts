import type { Deps } from '../../deps.ts';
import { AppError } from '../../web/errors.ts';
import type { Actor } from '../accounts/actor.ts';
import type { CheckInInput } from './check-in.schema.ts';
import { markCheckInSubmitted, recordIndicatorValues } from './check-ins.queries.ts';
import { checkInForm } from './check-ins.service.ts';

/**
 * Submits a check-in with its indicator updates in one transaction. Only the first submission
 * counts: a second one (double click, a colleague) changes nothing and returns 'already'.
 */
export async function submitCheckIn(
  deps: Deps,
  actor: Actor | null,
  slug: string,
  id: number,
  input: CheckInInput,
): Promise<'submitted' | 'already'> {
  const form = await checkInForm(deps, actor, slug, id);
  if (form.checkIn.submittedAt !== null) return 'already';
  if (!form.cities.some((c) => c.id === input.city))
    throw new AppError('VALIDATION', 'follow-up.errors.cityRequired', {
      fields: { city: 'follow-up.errors.cityRequired' },
    });
  const allowed = new Set(form.actions.map((a) => a.id));
  const values = input.values.filter((v) => allowed.has(v.actionId));
  const now = new Date().toISOString();
  return deps.db.transaction().execute(async (tx) => {
    const first = await markCheckInSubmitted(
      tx,
      {
        id,
        twinningId: form.project.id,
        userId: actor!.id,
        cityId: input.city,
        progress: input.progress,
        blockers: input.blockers,
      },
      now,
    );
    if (!first) return 'already';
    await recordIndicatorValues(tx, id, form.project.id, values, now);
    return 'submitted';
  });
}
