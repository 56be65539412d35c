import { existsSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

// One headless Chromium per test file: the Debian package when installed, else the binary that
// the @sparticuz/chromium npm package ships (no download, no apt step).

const SYSTEM_CHROMIUM = '/usr/bin/chromium';

// The machine has no internet: anything that phones home only makes noise and waits.
const ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

// @sparticuz/chromium targets AWS Lambda: one process and its own headless flag. Playwright needs
// several contexts per browser, and we choose the headless mode ourselves.
const SPARTICUZ_ARGS_DROPPED = new Set(['--single-process', "--headless='shell'"]);

/**
 * The packaged binary is unpacked into the temporary folder on first use. Test files run in
 * parallel processes, so the first one unpacks under a lock and leaves a marker for the others.
 */
async function packagedChromium(): Promise<{ executablePath: string; args: string[] }> {
  const { default: sparticuz } = await import('@sparticuz/chromium');
  const ready = join(tmpdir(), 'lphm-e2e-chromium.ready');
  const lock = join(tmpdir(), 'lphm-e2e-chromium.lock');
  const started = Date.now();
  while (!existsSync(ready)) {
    try {
      mkdirSync(lock);
    } catch {
      // Another process is unpacking; a lock older than two minutes belongs to a dead one.
      if (existsSync(lock) && Date.now() - statSync(lock).mtimeMs > 120_000) {
        rmSync(lock, { recursive: true, force: true });
        rmSync(join(tmpdir(), 'chromium'), { force: true });
      }
      if (Date.now() - started > 180_000) throw new Error('timed out waiting to unpack Chromium');
      await delay(200);
      continue;
    }
    try {
      if (!existsSync(ready)) {
        await sparticuz.executablePath();
        writeFileSync(ready, new Date().toISOString());
      }
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
  return {
    executablePath: await sparticuz.executablePath(),
    args: sparticuz.args.filter((a) => !SPARTICUZ_ARGS_DROPPED.has(a)),
  };
}

export async function launchChromium(): Promise<Browser> {
  const { executablePath, args } = existsSync(SYSTEM_CHROMIUM)
    ? { executablePath: SYSTEM_CHROMIUM, args: [] }
    : await packagedChromium();
  return chromium.launch({ executablePath, args: [...new Set([...args, ...ARGS])] });
}

export interface VisitorOptions {
  /** The browser's language (Accept-Language); English by default. */
  lang?: string;
  /** Viewport width: 1280 (desktop, the default) or 360 (a small phone, 740 high). */
  width?: 1280 | 360;
  /** false: a browser with JavaScript switched off. */
  javaScript?: boolean;
}

export interface Visitor {
  context: BrowserContext;
  page: Page;
}

/** The browser of one file; every visitor gets a context of its own (own cookies). */
export class E2EBrowser {
  private readonly contexts: BrowserContext[] = [];

  private constructor(
    readonly browser: Browser,
    private readonly baseURL: string,
  ) {}

  static async launch(baseURL: string): Promise<E2EBrowser> {
    return new E2EBrowser(await launchChromium(), baseURL);
  }

  async newContext(options: VisitorOptions = {}): Promise<BrowserContext> {
    const width = options.width ?? 1280;
    const context = await this.browser.newContext({
      baseURL: this.baseURL,
      locale: options.lang ?? 'en',
      viewport: width === 360 ? { width: 360, height: 740 } : { width, height: 800 },
      javaScriptEnabled: options.javaScript ?? true,
      // The app's CSP allows no inline script; axe-core is injected as one.
      bypassCSP: true,
      reducedMotion: 'reduce',
    });
    context.setDefaultTimeout(10_000);
    context.setDefaultNavigationTimeout(15_000);
    this.contexts.push(context);
    return context;
  }

  /** A new visitor: a fresh context and one page in it. */
  async newPage(options: VisitorOptions = {}): Promise<Page> {
    const context = await this.newContext(options);
    return context.newPage();
  }

  async close(): Promise<void> {
    await Promise.all(this.contexts.map((c) => c.close().catch(() => undefined)));
    await this.browser.close();
  }
}
