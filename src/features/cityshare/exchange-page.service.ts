import type { Deps } from '../../deps.ts';
import { isCoordinator, requireActor, type Actor } from '../accounts/actor.ts';
import { listThemes } from '../curriculum/curriculum.service.ts';
import { requireExchangeView } from './exchange-access.service.ts';
import {
  canChangeExchange,
  canCreateExchange,
  nextStatuses,
  type ExchangeStatus,
} from './exchange.policy.ts';
import * as q from './exchange.queries.ts';
import * as c from './exchange-choices.queries.ts';
import * as p from './exchange-parts.queries.ts';

// Reading exchanges: one exchange's page with everything it holds, and the list of one's exchanges.

export interface EventRef {
  id: number;
  slug: string;
  title: string;
  startsAt: string;
}

export interface ExchangePageData {
  exchange: q.ExchangeRow;
  cities: p.CityRef[];
  themes: Array<{ slug: string; name: string }>;
  participants: p.Person[];
  meetings: Array<p.Meeting & { event: EventRef | null }>;
  notes: p.Note[];
  documents: p.ExchangeDocument[];
  actions: p.Action[];
  /** What the facilitator and coordinators get: status moves and the forms' choices. */
  manage: null | {
    nextStatuses: ExchangeStatus[];
    members: p.Person[];
    events: EventRef[];
  };
}

function titled(events: c.EventChoice[], lang: string): EventRef[] {
  return events.map((e) => {
    const text =
      e.titles.find((x) => x.language === lang) ??
      e.titles.find((x) => x.language === 'en') ??
      e.titles[0];
    return { id: e.id, slug: e.slug, startsAt: e.startsAt, title: text?.title ?? e.slug };
  });
}

/** Everything on an exchange's page, for those who may see it (404 for others). */
export async function getExchangePage(
  deps: Deps,
  actor: Actor | null,
  lang: string,
  slug: string,
): Promise<ExchangePageData> {
  const { actor: reader, parties } = await requireExchangeView(deps, actor, slug);
  const { db } = deps;
  const id = parties.id;
  const [exchange, cities, themeIds, allThemes, participants, meetings, notes, documents, actions] =
    await Promise.all([
      q.selectExchange(db, id),
      p.selectExchangeCities(db, id),
      p.selectExchangeThemeIds(db, id),
      listThemes(deps, lang),
      p.selectParticipants(db, id),
      p.selectMeetings(db, id),
      p.selectNotes(db, id),
      p.selectDocuments(db, id),
      p.selectActions(db, id),
    ]);
  const linked = titled(
    await c.selectEvents(db, [...new Set(meetings.flatMap((m) => (m.eventId ? [m.eventId] : [])))]),
    lang,
  );
  let manage: ExchangePageData['manage'] = null;
  if (canChangeExchange(reader, parties)) {
    const members = await c.selectCityMembers(db, parties.cityIds);
    manage = {
      nextStatuses: nextStatuses(parties.status),
      members: members.filter((m) => !parties.participantIds.includes(m.id)),
      events: titled(await c.selectEvents(db), lang),
    };
  }
  return {
    exchange: exchange!,
    cities,
    themes: allThemes
      .filter((t) => themeIds.includes(t.id))
      .map(({ slug, name }) => ({ slug, name })),
    participants,
    meetings: meetings.map((m) => ({
      ...m,
      event: linked.find((e) => e.id === m.eventId) ?? null,
    })),
    notes,
    documents,
    actions,
    manage,
  };
}

/**
 * The exchanges an official follows: coordinators see all; others those they facilitate, take
 * part in, or that their city is in. Active first, then proposed, closed and cancelled.
 */
export async function listExchanges(
  deps: Deps,
  actor: Actor | null,
): Promise<{ exchanges: q.ListedExchange[]; canCreate: boolean }> {
  const reader = requireActor(actor);
  const exchanges = await q.selectExchangeList(
    deps.db,
    isCoordinator(reader) ? { all: true } : { userId: reader.id, cityId: reader.organisationId },
  );
  return { exchanges, canCreate: canCreateExchange(reader) };
}
