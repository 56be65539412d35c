import assert from 'node:assert/strict';

// A strict little iCalendar reader for tests: checks the RFC 5545 framing (CRLF, 75-octet
// folding, balanced BEGIN/END, required properties) and returns the events' properties.

export interface ParsedEvent {
  props: Record<string, { params: Record<string, string>; value: string }>;
}

function unescape(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_m, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

export function parseIcs(text: string): { props: Record<string, string>; events: ParsedEvent[] } {
  assert.ok(text.endsWith('\r\n'), 'the file ends with CRLF');
  const physical = text.slice(0, -2).split('\r\n');
  for (const line of physical) {
    assert.ok(!line.includes('\n') && !line.includes('\r'), `bare line break in ${line}`);
    assert.ok(Buffer.byteLength(line) <= 75, `over 75 octets: ${line}`);
  }
  const lines: string[] = [];
  for (const line of physical)
    if (line.startsWith(' ') || line.startsWith('\t')) lines[lines.length - 1] += line.slice(1);
    else lines.push(line);
  const stack: string[] = [];
  const calendar: Record<string, string> = {};
  const events: ParsedEvent[] = [];
  for (const line of lines) {
    const colon = line.indexOf(':');
    assert.ok(colon > 0, `no colon in ${line}`);
    const [name, ...params] = line.slice(0, colon).split(';');
    const value = line.slice(colon + 1);
    if (name === 'BEGIN') {
      stack.push(value);
      if (value === 'VEVENT') events.push({ props: {} });
    } else if (name === 'END') assert.equal(stack.pop(), value, `END:${value} does not match`);
    else if (stack.at(-1) === 'VEVENT')
      events.at(-1)!.props[name!] = {
        params: Object.fromEntries(params.map((p) => p.split('=') as [string, string])),
        value: unescape(value),
      };
    else if (stack.at(-1) === 'VCALENDAR') calendar[name!] = unescape(value);
  }
  assert.equal(stack.length, 0, 'unbalanced BEGIN/END');
  assert.equal(calendar.VERSION, '2.0');
  assert.ok(calendar.PRODID, 'PRODID');
  for (const e of events)
    for (const p of ['UID', 'DTSTAMP', 'DTSTART']) assert.ok(e.props[p], `VEVENT without ${p}`);
  return { props: calendar, events };
}

/** An iCalendar UTC DATE-TIME as a JS instant (the feeds write no floating or TZID times). */
export function icsDate(prop: { params: Record<string, string>; value: string }): Date {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(prop.value);
  assert.ok(m, `not a UTC date-time: ${prop.value}`);
  return new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!));
}
