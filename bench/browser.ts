import { existsSync } from 'node:fs';
import { chromium as playwright, type Browser } from 'playwright-core';

// A first visit in a real browser (Chromium, headless, empty cache): how many requests it makes
// and how many bytes it receives, whatever our own parsing of the HTML may have missed.

export interface BrowserVisit {
  path: string;
  requests: number;
  /** Response bodies as received (compressed when the server compressed). */
  wireBytes: number;
  headerBytes: number;
  decodedBytes: number;
  /** The accept-encoding the browser sent for the page, and the encodings it got. */
  acceptEncoding: string;
  encodings: string[];
  urls: string[];
}

/** Launches Chromium: the system one when installed, else the one @sparticuz/chromium ships. */
async function launchBrowser(): Promise<Browser> {
  if (existsSync('/usr/bin/chromium')) {
    return playwright.launch({ executablePath: '/usr/bin/chromium', timeout: 30_000 });
  }
  const { default: chromium } = await import('@sparticuz/chromium');
  return playwright.launch({
    executablePath: await chromium.executablePath(),
    args: chromium.args,
    timeout: 30_000,
  });
}

/**
 * Loads `url` in a browser of its own (no cache, no cookies) and counts what goes over the wire.
 * One browser a visit: the packaged Chromium runs single-process and dies with its first context.
 */
export async function firstVisit(url: string): Promise<BrowserVisit> {
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    const urls: string[] = [];
    const encodings = new Set<string>();
    const pending: Array<Promise<void>> = [];
    let acceptEncoding = '';
    let wireBytes = 0;
    let headerBytes = 0;
    let decodedBytes = 0;
    page.on('request', (req) => urls.push(new URL(req.url()).pathname));
    page.on('requestfinished', (req) => {
      pending.push(
        (async () => {
          if (req.isNavigationRequest()) {
            acceptEncoding = (await req.allHeaders())['accept-encoding'] ?? '';
          }
          const sizes = await req.sizes();
          wireBytes += sizes.responseBodySize;
          headerBytes += sizes.responseHeadersSize;
          const res = await req.response();
          if (!res) return;
          encodings.add((await res.allHeaders())['content-encoding'] ?? 'identity');
          const body = await res.body(); // read before adding: `x += await …` would lose updates
          decodedBytes += body.length;
        })(),
      );
    });
    await page.goto(url, { waitUntil: 'networkidle', timeout: 20_000 });
    await Promise.all(pending);
    return {
      path: new URL(url).pathname,
      requests: urls.length,
      wireBytes,
      headerBytes,
      decodedBytes,
      acceptEncoding,
      encodings: [...encodings],
      urls,
    };
  } finally {
    await browser.close();
  }
}
