import type { Deps } from '../../deps.ts';
import { AppError } from '../../web/errors.ts';
import { isLanguage, type Language, translator } from '../../web/i18n.ts';
import { hashToken, randomToken } from '../../web/tokens.ts';
import { requireActor, type Actor } from '../accounts/actor.ts';
import {
  findFeedCreatedAt,
  findFeedOwner,
  findListedEvent,
  listRegisteredEvents,
  listThemeEvents,
  upsertFeed,
  type FeedEventRow,
} from './feeds.queries.ts';
import { buildCalendar, type IcsEvent } from './ics.ts';

// Calendars out: one event's .ics, a public feed per theme, a personal feed behind a secret URL.

const FEED_LIMIT = 500;
// Feeds keep the last 90 days, so a calendar still shows what one recently attended.
const FEED_PAST_MS = 90 * 86_400_000;

function pick(texts: FeedEventRow['texts'], lang: string): { title: string; description: string } {
  return texts[lang] ?? texts.en ?? Object.values(texts)[0] ?? { title: '', description: '' };
}

// Online links go only to those registered: the public files carry the event page instead.
function toIcs(deps: Deps, e: FeedEventRow, lang: Language, withOnline: boolean): IcsEvent {
  const t = translator(lang);
  const text = pick(e.texts, lang);
  const place = [e.venueAddress, e.cityName ?? ''].filter(Boolean).join(', ');
  const online = withOnline && e.onlineUrl ? e.onlineUrl : '';
  const description = [
    text.description,
    t('feeds.ics.timeZone', { zone: e.timeZone }),
    online ? t('feeds.ics.online', { url: online }) : '',
  ]
    .filter(Boolean)
    .join('\n\n');
  return {
    uid: `event-${e.id}@${new URL(deps.config.BASE_URL).host}`,
    startsAt: e.startsAt,
    endsAt: e.endsAt,
    updatedAt: e.updatedAt,
    title: text.title,
    description,
    location: place || online,
    url: `${deps.config.BASE_URL}/events/${e.slug}`,
    cancelled: e.status === 'cancelled',
  };
}

function since(): string {
  return new Date(Date.now() - FEED_PAST_MS).toISOString();
}

/** One event as an .ics file (published, held or cancelled events; drafts are not found). */
export async function eventIcs(deps: Deps, slug: string, lang: Language): Promise<string> {
  const event = await findListedEvent(deps.db, slug);
  if (!event) throw new AppError('NOT_FOUND');
  const ics = toIcs(deps, event, lang, false);
  return buildCalendar(ics.title, [ics]);
}

/** The public feed of a theme's events (recent and upcoming). */
export async function themeIcs(deps: Deps, themeSlug: string, lang: Language): Promise<string> {
  const events = await listThemeEvents(deps.db, themeSlug, since(), FEED_LIMIT);
  if (!events) throw new AppError('NOT_FOUND');
  const name = translator(lang)('feeds.ics.themeName');
  return buildCalendar(
    name,
    events.map((e) => toIcs(deps, e, lang, false)),
  );
}

/** The personal feed behind a secret token: the owner's events, with their online links. */
export async function personalIcs(deps: Deps, token: string): Promise<string> {
  const owner = await findFeedOwner(deps.db, hashToken(token));
  if (!owner) throw new AppError('NOT_FOUND');
  const lang = isLanguage(owner.preferredLanguage) ? owner.preferredLanguage : 'en';
  const events = await listRegisteredEvents(deps.db, owner.userId, since(), FEED_LIMIT);
  return buildCalendar(
    translator(lang)('feeds.ics.personalName'),
    events.map((e) => toIcs(deps, e, lang, true)),
  );
}

/** When the signed-in official's feed address was made, if they have one. */
export async function feedStatus(deps: Deps, actor: Actor | null): Promise<{ since?: string }> {
  const me = requireActor(actor);
  return { since: await findFeedCreatedAt(deps.db, me.id) };
}

/** A new secret feed address (the old one stops working); the token is shown once, kept hashed. */
export async function resetFeed(deps: Deps, actor: Actor | null): Promise<string> {
  const me = requireActor(actor);
  const token = randomToken();
  await upsertFeed(deps.db, me.id, hashToken(token), new Date().toISOString());
  return token;
}
