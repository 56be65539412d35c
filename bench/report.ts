import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import type { Db } from '../src/db/database.ts';
import type { Actor } from '../src/features/accounts/actor.ts';
import { computeYearReport, getYearReport } from '../src/features/reports/report.service.ts';
import { createCity } from '../test/factories/organisations.ts';
import { createThemes } from '../test/factories/themes.ts';
import { createTestApp } from '../test/support/app.ts';
import { formatTable, int, ms } from './table.ts';

// `npm run bench:report`: the yearly report service (as a coordinator, so with the list of events)
// for a year with 2,000 events and 50,000 registrations beside a year with 200 events and 5,000,
// both in one database. Aim: under 300 ms, and under 2× the small year's time.
// Two times per year: computed from the data (cold: what the first request after a change pays),
// and served (what getYearReport, the routes' call, costs while the data has not changed: the
// version read, the kept report and the course-run figures read afresh).
// SQLite by default; under scripts/with-postgres.sh the same on PostgreSQL.

const OFFICIALS = 20_000;
const PER_EVENT = 25;

const coordinator: Actor = {
  id: 0,
  name: 'Bench coordinator',
  email: 'bench@example.org',
  preferredLanguage: 'en',
  organisationId: null,
  roles: new Set(['coordinator']),
  partnerOrganisationId: null,
};

/** Officials spread over the cities, with countries and genders to count; the first id. */
async function fillOfficials(db: Db, cityIds: number[]): Promise<number> {
  const now = new Date().toISOString();
  await sql`
    insert into users (email, name, password_hash, preferred_language, position, organisation_id, country, gender, is_disabled, is_demo, created_at, updated_at)
    with recursive seq(i) as (select 1 union all select i + 1 from seq where i < ${sql.lit(OFFICIALS)})
    select 'bench' || i || '@bench.example', 'Bench official ' || i, 'x', 'en', '',
      ${sql.lit(cityIds[0]!)} + (i % ${sql.lit(cityIds.length)}), case when i % 3 = 0 then 'BE' else 'ZA' end,
      case when i % 2 = 0 then 'female' else 'male' end, 0, 0, ${now}, ${now} from seq
  `.execute(db);
  const first = await db
    .selectFrom('users')
    .where('email', 'like', 'bench%')
    .select((eb) => eb.fn.min('id').as('id'))
    .executeTakeFirstOrThrow();
  return Number(first.id);
}

/** `events` events held in `year`, each with a theme, an organiser and PER_EVENT registrations. */
async function fillYear(
  db: Db,
  year: number,
  events: number,
  ctx: { cityIds: number[]; themeIds: number[]; firstUser: number },
): Promise<void> {
  const { cityIds, themeIds, firstUser } = ctx;
  const now = new Date().toISOString();
  await sql`
    insert into events (slug, kind, status, organisation_id, starts_at, ends_at, time_zone, venue_city_id, created_at, updated_at)
    with recursive seq(i) as (select 1 union all select i + 1 from seq where i < ${sql.lit(events)})
    select ${`bench-${year}-`} || i,
      case i % 3 when 0 then 'workshop' when 1 then 'webinar' else 'study_visit' end, 'held',
      ${sql.lit(cityIds[0]!)} + (i % ${sql.lit(cityIds.length)}),
      ${`${year}-03-01T09:00:00.000Z`}, ${`${year}-03-01T11:00:00.000Z`}, 'Europe/Brussels',
      ${sql.lit(cityIds[0]!)} + (i % ${sql.lit(cityIds.length)}), ${now}, ${now} from seq
  `.execute(db);
  const slugs = `bench-${year}-%`;
  await sql`insert into event_translations (event_id, language, title, description)
    select id, 'en', 'Bench event ' || id, '' from events where slug like ${slugs}`.execute(db);
  for (const [k, themeId] of themeIds.entries())
    await sql`insert into event_themes (event_id, theme_id)
      select id, ${sql.lit(themeId)} from events
      where slug like ${slugs} and id % ${sql.lit(themeIds.length)} = ${sql.lit(k)}`.execute(db);
  await sql`insert into event_organisers (event_id, organisation_id)
    select id, organisation_id from events where slug like ${slugs}`.execute(db);
  for (let j = 0; j < PER_EVENT; j++)
    await sql`
      insert into registrations (event_id, user_id, status, registered_at, created_at, updated_at)
      select e.id, ${sql.lit(firstUser)} + ((e.id * ${sql.lit(PER_EVENT)} + ${sql.lit(j)}) % ${sql.lit(OFFICIALS)}),
        case when (e.id + ${sql.lit(j)}) % 5 = 0 then 'no_show' else 'attended' end, ${now}, ${now}, ${now}
      from events e where e.slug like ${slugs}
    `.execute(db);
  await sql`
    insert into evaluations (event_id, user_id, satisfaction, usefulness, relevance, will_apply, comments, created_at)
    select r.event_id, r.user_id, 1 + (r.id % 5), 1 + (r.id % 4), 1 + (r.id % 3), '', '', ${now}
    from registrations r join events e on e.id = r.event_id where e.slug like ${slugs} and r.id % 4 = 0
  `.execute(db);
}

async function time(run: () => Promise<unknown>, n = 30): Promise<number> {
  for (let i = 0; i < 5; i++) await run(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(n / 2)]!;
}

const t = await createTestApp();
try {
  const { db } = t.deps;
  const themeIds = Object.values(await createThemes(t.deps));
  const cityIds: number[] = [];
  for (let i = 0; i < 50; i++) cityIds.push((await createCity(t.deps, { name: `City ${i}` })).id);
  const firstUser = await fillOfficials(db, cityIds);
  await fillYear(db, 2013, 200, { cityIds, themeIds, firstUser });
  await fillYear(db, 2014, 2_000, { cityIds, themeIds, firstUser });
  if (t.deps.dialect === 'postgres') await sql`analyze`.execute(db);
  else await sql`pragma optimize`.execute(db);
  const rows = [];
  for (const year of [2013, 2014]) {
    const report = await getYearReport(t.deps, coordinator, year, 'en');
    const computed = await time(() => computeYearReport(t.deps, coordinator, year, 'en'));
    const served = await time(() => getYearReport(t.deps, coordinator, year, 'en'));
    rows.push({
      year,
      events: report.eventsHeld,
      regs: report.attendance.registered,
      computed,
      served,
    });
  }
  console.log(`Yearly report service, as a coordinator (${t.deps.dialect}, medians of 30)\n`);
  console.log(
    formatTable(
      ['year', 'events held', 'registrations', 'computed (cold) ms', 'served ms'],
      rows.map((r) => [String(r.year), int(r.events), int(r.regs), ms(r.computed), ms(r.served)]),
    ),
  );
  const [small, big] = rows as [(typeof rows)[0], (typeof rows)[0]];
  const line = (label: string, key: 'computed' | 'served') =>
    `${label}: ${ms(big[key])} ms (aim: under 300 ms), ` +
    `ratio ${(big[key] / small[key]).toFixed(2)}× (aim: under 2×)`;
  console.log(
    `\n2,000 events vs 200\n${line('  computed (cold)', 'computed')}\n${line('  served', 'served')}`,
  );
} finally {
  await t.close();
}
