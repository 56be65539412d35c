import { firstVisit, type BrowserVisit } from './browser.ts';
import { addCatalogue, COURSES } from './catalogue.ts';
import { prepareDatabase, type BenchDatabase } from './database.ts';
import { startClock } from './clock.ts';
import {
  benchPages,
  demoLearnerCookie,
  LOAD,
  startProductionServer,
  type ThroughputRow,
} from './pages.ts';
import { formatTable, int, kb, ms, pct } from './table.ts';
import { weighPage, type PageWeight } from './weight.ts';
import type { ServerProcess } from '../test/support/processes.ts';

// `npm run bench`: page throughput against a bare node:http ceiling, then page weight over HTTP
// and in a real browser, printed as tables. Everything runs on loopback; every server and browser
// is stopped at the end, and a watchdog ends the run if it overruns.

const PATHS = ['/', '/organisations'];
const AIM_RATIO = 0.25;
const AIM_BYTES = 30 * 1024;
const AIM_REQUESTS = 5;
const clock = startClock(900_000);
const { progress } = clock;

interface Run {
  database: BenchDatabase;
  throughput: ThroughputRow[];
  weights: PageWeight[];
  visits: Array<BrowserVisit | { path: string; error: string }>;
}

async function benchDatabase(label: string, baseUrl: string, withWeight: boolean): Promise<Run> {
  progress(` ${label}: preparing a fresh database (demo data + 2,000 organisations)…`);
  const database = await prepareDatabase(baseUrl);
  let server: ServerProcess | undefined;
  try {
    progress(` ${label}: adding ${int(COURSES)} published courses…`);
    const catalogue = await addCatalogue(database.url);
    const byTheme = `/courses?theme=${catalogue.themeSlug}`;
    const search = `/courses?q=${catalogue.search}`;
    const paths = [...PATHS, byTheme, search, `/courses/${catalogue.courseSlug}`];
    // To come (issue 3): the cohort view of a 50-learner run with 100,000 officials and 1,000,000
    // lesson-progress rows against 1,000 officials, as bench/cohort.ts beside catalogue.ts.
    server = await startProductionServer(database.url);
    const cookie = await demoLearnerCookie(server.url);
    const targets = [
      ...paths.map((path) => ({ label: `GET ${path}`, path })),
      // Signed-in officials never get the page cache: these rows are the pages' real cost.
      { label: 'GET /organisations, signed in', path: '/organisations', headers: { cookie } },
      { label: `GET ${byTheme}, signed in`, path: byTheme, headers: { cookie } },
      { label: `GET ${search}, signed in`, path: search, headers: { cookie } },
    ];
    const throughput = await benchPages(label, server, targets, progress);
    const weights: PageWeight[] = [];
    const visits: Run['visits'] = [];
    if (withWeight) {
      for (const path of paths) {
        progress(`  page weight of ${path}…`);
        weights.push(await weighPage(server.url, path));
        try {
          visits.push(await firstVisit(server.url + path));
        } catch (err) {
          visits.push({ path, error: (err as Error).message.split('\n')[0] ?? 'failed' });
        }
      }
    }
    return { database, throughput, weights, visits };
  } finally {
    await server?.stop();
    await database.drop();
  }
}

function printSettings(runs: Run[]): void {
  console.log('\nLPHM benchmarks');
  for (const line of clock.machineLines()) console.log(line);
  console.log(
    `  load: autocannon in the bench process, ${LOAD.connections} connections, pipelining 1, ` +
      `${LOAD.warmupSeconds} s warm-up then ${LOAD.seconds} s measured, per server and page`,
  );
  console.log(
    '  ours: `node --import tsx src/main.ts`, NODE_ENV=production, WORKER=false, LOG_LEVEL=warn; ' +
      'bare: node:http sending the same bytes and content type from memory',
  );
  for (const run of runs) {
    console.log(
      `  ${run.database.dialect}: fresh database, demo data + 2,000 → ${int(run.database.organisations)} organisations, ` +
        `+ ${int(COURSES)} published courses (1 in 3 in two languages, 6 lessons each)`,
    );
  }
}

function printThroughput(rows: ThroughputRow[]): void {
  console.log(`\nThroughput (aim: ours ≥ ${pct(AIM_RATIO)} of bare)`);
  const body = rows.map((r) => {
    if (!r.ours || !r.bare) {
      return [r.database, r.label, int(r.bytes), `answered ${r.status}`, '-', '-', '-', '-', '-'];
    }
    const ratio = r.ours.rps / r.bare.rps;
    const failed = r.ours.failures + r.bare.failures;
    return [
      r.database,
      r.label,
      int(r.bytes),
      int(r.ours.rps),
      ms(r.ours.p99),
      int(r.bare.rps),
      ms(r.bare.p99),
      pct(ratio),
      (ratio >= AIM_RATIO ? 'met' : 'NOT met') + (failed ? ` (${failed} failed requests!)` : ''),
    ];
  });
  console.log(
    formatTable(
      [
        'database',
        'page',
        'bytes',
        'ours req/s',
        'ours p99 ms',
        'bare req/s',
        'bare p99 ms',
        'ours/bare',
        'aim',
      ],
      body,
    ),
  );
}

function printWeight(run: Run): void {
  console.log(
    `\nPage weight, first visit with an empty cache (aim: ≤ ${kb(AIM_BYTES)} KB compressed, ≤ ${AIM_REQUESTS} requests; KB = 1,024 bytes)`,
  );
  const body = run.weights.map((w, i) => {
    const visit = run.visits[i];
    const browser =
      visit && 'requests' in visit
        ? [int(visit.requests), kb(visit.wireBytes), kb(visit.headerBytes)]
        : ['-', '-', '-'];
    const requests =
      visit && 'requests' in visit
        ? Math.max(visit.requests, w.resources.length)
        : w.resources.length;
    const bytes =
      visit && 'requests' in visit ? Math.max(visit.wireBytes, w.wireBytes) : w.wireBytes;
    const met = requests <= AIM_REQUESTS && bytes <= AIM_BYTES;
    return [
      `GET ${w.path}`,
      int(w.resources.length),
      kb(w.wireBytes),
      kb(w.headerBytes),
      ...browser,
      met ? 'met' : 'NOT met',
    ];
  });
  console.log(
    formatTable(
      [
        'page',
        'requests (HTML parsed)',
        'KB bodies',
        'KB headers',
        'requests (Chromium)',
        'KB bodies (Chromium)',
        'KB headers (Chromium)',
        'aim',
      ],
      body,
    ),
  );
  for (const w of run.weights) {
    const parts = w.resources.map((r) => `${r.url} ${r.status} ${r.encoding} ${int(r.wire)} B`);
    console.log(
      `  ${w.path}: ${parts.join('; ')}${w.external.length ? `; NOT fetched (other hosts): ${w.external.join(', ')}` : ''}`,
    );
  }
  for (const v of run.visits) {
    if ('error' in v) console.log(`  Chromium, ${v.path}: could not measure (${v.error})`);
    else
      console.log(
        `  Chromium, ${v.path}: sent accept-encoding "${v.acceptEncoding}", got ${v.encodings.join(', ')}; ` +
          `${kb(v.decodedBytes)} KB decoded; requests: ${v.urls.join(', ')}`,
      );
  }
}

const runs: Run[] = [];
try {
  runs.push(await benchDatabase('SQLite', '', true));
  const pgUrl = process.env.DATABASE_URL ?? '';
  if (/^postgres(ql)?:\/\//.test(pgUrl)) runs.push(await benchDatabase('PostgreSQL', pgUrl, false));
} catch (err) {
  console.error('bench failed:', err);
  process.exitCode = 1;
}
if (runs.length) {
  printSettings(runs);
  printThroughput(runs.flatMap((r) => r.throughput));
  printWeight(runs[0]!);
}
clock.finish();
