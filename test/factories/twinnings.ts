import { inTransaction } from '../../src/db/database.ts';
import type { Deps } from '../../src/deps.ts';
import {
  confirmTwinningCity,
  insertAction,
  insertCheckIns,
  insertMilestone,
  insertTwinning,
  type NewAction,
  type NewTwinning,
} from '../../src/features/twinning/twinning-create.queries.ts';

let counter = 0;

export interface TwinningOptions extends Partial<Omit<NewTwinning, 'cityIds'>> {
  cityIds: number[];
  /** Every city confirmed (by the facilitator id, or the creator) unless false. */
  confirmed?: boolean;
  actions?: Array<Partial<NewAction>>;
  milestones?: Array<{ title: string; dueOn: string; reachedOn?: string | null }>;
  checkInsDue?: string[];
}

function isoDay(offsetDays: number): string {
  return new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);
}

/**
 * An active project that began 90 days ago and ends in 275, its cities confirmed, with the
 * actions, milestones and check-ins asked for (actions owned by the first city, due in 30 days).
 */
export async function createTwinning(
  deps: Deps,
  o: TwinningOptions,
): Promise<{ id: number; slug: string; actionIds: number[] }> {
  counter++;
  const now = new Date().toISOString();
  const slug = o.slug ?? `test-twinning-${counter}-${process.pid}`;
  return inTransaction(deps.db, async (tx) => {
    const id = await insertTwinning(
      tx,
      {
        slug,
        title: o.title ?? `Test twinning ${counter}`,
        objectives: o.objectives ?? 'Share what works.',
        status: o.status ?? 'active',
        startsOn: o.startsOn ?? isoDay(-90),
        endsOn: o.endsOn ?? isoDay(275),
        facilitatorId: o.facilitatorId ?? null,
        exchangeId: o.exchangeId ?? null,
        checkInEveryMonths: o.checkInEveryMonths ?? 3,
        cityIds: o.cityIds,
        partnerIds: o.partnerIds ?? [],
        isDemo: o.isDemo ?? false,
        createdBy: o.createdBy ?? o.facilitatorId ?? null,
      },
      now,
    );
    const confirmer = o.facilitatorId ?? o.createdBy ?? null;
    if (o.confirmed !== false && confirmer !== null)
      for (const cityId of o.cityIds) await confirmTwinningCity(tx, id, cityId, confirmer, now);
    const actionIds: number[] = [];
    for (const [i, a] of (o.actions ?? []).entries())
      actionIds.push(
        await insertAction(
          tx,
          id,
          {
            title: `Action ${i + 1}`,
            description: '',
            ownerOrganisationId: o.cityIds[0]!,
            ownerUserId: null,
            dueOn: isoDay(30),
            status: 'planned',
            costAmount: null,
            costCurrency: '',
            fundingSource: '',
            indicator: '',
            baseline: null,
            target: null,
            currentValue: null,
            risks: '',
            ...a,
          },
          now,
        ),
      );
    for (const m of o.milestones ?? [])
      await insertMilestone(tx, id, { reachedOn: null, ...m }, now);
    await insertCheckIns(tx, id, o.checkInsDue ?? [], now);
    return { id, slug, actionIds };
  });
}
