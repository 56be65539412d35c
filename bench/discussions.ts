import { sql, type KyselyPlugin } from 'kysely';
import { buildApp } from '../src/app.ts';
import type { Deps } from '../src/deps.ts';
import { createThread } from '../test/factories/discussions.ts';
import { createOfficial } from '../test/factories/officials.ts';
import { createThemes } from '../test/factories/themes.ts';
import { Client } from '../test/support/app.ts';
import { createTestDatabase } from '../test/support/database.ts';
import { csrfFieldOf, HttpVisitor } from '../test/support/processes.ts';
import { signIn } from '../test/support/sign-in.ts';
import { startClock } from './clock.ts';
import { benchPages, startProductionServer, type Target } from './pages.ts';
import { formatTable, int, kb, pct } from './table.ts';

// `npm run bench:discussions`: a thread of 500 posts (its first and last page) and a theme's
// thread list with 10,000 threads, each served by the real server (a child process) beside a bare
// node:http server sending the same bytes in the same run (aim: ours ≥ 25% of bare); and the
// number of database queries each page makes, counted in-process with a Kysely plugin, with 100
// and with 10,000 threads in the list (they must be the same). SQLite by default; PostgreSQL when
// DATABASE_URL is set (scripts/with-postgres.sh).

const POSTS = Number(process.env.BENCH_POSTS ?? 500);
const THREADS = Number(process.env.BENCH_THREADS ?? 10_000);
const FEW = 100;
const PER_PAGE = 50; // posts per thread page (threads.routes.tsx)

/** Threads with one post each on the theme, written in bulk (the factory would take minutes). */
async function addThreads(deps: Deps, themeId: number, authorId: number, from: number, to: number) {
  const start = Date.UTC(2024, 0, 1);
  for (let i = from; i < to; i += 500) {
    const n = Math.min(500, to - i);
    await deps.db.transaction().execute(async (tx) => {
      const at = (k: number) => new Date(start + (i + k) * 60_000).toISOString();
      const threads = await tx
        .insertInto('threads')
        .values(
          Array.from({ length: n }, (_, k) => ({
            subject_kind: 'theme',
            subject_id: themeId,
            title: `Bench question ${i + k + 1} about welcoming newcomers`,
            author_id: authorId,
            is_pinned: (i + k) % 2_000 === 0 ? 1 : 0,
            post_count: 1,
            last_post_at: at(k),
            created_at: at(k),
          })),
        )
        .returning('id')
        .execute();
      await tx
        .insertInto('posts')
        .values(
          threads.map(({ id }, k) => ({
            thread_id: id,
            author_id: authorId,
            body: 'How did your city go about this?',
            body_html: '<p>How did your city go about this?</p>\n',
            created_at: at(k),
          })),
        )
        .execute();
      await sql`update threads set last_post_id = (select max(p.id) from posts p where p.thread_id = threads.id)
        where id >= ${threads[0]!.id} and id <= ${threads.at(-1)!.id}`.execute(tx);
    });
  }
  await sql`${sql.raw(deps.dialect === 'postgres' ? 'analyze' : 'pragma optimize')}`.execute(
    deps.db,
  );
}

/** Database queries each path makes for a signed-in reader (the second request: steady state). */
async function countQueries(deps: Deps, who: { email: string; password: string }, paths: string[]) {
  let count = 0;
  const counter: KyselyPlugin = {
    transformQuery: (args) => {
      count++;
      return args.node;
    },
    transformResult: (args) => Promise.resolve(args.result),
  };
  const app = await buildApp({ ...deps, db: deps.db.withPlugin(counter) });
  await app.ready();
  try {
    const client: Client = await signIn(app, who);
    const counts: Array<{ path: string; status: number; queries: number }> = [];
    for (const path of paths) {
      await client.get(path);
      count = 0;
      const res = await client.get(path);
      counts.push({ path, status: res.statusCode, queries: count });
    }
    return counts;
  } finally {
    await app.close();
  }
}

/** Signs the reader in on the real server and returns the Cookie header of the session. */
async function sessionCookie(baseUrl: string, who: { email: string; password: string }) {
  const visitor = new HttpVisitor();
  const form = await visitor.get(`${baseUrl}/sign-in`);
  const res = await visitor.post(`${baseUrl}/sign-in`, {
    _csrf: csrfFieldOf(form.body, '/sign-in'),
    email: who.email,
    password: who.password,
  });
  if (res.status !== 303) throw new Error(`bench: the reader could not sign in (${res.status})`);
  return [...visitor.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
}

const clock = startClock(20 * 60_000);
const database = await createTestDatabase();
const { deps } = database;
try {
  const themeIds = await createThemes(deps);
  const listTheme = themeIds['social-cohesion']!;
  const threadTheme = themeIds['economic-development']!;
  const reader = await createOfficial(deps, { name: 'Bench Reader', roles: ['facilitator'] });
  const author = await createOfficial(deps, { name: 'Bench Author' });
  const big = await createThread(deps, {
    subject: { kind: 'theme', id: threadTheme },
    authorId: author.id,
    title: `A thread of ${POSTS} posts`,
    body: 'Which **first steps** worked in your city? See [the guide](https://example.org/guide).',
    replies: Array.from({ length: POSTS - 1 }, (_, i) => ({
      authorId: i % 2 ? author.id : reader.id,
      body: `Reply ${i + 1}: in our city we began with a *welcome desk* and a newsletter in four languages.`,
    })),
  });
  const lastPage = Math.ceil(POSTS / PER_PAGE);
  const threadPaths = [`/threads/${big.id}`, `/threads/${big.id}?page=${lastPage}`];
  const listPath = `/discussions/theme/${listTheme}`;
  const listLast = (n: number) => `${listPath}?page=${Math.ceil(n / 30)}`;

  await addThreads(deps, listTheme, author.id, 0, FEW);
  clock.progress(` ${int(POSTS)} posts and ${int(FEW)} threads written`);
  const few = await countQueries(deps, reader, [listPath, listLast(FEW), ...threadPaths]);
  await addThreads(deps, listTheme, author.id, FEW, THREADS);
  clock.progress(` ${int(THREADS)} threads written`);
  const many = await countQueries(deps, reader, [listPath, listLast(THREADS), ...threadPaths]);

  const server = await startProductionServer(database.url);
  let rows;
  try {
    const headers = { cookie: await sessionCookie(server.url, reader) };
    const targets: Target[] = [
      { label: `thread of ${POSTS} posts, page 1`, path: threadPaths[0]!, headers },
      { label: `thread of ${POSTS} posts, page ${lastPage}`, path: threadPaths[1]!, headers },
      { label: `thread list of ${int(THREADS)}, page 1`, path: listPath, headers },
      // A small signed-in page, for scale: what any page rendered per reader costs here.
      { label: 'for scale: e-mail choices', path: '/account/notifications', headers },
    ];
    rows = await benchPages(deps.dialect, server, targets, (line) => clock.progress(line));
  } finally {
    await server.stop();
  }

  console.log(`\nDiscussions on ${deps.dialect}: pages beside a bare node:http server\n`);
  console.log(
    formatTable(
      ['page', 'status', 'KB', 'ours req/s', 'bare req/s', 'ours / bare', 'p99 ms'],
      rows.map((r) => [
        r.label,
        String(r.status),
        kb(r.bytes),
        r.ours ? int(r.ours.rps) : '-',
        r.bare ? int(r.bare.rps) : '-',
        r.ours && r.bare ? pct(r.ours.rps / r.bare.rps) : '-',
        r.ours ? int(r.ours.p99) : '-',
      ]),
    ),
  );
  const failures = rows.reduce((n, r) => n + (r.ours?.failures ?? 0), 0);
  if (failures > 0) console.log(`\n${int(failures)} failed requests: not a measurement.`);
  console.log(`\nDatabase queries per page (signed-in reader, second request)\n`);
  const names = [
    'thread list, page 1',
    'thread list, last page',
    'thread page 1',
    'thread last page',
  ];
  console.log(
    formatTable(
      ['page', `with ${int(FEW)} threads`, `with ${int(THREADS)} threads`, 'same'],
      names.map((name, i) => [
        name,
        `${few[i]!.queries} (${few[i]!.status})`,
        `${many[i]!.queries} (${many[i]!.status})`,
        few[i]!.queries === many[i]!.queries ? 'yes' : 'NO',
      ]),
    ),
  );
  console.log('');
  for (const line of clock.machineLines()) console.log(line);
} finally {
  await database.close();
  clock.finish();
}
