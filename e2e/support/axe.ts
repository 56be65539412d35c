import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import type { AxeResults, Result } from 'axe-core';
import type { Page } from 'playwright-core';

// axe-core in the page (the browser context bypasses the CSP for it): a journey fails on any
// violation of impact "serious" or "critical".

const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);
const FAILING = new Set(['serious', 'critical']);

// axe is loaded from a small server of its own rather than inlined: the browser then caches the
// script and its compiled code, which makes each check several times faster.
let axeServer: Server | undefined;
let axeURL: string | undefined;

export async function startAxeServer(): Promise<void> {
  const body = Buffer.from(AXE_SOURCE);
  axeServer = createServer((_request, response) => {
    response.writeHead(200, {
      'content-type': 'text/javascript; charset=utf-8',
      'cache-control': 'public, max-age=3600, immutable',
    });
    response.end(body);
  });
  await new Promise<void>((resolve) => axeServer?.listen(0, '127.0.0.1', resolve));
  axeURL = `http://127.0.0.1:${(axeServer.address() as AddressInfo).port}/axe.min.js`;
}

export async function stopAxeServer(): Promise<void> {
  await new Promise((resolve) => (axeServer ? axeServer.close(resolve) : resolve(undefined)));
  axeServer = undefined;
  axeURL = undefined;
}

function describe(violations: Result[]): string {
  return violations
    .map((v) => {
      const nodes = v.nodes
        .slice(0, 5)
        .map(
          (n) =>
            `      ${n.target.join(' ')}\n        ${n.failureSummary?.replace(/\n/g, ' ') ?? ''}`,
        )
        .join('\n');
      const more = v.nodes.length > 5 ? `\n      … and ${v.nodes.length - 5} more` : '';
      return `  [${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})\n${nodes}${more}`;
    })
    .join('\n');
}

/** Runs axe on the page as it is now; fails listing every serious or critical violation. */
export async function expectAccessible(page: Page, label = ''): Promise<void> {
  const hasAxe = await page.evaluate(() => 'axe' in window);
  if (!hasAxe) await page.addScriptTag(axeURL ? { url: axeURL } : { content: AXE_SOURCE });
  const results = (await page.evaluate(() =>
    (window as unknown as { axe: { run(o: object): Promise<AxeResults> } }).axe.run({
      resultTypes: ['violations'],
    }),
  )) as AxeResults;
  const where = `${label ? `${label}: ` : ''}${new URL(page.url()).pathname} (lang=${await page.getAttribute('html', 'lang')})`;
  const failing = results.violations.filter((v) => FAILING.has(v.impact ?? ''));
  // E2E_AXE_ALL=1 also prints the minor and moderate findings, which do not fail a journey.
  const minor = results.violations.filter((v) => !FAILING.has(v.impact ?? ''));
  if (process.env.E2E_AXE_ALL && minor.length > 0)
    console.log(`axe, minor/moderate on ${where}:\n${describe(minor)}`);
  assert.equal(failing.length, 0, `accessibility violations on ${where}:\n${describe(failing)}`);
}
