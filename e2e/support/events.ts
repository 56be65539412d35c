import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';
import type { Language } from '../../src/web/i18n.ts';
import { exactly, t } from './text.ts';

// What the event journeys share: event times relative to now, the event page's registration
// section, and downloads (.ics, certificate PDF, report CSV).

/** An event `days` ahead at 09:00 UTC for three hours, and the month (YYYY-MM) it falls in. */
export function daysAhead(days: number): { startsAt: string; endsAt: string; month: string } {
  const start = new Date(Date.now() + days * 86_400_000);
  start.setUTCHours(9, 0, 0, 0);
  return {
    startsAt: start.toISOString(),
    endsAt: new Date(start.getTime() + 3 * 3_600_000).toISOString(),
    month: start.toISOString().slice(0, 7),
  };
}

/** The event page's "Registration" section (seats, the visitor's place and actions, the .ics). */
export function registrationSection(page: Page, lang: Language = 'en'): Locator {
  return page.getByRole('region', { name: exactly(t('events.page.registration', lang)) });
}

/**
 * Clicks a link that downloads a file: the file's bytes, and the content type the server sends
 * for its address (asked again with the browser's cookies, as a link with a `download` attribute
 * gives no response event).
 */
export async function download(
  page: Page,
  link: Locator,
): Promise<{ body: Buffer; contentType: string }> {
  const href = await link.getAttribute('href');
  assert.ok(href, 'the link has an address');
  const [file] = await Promise.all([page.waitForEvent('download'), link.click()]);
  const path = await file.path();
  assert.ok(path, `the download of ${file.suggestedFilename()} failed`);
  const again = await page.request.get(new URL(href, page.url()).href);
  assert.equal(again.status(), 200, `GET ${href}`);
  return { body: await readFile(path), contentType: again.headers()['content-type'] ?? '' };
}
