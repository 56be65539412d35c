import type { Deps } from '../../deps.ts';
import type { Actor } from '../accounts/actor.ts';
import { AppError } from '../../web/errors.ts';
import { findCurriculum } from '../curriculum/curriculum.service.ts';
import { countEventDocuments } from './event-documents.queries.ts';
import { pickText, summarise, type EventSummary } from './event-text.ts';
import { canOrganise, canSeeEvent, type EventAccessFacts } from './events.policy.ts';
import * as q from './event-reads.queries.ts';
import { seesOnlineLink } from './registration.policy.ts';
import { selectRegistration } from './registration.queries.ts';

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
  /** How many outcome documents it has (the page links to their list when there are any). */
  documentCount: number;
  /** The curriculum it validated (expert meetings), if any. */
  curriculum: { slug: string; name: string } | null;
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
  const [[summary], texts, venueCity, documentCount, curriculum] = await Promise.all([
    summarise(deps.db, [row], language),
    q.selectEventTexts(deps.db, [row.id]),
    row.venueCityId === null ? undefined : q.selectOrganisationLink(deps.db, row.venueCityId),
    countEventDocuments(deps.db, row.id),
    row.curriculumId === null ? undefined : findCurriculum(deps, row.curriculumId),
  ]);
  const isOrganiser = canOrganise(actor, facts);
  const participates = !isOrganiser && (await isParticipant(deps, actor, row.id));
  const person = (p: { userId: number; name: string }) => ({ userId: p.userId, name: p.name });
  return {
    ...summary!,
    description: pickText(texts, language)?.description ?? '',
    organisers,
    facilitators: people.filter((p) => p.role === 'facilitator').map(person),
    speakers: people.filter((p) => p.role === 'speaker').map(person),
    venueCity: venueCity ?? null,
    // Participants see only web addresses as a link, as in the registration panel.
    visibleOnlineUrl:
      isOrganiser || (participates && /^https?:\/\//i.test(row.onlineUrl)) ? row.onlineUrl : '',
    isOnline: row.onlineUrl !== '',
    isOrganiser,
    documentCount,
    curriculum: curriculum ? { slug: curriculum.slug, name: curriculum.name } : null,
  };
}

/** The actor is registered at (or attended) the event, and so may see its online link. */
async function isParticipant(deps: Deps, actor: Actor | null, eventId: number): Promise<boolean> {
  if (actor === null) return false;
  const mine = await selectRegistration(deps.db, { eventId, userId: actor.id });
  return seesOnlineLink(mine?.status ?? null);
}

/** The listed events (expert meetings) that validated a curriculum, for its page. */
export async function eventsValidating(
  deps: Deps,
  language: string,
  curriculumId: number,
): Promise<EventSummary[]> {
  return summarise(deps.db, await q.selectCurriculumEvents(deps.db, curriculumId), language);
}
