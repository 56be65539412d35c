import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';

// iCalendar (RFC 5545) files for events, written by ical-generator (escaping, folding at 75
// octets, CRLF). Times are written in UTC ("DTSTART:20261228T090000Z", RFC 5545 §3.3.5 form 2):
// the database keeps instants in UTC, so this form is exact, needs no VTIMEZONE (nothing to get
// wrong or to go stale when a country changes its rules), and every calendar shows it in its
// user's own zone. The event's own zone is named in the description.

export interface IcsEvent {
  uid: string;
  startsAt: string;
  endsAt: string;
  updatedAt: string;
  title: string;
  description: string;
  location: string;
  url: string;
  cancelled: boolean;
}

/** A whole VCALENDAR with one VEVENT per event. */
export function buildCalendar(name: string, events: IcsEvent[], now: Date = new Date()): string {
  const calendar = ical({
    name,
    prodId: { company: 'LPHM', product: 'Learning events', language: 'EN' },
    method: ICalCalendarMethod.PUBLISH,
  });
  for (const e of events)
    calendar.createEvent({
      id: e.uid,
      stamp: now,
      lastModified: new Date(e.updatedAt),
      start: new Date(e.startsAt),
      end: new Date(e.endsAt),
      summary: e.title,
      ...(e.description ? { description: e.description } : {}),
      ...(e.location ? { location: e.location } : {}),
      url: e.url,
      status: e.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  // RFC 5545 ends every content line, the last one too, with CRLF; ical-generator omits the last.
  const text = calendar.toString();
  return text.endsWith('\r\n') ? text : `${text}\r\n`;
}
