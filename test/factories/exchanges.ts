import { inTransaction } from '../../src/db/database.ts';
import type { Deps } from '../../src/deps.ts';
import type { ExchangeStatus } from '../../src/features/cityshare/exchange.policy.ts';
import {
  insertExchangeAction,
  insertMeeting,
  insertNote,
} from '../../src/features/cityshare/exchange-items.queries.ts';
import { insertExchange } from '../../src/features/cityshare/exchange-write.queries.ts';
import { createThemes } from './themes.ts';

let counter = 0;

export interface ExchangeOptions {
  cityIds: number[];
  facilitatorId: number | null;
  /** Theme ids; the first of the six themes when not given. */
  themeIds?: number[];
  status?: ExchangeStatus;
  title?: string;
  slug?: string;
  description?: string;
  summary?: string;
  runId?: number | null;
  participantIds?: number[];
  meetings?: Array<{ title: string; heldOn: string; eventId?: number | null }>;
  actions?: Array<{
    title: string;
    organisationId?: number | null;
    dueOn?: string | null;
    isDone?: boolean;
  }>;
  notes?: Array<{ authorId: number; body: string }>;
  isDemo?: boolean;
  createdBy?: number | null;
}

/** An exchange (proposed unless told) between the cities, with what else it is given. */
export async function createExchange(
  deps: Deps,
  o: ExchangeOptions,
): Promise<{ id: number; slug: string }> {
  counter++;
  const themeIds = o.themeIds ?? [Object.values(await createThemes(deps))[0]!];
  const now = new Date().toISOString();
  const slug = o.slug ?? `test-exchange-${counter}-${process.pid}`;
  return inTransaction(deps.db, async (tx) => {
    const id = await insertExchange(
      tx,
      {
        slug,
        title: o.title ?? `Test exchange ${counter}`,
        description: o.description ?? '',
        status: o.status ?? 'proposed',
        facilitatorId: o.facilitatorId,
        runId: o.runId ?? null,
        summary: o.summary ?? (o.status === 'closed' ? 'What the cities learnt.' : ''),
        cityIds: o.cityIds,
        themeIds,
        participantIds: o.participantIds ?? [],
        isDemo: o.isDemo ?? false,
        createdBy: o.createdBy ?? o.facilitatorId,
      },
      now,
    );
    for (const m of o.meetings ?? [])
      await insertMeeting(
        tx,
        id,
        { title: m.title, heldOn: m.heldOn, eventId: m.eventId ?? null },
        now,
      );
    for (const a of o.actions ?? [])
      await insertExchangeAction(
        tx,
        id,
        {
          title: a.title,
          organisationId: a.organisationId ?? null,
          dueOn: a.dueOn ?? null,
          isDone: a.isDone ?? false,
        },
        now,
      );
    for (const n of o.notes ?? []) await insertNote(tx, id, n.authorId, n.body, now);
    return { id, slug };
  });
}
