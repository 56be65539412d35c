import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { DEMO_OFFICIALS, DEMO_PASSWORD } from '../src/db/seed/demo-officials.ts';
import {
  csrfFieldOf,
  HttpVisitor,
  startApp,
  startProcess,
  type ServerProcess,
} from '../test/support/processes.ts';

// Throughput and p99 latency of real pages served by the real server (a child process), each
// beside a bare node:http server sending the same bytes, measured in the same run: the ratio
// says what our framework, queries and rendering cost against the ceiling of one Node process.

export interface LoadSettings {
  connections: number;
  warmupSeconds: number;
  seconds: number;
}

export const LOAD: LoadSettings = {
  connections: Number(process.env.BENCH_CONNECTIONS ?? 10),
  warmupSeconds: Number(process.env.BENCH_WARMUP_SECONDS ?? 2),
  seconds: Number(process.env.BENCH_SECONDS ?? 10),
};

export interface LoadResult {
  rps: number;
  p50: number;
  p99: number;
  /** Non-2xx answers, errors and timeouts: a run with any is not a measurement of the page. */
  failures: number;
}

/** A page to load: anonymous visitors get the page cache; `headers` may carry a session cookie. */
export interface Target {
  label: string;
  path: string;
  headers?: Record<string, string>;
}

export interface ThroughputRow {
  database: string;
  label: string;
  path: string;
  status: number;
  bytes: number;
  ours?: LoadResult;
  bare?: LoadResult;
}

/** Warms up, then loads `url` for a fixed time with a fixed number of connections. */
export async function measure(
  url: string,
  headers: Record<string, string> = {},
  settings: LoadSettings = LOAD,
): Promise<LoadResult> {
  const options = { url, headers, connections: settings.connections, pipelining: 1, timeout: 10 };
  if (settings.warmupSeconds > 0)
    await autocannon({ ...options, duration: settings.warmupSeconds });
  const r = await autocannon({ ...options, duration: settings.seconds });
  return {
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    failures: r.non2xx + r.errors + r.timeouts,
  };
}

interface Snapshot {
  status: number;
  type: string;
  body: Buffer;
}

/** One response as a load generator gets it (no accept-encoding, so uncompressed). */
function snapshot(url: string, headers: Record<string, string> = {}): Promise<Snapshot> {
  return new Promise((resolve, reject) => {
    const req = request(url, { timeout: 10_000, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          type: String(res.headers['content-type'] ?? 'text/html; charset=utf-8'),
          body: Buffer.concat(chunks),
        }),
      );
      res.on('error', reject);
    });
    req.on('timeout', () => req.destroy(new Error(`timeout fetching ${url}`)));
    req.on('error', reject);
    req.end();
  });
}

/** The server as production runs it, without the job worker, on `databaseUrl`. */
export function startProductionServer(databaseUrl: string): Promise<ServerProcess> {
  return startApp({
    DATABASE_URL: databaseUrl,
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    WORKER: 'false',
    SEED_DEMO: 'never',
  });
}

/**
 * Measures each path on our server and on a bare server with the same bytes. A page that does
 * not answer 200 is reported, not measured.
 */
export async function benchPages(
  database: string,
  server: ServerProcess,
  targets: Target[],
  log: (line: string) => void,
): Promise<ThroughputRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'lphm-bare-'));
  let bare: ServerProcess | undefined;
  try {
    const rows: ThroughputRow[] = [];
    const manifest: Record<string, { file: string; type: string }> = {};
    for (const [i, target] of targets.entries()) {
      const page = await snapshot(server.url + target.path, target.headers);
      rows.push({
        database,
        label: target.label,
        path: target.path,
        status: page.status,
        bytes: page.body.length,
      });
      if (page.status !== 200) continue;
      const file = join(dir, `page${i}`);
      writeFileSync(file, page.body);
      manifest[`/page${i}`] = { file, type: page.type };
    }
    if (Object.keys(manifest).length === 0) return rows;
    writeFileSync(join(dir, 'pages.json'), JSON.stringify(manifest));
    bare = await startProcess({
      args: ['--import', 'tsx', 'bench/bare-server.ts'],
      env: { PAGES: join(dir, 'pages.json'), NODE_ENV: 'production' },
      readyPath: Object.keys(manifest)[0],
    });
    for (const [i, row] of rows.entries()) {
      if (row.status !== 200) continue;
      log(`  ${database} ${row.label}: ours…`);
      row.ours = await measure(server.url + row.path, targets[i]?.headers);
      log(`  ${database} ${row.label}: bare node:http…`);
      row.bare = await measure(`${bare.url}/page${i}`);
    }
    return rows;
  } finally {
    await bare?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Signs the demo learner in over HTTP and returns the Cookie header its session needs. */
export async function demoLearnerCookie(baseUrl: string): Promise<string> {
  const visitor = new HttpVisitor();
  const form = await visitor.get(`${baseUrl}/sign-in`);
  const res = await visitor.post(`${baseUrl}/sign-in`, {
    _csrf: csrfFieldOf(form.body, '/sign-in'),
    email: DEMO_OFFICIALS.find((o) => o.role === 'learner')!.email,
    password: DEMO_PASSWORD,
  });
  if (res.status !== 303)
    throw new Error(`bench: the demo learner could not sign in (${res.status})`);
  return [...visitor.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
}
