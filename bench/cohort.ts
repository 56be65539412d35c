import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import type { Db } from '../src/db/database.ts';
import { createCourse } from '../test/factories/courses.ts';
import { createOfficial } from '../test/factories/officials.ts';
import { createOrganisation } from '../test/factories/organisations.ts';
import { createRun, enrol } from '../test/factories/runs.ts';
import { createTestApp } from '../test/support/app.ts';
import { signIn } from '../test/support/sign-in.ts';
import { completeLesson } from '../src/features/courses/progress.service.ts';
import { formatTable, int, ms } from './table.ts';

// `npm run bench:cohort`: the cohort view of a 50-learner run when the platform holds 1,000
// officials, then 100,000 officials and 1,000,000 lesson-progress rows (aim: under 2× slower).
// In-process requests through app.inject(), so the figure is query + rendering, not the network.
// SQLite by default; under scripts/with-postgres.sh the same on PostgreSQL.

const LEARNERS = 50;
const FILLER_RUNS = 20;
const FILLER_LESSONS = 10;
const REQUESTS = 300;

interface Result {
  officials: number;
  progressRows: number;
  median: number;
  p99: number;
}

/** Officials, each enrolled in one of the filler runs and done with all its ten lessons. */
async function fill(db: Db, n: number): Promise<void> {
  const now = new Date().toISOString();
  await sql`
    insert into users (email, name, password_hash, preferred_language, position, is_disabled, is_demo, created_at, updated_at)
    with recursive seq(i) as (select 1 union all select i + 1 from seq where i < ${n})
    select 'filler' || i || '@bench.example', 'Filler official ' || i, 'x', 'en', '', 0, 0, ${now}, ${now} from seq
  `.execute(db);
}

async function measure(totalOfficials: number): Promise<Result> {
  const t = await createTestApp();
  try {
    const org = await createOrganisation(t.deps, { name: 'Bench City', isPartner: true });
    const facilitator = await createOfficial(t.deps, { roles: ['facilitator'] });
    const course = await createCourse(t.deps, {
      organisationId: org.id,
      createdBy: facilitator.id,
      status: 'published',
      modules: [5, 5],
    });
    const run = await createRun(t.deps, course.id, { facilitatorIds: [facilitator.id] });
    const lessons = course.lessonIds.flat();
    for (let i = 0; i < LEARNERS; i++) {
      const learner = await createOfficial(t.deps, { name: `Learner ${i}` });
      const enrolment = await enrol(t.deps, run.id, learner.id);
      for (const lessonId of lessons.slice(0, i % (lessons.length + 1)))
        await completeLesson(t.deps, enrolment.id, lessonId);
    }
    // The rest of the platform: other officials in other runs of another course, all lessons done.
    const filler = await createCourse(t.deps, {
      organisationId: org.id,
      createdBy: facilitator.id,
      status: 'published',
      modules: [FILLER_LESSONS],
    });
    const runIds: number[] = [];
    for (let i = 0; i < FILLER_RUNS; i++) runIds.push((await createRun(t.deps, filler.id)).id);
    const fillers = totalOfficials - LEARNERS - 1;
    await fill(t.deps.db, fillers);
    const now = new Date().toISOString();
    await sql`
      insert into enrolments (run_id, user_id, status, motivation, enrolled_at, created_at, updated_at)
      select ${runIds[0]!} + (u.id % ${FILLER_RUNS}), u.id, 'enrolled', '', ${now}, ${now}, ${now}
      from users u where u.email like 'filler%'
    `.execute(t.deps.db);
    await sql`
      insert into lesson_progress (enrolment_id, lesson_id, completed_at)
      select e.id, l.id, ${now} from enrolments e cross join lessons l
      where e.run_id >= ${runIds[0]!} and e.run_id <= ${runIds.at(-1)!}
        and l.id >= ${filler.lessonIds[0]![0]!} and l.id <= ${filler.lessonIds[0]!.at(-1)!}
    `.execute(t.deps.db);
    if (t.deps.dialect === 'postgres') await sql`analyze`.execute(t.deps.db);
    else await sql`pragma optimize`.execute(t.deps.db);
    const counted = await t.deps.db
      .selectFrom('lesson_progress')
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .executeTakeFirstOrThrow();

    const client = await signIn(t.app, facilitator);
    const url = `/facilitate/runs/${run.id}`;
    const first = await client.get(url);
    if (first.statusCode !== 200 || !first.body.includes('Learner 49'))
      throw new Error(`cohort view answered ${first.statusCode}`);
    for (let i = 0; i < 30; i++) await client.get(url); // warm-up
    const times: number[] = [];
    for (let i = 0; i < REQUESTS; i++) {
      const start = performance.now();
      await client.get(url);
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    return {
      officials: totalOfficials,
      progressRows: Number(counted.n),
      median: times[Math.floor(times.length / 2)]!,
      p99: times[Math.floor(times.length * 0.99)]!,
    };
  } finally {
    await t.close();
  }
}

const small = await measure(1_000);
const large = await measure(100_000);
console.log(`Cohort view of a ${LEARNERS}-learner run (${REQUESTS} requests each, in-process)\n`);
console.log(
  formatTable(
    ['officials', 'progress rows', 'median ms', 'p99 ms'],
    [small, large].map((r) => [int(r.officials), int(r.progressRows), ms(r.median), ms(r.p99)]),
  ),
);
const ratio = large.median / small.median;
console.log(
  `\n100,000 officials vs 1,000: median ${ratio.toFixed(2)}× (aim: under 2×), p99 ${(large.p99 / small.p99).toFixed(2)}×`,
);
