import { languageName } from '../../../web/language-names.ts';
import type { Page } from '../../../web/page.ts';
import type { EventSummary } from '../event-text.ts';

// Pieces shared by the calendar list, the month view and the event page.

const rangeFormats = new Map<string, Intl.DateTimeFormat>();
// Intl's formatRange is the dearest step of a calendar page (a quarter of a signed-in month view's
// time): the strings are kept, as the same events are shown again and again.
const ranges = new Map<string, string>();
const MAX_RANGES = 10_000;

/** Start–end in a time zone, in the reader's language (the zone's short name included). */
export function timeRange(page: Page, event: EventSummary, timeZone: string): string {
  const key = `${page.lang} ${timeZone} ${event.startsAt} ${event.endsAt}`;
  let text = ranges.get(key);
  if (text === undefined) {
    text = rangeFormat(page.lang, timeZone).formatRange(
      new Date(event.startsAt),
      new Date(event.endsAt),
    );
    if (ranges.size >= MAX_RANGES) ranges.clear();
    ranges.set(key, text);
  }
  return text;
}

function rangeFormat(lang: string, timeZone: string): Intl.DateTimeFormat {
  const key = `${lang}:${timeZone}`;
  let f = rangeFormats.get(key);
  if (!f)
    rangeFormats.set(
      key,
      (f = new Intl.DateTimeFormat(lang, {
        year: 'numeric',
        month: 'short',
        day: 'numeric',
        hour: '2-digit',
        minute: '2-digit',
        timeZone,
        timeZoneName: 'short',
      })),
    );
  return f;
}

/** The reader's zone when known and not the event's own (times are then shown in both). */
export function readerZone(page: Page, event: EventSummary): string | null {
  return page.timeZone !== null && page.timeZone !== event.timeZone ? page.timeZone : null;
}

/** A link to choose the zone times are shown in, coming back to this page. */
export function TimeZoneLink({ page }: { page: Page }): JSX.Element {
  const key = page.timeZone === null ? 'time-zones.event.choose' : 'time-zones.event.change';
  return (
    <a href={`/time-zone?next=${encodeURIComponent(page.path)}`} safe>
      {page.t(key)}
    </a>
  );
}

/** `lang` and `dir` for a title shown in another language than the reader's (none otherwise). */
export function titleAttrs(
  page: Page,
  event: EventSummary,
): { lang?: string; dir?: 'ltr' | 'rtl' } {
  if (event.titleLanguage === page.lang) return {};
  return { lang: event.titleLanguage, dir: event.titleLanguage === 'ar' ? 'rtl' : 'ltr' };
}

/** The status badge of a cancelled or held event (nothing for a published one). */
export function StatusBadge({ page, status }: { page: Page; status: string }): JSX.Element {
  if (status === 'published') return <></>;
  return (
    <span class={status === 'cancelled' ? 'badge badge-alert' : 'badge'} safe>
      {page.t(`events.status.${status}`)}
    </span>
  );
}

/** One event as a card in a list. */
export function EventCard({ page, event }: { page: Page; event: EventSummary }): JSX.Element {
  const { t } = page;
  const otherZone = readerZone(page, event);
  return (
    <li class="card">
      <h3 {...titleAttrs(page, event)}>
        <a href={`/events/${event.slug}`} safe>
          {event.title}
        </a>
      </h3>
      {event.titleLanguage !== page.lang ? (
        <p class="meta" safe>
          {t('events.notInYourLanguage', {
            language: languageName(event.titleLanguage, page.lang),
          })}
        </p>
      ) : (
        ''
      )}
      <p>
        <StatusBadge page={page} status={event.status} />{' '}
        <span class="meta" safe>
          {t(`events.kinds.${event.kind}`)}
        </span>
      </p>
      <p safe>{timeRange(page, event, event.timeZone)}</p>
      {otherZone ? (
        <p class="meta" safe>
          {t('time-zones.inYourZone', { time: timeRange(page, event, otherZone) })}
        </p>
      ) : (
        ''
      )}
      {event.themes.length > 0 ? (
        <p class="meta" safe>
          {event.themes.map((th) => th.name).join(' · ')}
        </p>
      ) : (
        ''
      )}
    </li>
  );
}

/** A theme's or organisation's next events, with a link to the calendar filtered the same way. */
export function UpcomingEvents(props: {
  page: Page;
  events: EventSummary[];
  calendarHref: string;
  /** A public iCalendar feed of these events (a theme's), if there is one. */
  feedHref?: string;
}): JSX.Element {
  const { page, events } = props;
  const { t } = page;
  return (
    <section aria-labelledby="upcoming-events">
      <h2 id="upcoming-events" safe>
        {t('events.related.title')}
      </h2>
      {events.length === 0 ? (
        <p safe>{t('events.related.none')}</p>
      ) : (
        <>
          <ul class="card-grid">
            {events.map((event) => (
              <EventCard page={page} event={event} />
            ))}
          </ul>
          <p>
            <a href={props.calendarHref} safe>
              {t('events.related.all')}
            </a>
          </p>
        </>
      )}
      {props.feedHref ? (
        <p>
          <a href={props.feedHref} safe>
            {t('events.related.feed')}
          </a>
        </p>
      ) : (
        ''
      )}
    </section>
  );
}
