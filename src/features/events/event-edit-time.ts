// Local date-times (as typed in a datetime-local field, "YYYY-MM-DDTHH:MM") in an IANA time zone,
// to and from UTC instants, with Intl only (no library): the zone's offset at an instant is read
// from Intl.DateTimeFormat's parts, and a local time is found by correcting a first guess twice
// (enough for any zone, as offsets change at most once around one instant). A time skipped by a
// clock change (e.g. 02:30 on a spring-forward night) moves forward by the gap; a repeated one
// takes its second (standard-time) occurrence.

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** "YYYY-MM-DDTHH:MM" that names a real calendar date and time. */
export function isLocalDateTime(text: string): boolean {
  const m = LOCAL.exec(text);
  if (!m) return false;
  const [y, mo, d, h, mi] = m.slice(1).map(Number) as [number, number, number, number, number];
  const date = new Date(Date.UTC(y, mo - 1, d, h, mi));
  return (
    y >= 1900 &&
    y <= 2999 &&
    date.getUTCMonth() === mo - 1 &&
    date.getUTCDate() === d &&
    h < 24 &&
    mi < 60
  );
}

const partsFormats = new Map<string, Intl.DateTimeFormat>();
function partsIn(zone: string, ms: number): Record<string, number> {
  let f = partsFormats.get(zone);
  if (!f)
    partsFormats.set(
      zone,
      (f = new Intl.DateTimeFormat('en-US', {
        timeZone: zone,
        hourCycle: 'h23',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
      })),
    );
  const out: Record<string, number> = {};
  for (const p of f.formatToParts(new Date(ms)))
    if (p.type !== 'literal') out[p.type] = Number(p.value);
  return out;
}

/** The zone's offset from UTC at an instant, in milliseconds. */
function offsetAt(zone: string, ms: number): number {
  const p = partsIn(zone, ms);
  const asUtc = Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!);
  return asUtc - Math.floor(ms / 1000) * 1000;
}

/** A local date-time in a zone as a UTC ISO instant. */
export function localToUtc(local: string, zone: string): string {
  const wall = Date.parse(`${local}:00.000Z`);
  let guess = wall - offsetAt(zone, wall);
  guess = wall - offsetAt(zone, guess);
  return new Date(guess).toISOString();
}

/** A UTC instant as the local date-time ("YYYY-MM-DDTHH:MM") in a zone, for the form. */
export function utcToLocal(iso: string, zone: string): string {
  const ms = Date.parse(iso);
  return new Date(ms + offsetAt(zone, ms)).toISOString().slice(0, 16);
}
