import { prepareDatabase } from './database.ts';
import { addEvents, EVENTS, type EventData } from './event-data.ts';
import { startClock } from './clock.ts';
import {
  benchPages,
  demoLearnerCookie,
  LOAD,
  startProductionServer,
  type ThroughputRow,
} from './pages.ts';
import { formatTable, int, ms, pct } from './table.ts';
import type { ServerProcess } from '../test/support/processes.ts';

// `npm run bench:events`: the calendar's month view (its busiest month), an event page and the
// calendar list with 10,000 events, anonymous (page cache) and signed in (rendered every time),
// each beside a bare node:http server sending the same bytes in the same run. SQLite, then
// PostgreSQL too when DATABASE_URL is a postgres:// URL (scripts/with-postgres.sh gives one).

const AIM_RATIO = 0.25;
const clock = startClock(1_200_000);
const { progress } = clock;

interface Run {
  dialect: string;
  organisations: number;
  data: EventData;
  rows: ThroughputRow[];
}

async function benchDatabase(label: string, baseUrl: string): Promise<Run> {
  progress(` ${label}: preparing a fresh database (demo data + 2,000 organisations)…`);
  const database = await prepareDatabase(baseUrl);
  let server: ServerProcess | undefined;
  try {
    progress(` ${label}: adding ${int(EVENTS)} events…`);
    const data = await addEvents(database.url);
    server = await startProductionServer(database.url);
    const cookie = await demoLearnerCookie(server.url);
    const month = `/events/month/${data.busyMonth}`;
    const event = `/events/${data.eventSlug}`;
    const targets = [
      // The lightest cached page, for reference: what the stack costs before any content.
      { label: 'GET / (home, for reference)', path: '/' },
      { label: `GET ${month} (${data.busyMonthEvents} events)`, path: month },
      { label: `GET ${event}`, path: event },
      { label: 'GET /events', path: '/events' },
      // Signed-in officials never get the page cache: these rows are the pages' real cost.
      { label: `GET ${month}, signed in`, path: month, headers: { cookie } },
      { label: `GET ${event}, signed in`, path: event, headers: { cookie } },
      { label: 'GET /events, signed in', path: '/events', headers: { cookie } },
    ];
    const rows = await benchPages(label, server, targets, progress);
    return { dialect: database.dialect, organisations: database.organisations, data, rows };
  } finally {
    await server?.stop();
    await database.drop();
  }
}

function print(runs: Run[]): void {
  console.log('\nLPHM events benchmark');
  for (const line of clock.machineLines()) console.log(line);
  console.log(
    `  load: autocannon, ${LOAD.connections} connections, pipelining 1, ` +
      `${LOAD.warmupSeconds} s warm-up then ${LOAD.seconds} s measured, per server and page`,
  );
  console.log(
    '  ours: `node --import tsx src/main.ts`, NODE_ENV=production, WORKER=false; ' +
      'bare: node:http sending the same bytes and content type from memory',
  );
  for (const run of runs)
    console.log(
      `  ${run.dialect}: fresh database, demo data, ${int(run.organisations)} organisations, ` +
        `+ ${int(EVENTS)} events over ten years (busiest month ${run.data.busyMonth}: ` +
        `${run.data.busyMonthEvents} events)`,
    );
  console.log(`\nThroughput (aim: ours ≥ ${pct(AIM_RATIO)} of bare)`);
  const body = runs
    .flatMap((r) => r.rows)
    .map((r) => {
      if (!r.ours || !r.bare)
        return [r.database, r.label, int(r.bytes), `answered ${r.status}`, '-', '-', '-', '-', '-'];
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
  const headers = ['database', 'page', 'bytes', 'ours req/s', 'ours p99 ms', 'bare req/s'];
  console.log(formatTable([...headers, 'bare p99 ms', 'ours/bare', 'aim'], body));
}

const runs: Run[] = [];
try {
  runs.push(await benchDatabase('SQLite', ''));
  const pgUrl = process.env.DATABASE_URL ?? '';
  if (/^postgres(ql)?:\/\//.test(pgUrl)) runs.push(await benchDatabase('PostgreSQL', pgUrl));
} catch (err) {
  console.error('bench failed:', err);
  process.exitCode = 1;
}
if (runs.length) print(runs);
clock.finish();
