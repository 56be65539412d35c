import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildCalendar } from './ics.ts';

describe('iCalendar files', () => {
  const event = {
    uid: 'event-1@example.org',
    startsAt: '2013-05-15T07:30:00.000Z',
    endsAt: '2013-05-16T15:00:00.000Z',
    updatedAt: '2013-01-01T00:00:00.000Z',
    title: 'First course',
    description: '',
    location: 'Antwerp',
    url: 'https://example.org/events/first',
    cancelled: true,
  };

  it('ends every line with CRLF and gives each event a UID, DTSTAMP, UTC times and status', () => {
    const ics = buildCalendar('Name, with comma', [event]);
    assert.ok(ics.endsWith('\r\n'));
    assert.ok(!/[^\r]\n/.test(ics), 'bare LF found');
    assert.match(ics, /^BEGIN:VCALENDAR\r\nVERSION:2\.0\r\nPRODID:/);
    assert.match(ics, /\r\nX-WR-CALNAME:Name/);
    assert.match(ics, /\r\nUID:event-1@example\.org\r\n/);
    assert.match(ics, /\r\nDTSTAMP:\d{8}T\d{6}Z\r\n/);
    assert.match(ics, /\r\nDTSTART:20130515T073000Z\r\n/);
    assert.match(ics, /\r\nSTATUS:CANCELLED\r\n/);
    assert.doesNotMatch(ics, /DESCRIPTION/);
  });

  it('folds long lines at 75 octets without splitting a multi-byte character', () => {
    const ics = buildCalendar('Feed', [{ ...event, title: '日本語のタイトル'.repeat(12) }]);
    const physical = ics.split('\r\n');
    for (const [i, p] of physical.entries()) {
      assert.ok(Buffer.byteLength(p) <= 75, `line ${i} has ${Buffer.byteLength(p)} octets`);
      assert.ok(!p.includes('\uFFFD'));
    }
    const unfolded = ics.replace(/\r\n /g, '');
    assert.match(unfolded, new RegExp(`SUMMARY:${'日本語のタイトル'.repeat(12)}\r\n`));
  });

  it('escapes separators and line breaks in text', () => {
    const ics = buildCalendar('Feed', [{ ...event, description: 'a; b, c\nd' }]);
    assert.match(ics.replace(/\r\n /g, ''), /DESCRIPTION:a\\; b\\, c\\nd\r\n/);
  });
});
