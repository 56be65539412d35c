import type { Deps } from '../../deps.ts';
import { listThemes, type ThemeSummary } from '../curriculum/curriculum.service.ts';
import { AppError } from '../../web/errors.ts';
import { summarise, type EventSummary } from './event-text.ts';
import * as q from './event-reads.queries.ts';
import { MONTH_PATTERN, type CalendarFilter } from './events.schema.ts';

// The public calendar: a paged list (upcoming or past) and a month view. Drafts never show.

const PAGE_SIZE = 20;
const DAY = 86_400_000;
/** A month view shows events that started up to this long before the month and still run in it. */
const LONGEST_EVENT_DAYS = 14;

export interface CalendarListPage {
  entries: EventSummary[];
  hasNext: boolean;
  themes: ThemeSummary[];
  partners: Array<{ slug: string; name: string }>;
}

/** One page of the calendar list with the choices of its filters. */
export async function browseCalendar(
  deps: Deps,
  language: string,
  f: CalendarFilter,
  now = new Date(),
): Promise<CalendarListPage> {
  const [rows, themes, partners] = await Promise.all([
    q.selectCalendarPage(deps.db, {
      when: f.when,
      now: now.toISOString(),
      themeSlug: f.theme,
      kind: f.kind,
      region: f.region,
      partnerSlug: f.partner,
      year: f.year,
      limit: PAGE_SIZE + 1,
      offset: (f.page - 1) * PAGE_SIZE,
    }),
    listThemes(deps, language),
    q.selectEventPartners(deps.db),
  ]);
  const entries = await summarise(deps.db, rows.slice(0, PAGE_SIZE), language);
  return { entries, hasNext: rows.length > PAGE_SIZE, themes, partners };
}

/**
 * The next few events of a theme, or of an organisation (organised by it or held in it), for the
 * theme and organisation pages.
 */
export async function upcomingEventsFor(
  deps: Deps,
  language: string,
  about: { themeSlug: string } | { organisationId: number },
  limit = 6,
): Promise<EventSummary[]> {
  const rows = await q.selectCalendarPage(deps.db, {
    when: 'upcoming',
    now: new Date().toISOString(),
    themeSlug: 'themeSlug' in about ? about.themeSlug : null,
    organisationId: 'organisationId' in about ? about.organisationId : undefined,
    kind: null,
    region: null,
    partnerSlug: null,
    year: null,
    limit,
    offset: 0,
  });
  return summarise(deps.db, rows, language);
}

/** The live sessions of a course run (events linked to it), for its learners' and editors' pages. */
export async function liveSessionsOfRun(
  deps: Deps,
  language: string,
  runId: number,
): Promise<EventSummary[]> {
  return summarise(deps.db, await q.selectRunSessions(deps.db, runId), language);
}

// One formatter per time zone: making one costs some 150 µs, and a month view needs two an event.
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** The date (YYYY-MM-DD) an instant falls on in a time zone. */
export function localDate(instant: string | Date, timeZone: string): string {
  let format = dateFormats.get(timeZone);
  if (!format) {
    // en-CA writes dates as YYYY-MM-DD.
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    dateFormats.set(timeZone, format);
  }
  return format.format(new Date(instant));
}

export interface MonthDay {
  date: string; // YYYY-MM-DD
  events: EventSummary[];
}

export interface CalendarMonth {
  month: string; // YYYY-MM
  previous: string;
  next: string;
  /** Weeks from Monday to Sunday; null for the days of the neighbouring months. */
  weeks: Array<Array<MonthDay | null>>;
  /** Every event of the month once, in order (the list under the grid). */
  events: EventSummary[];
}

function shiftMonth(month: string, by: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const d = new Date(Date.UTC(y, m - 1 + by, 1));
  return d.toISOString().slice(0, 7);
}

/** The month view: each event on the days it runs in its own time zone; 404 for a malformed month. */
export async function calendarMonth(
  deps: Deps,
  language: string,
  month: string,
): Promise<CalendarMonth> {
  if (!MONTH_PATTERN.test(month)) throw new AppError('NOT_FOUND');
  const first = new Date(`${month}-01T00:00:00.000Z`);
  const next = shiftMonth(month, 1);
  const end = new Date(`${next}-01T00:00:00.000Z`);
  // A day's margin on each side covers every time zone's offset from UTC.
  const rows = await q.selectEventsBetween(
    deps.db,
    new Date(first.getTime() - (LONGEST_EVENT_DAYS + 1) * DAY).toISOString(),
    new Date(end.getTime() + DAY).toISOString(),
  );
  const summaries = await summarise(deps.db, rows, language);
  const byDate = new Map<string, EventSummary[]>();
  const inMonth: EventSummary[] = [];
  for (const event of summaries) {
    const startDay = localDate(event.startsAt, event.timeZone);
    const endDay = localDate(event.endsAt, event.timeZone);
    let shown = false;
    for (let d = new Date(`${startDay}T00:00:00.000Z`); ; d = new Date(d.getTime() + DAY)) {
      const date = d.toISOString().slice(0, 10);
      if (date > endDay || date >= `${next}-01`) break;
      if (date.startsWith(month)) {
        byDate.set(date, [...(byDate.get(date) ?? []), event]);
        shown = true;
      }
    }
    if (shown) inMonth.push(event);
  }
  const weeks: Array<Array<MonthDay | null>> = [];
  let week: Array<MonthDay | null> = Array.from(
    { length: (first.getUTCDay() + 6) % 7 },
    () => null,
  );
  for (let d = first; d < end; d = new Date(d.getTime() + DAY)) {
    const date = d.toISOString().slice(0, 10);
    week.push({ date, events: byDate.get(date) ?? [] });
    if (week.length === 7) {
      weeks.push(week);
      week = [];
    }
  }
  if (week.length > 0)
    weeks.push([...week, ...Array.from({ length: 7 - week.length }, () => null)]);
  return { month, previous: shiftMonth(month, -1), next, weeks, events: inMonth };
}
