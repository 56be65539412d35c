import type { Deps } from '../../deps.ts';
import type { Actor } from '../accounts/actor.ts';
import { AppError } from '../../web/errors.ts';
import { pickText, summarise, type EventSummary } from './event-text.ts';
import { canOrganise, canSeeEvent, type EventAccessFacts } from './events.policy.ts';
import * as q from './event-reads.queries.ts';

// The event page: everything a visitor may see of one event.

export interface EventDetail extends EventSummary {
  description: string;
  organisers: Array<{ id: number; slug: string; name: string }>;
  facilitators: Array<{ userId: number; name: string }>;
  speakers: Array<{ userId: number; name: string }>;
  venueCity: { slug: string; name: string } | null;
  /** The online link, or "" when the actor may not see it (only participants and organisers may). */
  visibleOnlineUrl: string;
  isOnline: boolean;
  /** The actor organises this event (sees drafts, the link, and later the registrations). */
  isOrganiser: boolean;
}

/** A visible event by its slug; 404 when unknown or a draft the actor does not organise. */
export async function getEventPage(
  deps: Deps,
  actor: Actor | null,
  language: string,
  slug: string,
): Promise<EventDetail> {
  if (!/^[a-z0-9-]{1,120}$/.test(slug)) throw new AppError('NOT_FOUND', 'events.errors.notFound');
  const row = await q.selectEventBySlug(deps.db, slug);
  if (!row) throw new AppError('NOT_FOUND', 'events.errors.notFound');
  const [organisers, people] = await Promise.all([
    q.selectEventOrganisers(deps.db, row.id),
    q.selectEventPeople(deps.db, row.id),
  ]);
  const facts: EventAccessFacts = {
    status: row.status,
    organiserIds: organisers.map((o) => o.id),
    facilitatorIds: people.filter((p) => p.role === 'facilitator').map((p) => p.userId),
  };
  if (!canSeeEvent(actor, facts)) throw new AppError('NOT_FOUND', 'events.errors.notFound');
  const [[summary], texts, venueCity] = await Promise.all([
    summarise(deps.db, [row], language),
    q.selectEventTexts(deps.db, [row.id]),
    row.venueCityId === null ? undefined : q.selectOrganisationLink(deps.db, row.venueCityId),
  ]);
  const isOrganiser = canOrganise(actor, facts);
  const person = (p: { userId: number; name: string }) => ({ userId: p.userId, name: p.name });
  return {
    ...summary!,
    description: pickText(texts, language)?.description ?? '',
    organisers,
    facilitators: people.filter((p) => p.role === 'facilitator').map(person),
    speakers: people.filter((p) => p.role === 'speaker').map(person),
    venueCity: venueCity ?? null,
    // Registered participants will see the link too, once registration exists (issue 4 item 3).
    visibleOnlineUrl: isOrganiser ? row.onlineUrl : '',
    isOnline: row.onlineUrl !== '',
    isOrganiser,
  };
}
