import { z } from 'zod';

// Time zones: IANA names as the runtime knows them (Intl), plus "UTC"; the same list for an
// event's own zone and for the zone a reader wants times in.

const ZONES = new Set(Intl.supportedValuesOf('timeZone'));
ZONES.add('UTC');

export const TIME_ZONE_COOKIE = 'lphm_tz';

/** The zones the platform offers, sorted. */
export const TIME_ZONES: readonly string[] = [...ZONES].sort();

export function isTimeZone(zone: unknown): zone is string {
  return typeof zone === 'string' && ZONES.has(zone);
}

/** The reader's zone: their choice in this browser (cookie), else their profile, else none. */
export function chooseTimeZone(input: { cookie?: string; profile?: string | null }): string | null {
  if (isTimeZone(input.cookie)) return input.cookie;
  if (isTimeZone(input.profile)) return input.profile;
  return null;
}

const offsetFormats = new Map<string, Intl.DateTimeFormat>();

/** A zone's offset from UTC at an instant, as "GMT+2". */
function zoneOffset(zone: string, at: Date): string {
  let f = offsetFormats.get(zone);
  if (!f)
    offsetFormats.set(
      zone,
      (f = new Intl.DateTimeFormat('en', { timeZone: zone, timeZoneName: 'shortOffset' })),
    );
  return f.formatToParts(at).find((p) => p.type === 'timeZoneName')?.value ?? '';
}

/** Every zone for a select, its label with today's offset ("America/New York (GMT-5)"). */
export function timeZoneOptions(at = new Date()): Array<{ value: string; label: string }> {
  return TIME_ZONES.map((zone) => ({
    value: zone,
    label: `${zone.replaceAll('_', ' ')} (${zoneOffset(zone, at)})`,
  }));
}

/** A form field: a zone from the list, or "" for none (null). Messages are translation keys. */
export const timeZoneField = z
  .string({ error: 'time-zones.errors.unknown' })
  .default('')
  .refine((v) => v === '' || isTimeZone(v), { message: 'time-zones.errors.unknown' })
  .transform((v) => (v === '' ? null : v));
