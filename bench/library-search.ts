import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import type { Db } from '../src/db/database.ts';
import type { Deps } from '../src/deps.ts';
import { RESOURCE_KINDS } from '../src/features/library/resource-kinds.ts';
import { foldForSearch } from '../src/search/text.ts';
import { searchSchema } from '../src/features/library/search.schema.ts';
import { searchLibrary } from '../src/features/library/search.service.ts';
import { WORLD_REGIONS } from '../src/web/countries.ts';
import { createOrganisation } from '../test/factories/organisations.ts';
import { createThemes } from '../test/factories/themes.ts';
import { createTestDatabase } from '../test/support/database.ts';
import { startClock } from './clock.ts';
import { formatTable, int, ms } from './table.ts';

// `npm run bench:library`: the library search over 100,000 published resources (SQLite, or
// PostgreSQL when DATABASE_URL is set, e.g. through scripts/with-postgres.sh). The resources are
// written in bulk (the index rows too, folded as search-index.ts folds them) from a fixed
// vocabulary (seeded, so every run sees the same data): a rare word in 10 resources, a common word
// in a quarter of them, and a two-word phrase in 2% (its words also appear apart elsewhere). Then
// searchLibrary (the whole service: facet index, matching ids, counts, the page's texts) for each
// query with and without facet filters, median and p99, beside a lookup of one resource by primary
// key in the same run. Aim: every search under 50 ms at the median.

const RESOURCES = Number(process.env.BENCH_RESOURCES ?? 100_000);
const ORGANISATIONS = 200;
const RUNS = 41;
const RARE = 'quokkaplan';
const COMMON = 'integration';
const PHRASE = ['social', 'cohesion'];
const VOCABULARY = `city migrant mobility welcome housing labour market school language health
  refugee return diaspora network policy local regional authority partner toolkit report training
  data evidence dialogue participation youth women rights inclusion diversity planning urban rural
  transport climate displacement remittance skills recognition service access community leader
  mediation reception settlement citizenship governance coordination budget monitoring indicator
  practice exchange twinning partnership cohesion social cultural economic development education`
  .split(/\s+/)
  .filter(Boolean);

/** mulberry32: a small seeded generator. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function fill(deps: Deps): Promise<void> {
  const rnd = random(20130928);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const words = (n: number) => Array.from({ length: n }, () => pick(VOCABULARY)).join(' ');
  const themeIds = Object.values(await createThemes(deps));
  const orgIds: number[] = [];
  for (let i = 0; i < ORGANISATIONS; i++)
    orgIds.push((await createOrganisation(deps, { name: `Bench partner ${i}` })).id);
  const rareEvery = Math.floor(RESOURCES / 10);
  const at = new Date(Date.UTC(2020, 0, 1)).getTime();
  const BATCH = 500;
  for (let start = 0; start < RESOURCES; start += BATCH) {
    await deps.db.transaction().execute(async (tx) => {
      const rows = [];
      for (let i = start; i < Math.min(RESOURCES, start + BATCH); i++) {
        const title = `${words(3)}${i % 8 === 0 ? ` ${COMMON}` : ''} ${words(2)}`;
        const extra = [
          i % rareEvery === 7 ? RARE : '',
          i % 50 === 3 ? PHRASE.join(' ') : '',
          i % 8 === 4 ? COMMON : '',
        ];
        const summary = `${words(12)} ${extra.join(' ')} ${words(12)}`;
        const iso = new Date(at + i * 60_000).toISOString();
        rows.push({ i, title, summary, iso });
      }
      const ids = await insertResources(tx, rows, {
        kind: () => pick(RESOURCE_KINDS),
        org: () => pick(orgIds),
        year: () => 1995 + Math.floor(rnd() * 31),
        region: () => pick(WORLD_REGIONS),
      });
      await tx
        .insertInto('resource_translations')
        .values(
          rows.map((r, k) => ({
            resource_id: ids[k]!.id,
            language: 'en',
            title: r.title,
            summary: r.summary,
          })),
        )
        .execute();
      await tx
        .insertInto('resource_themes')
        .values(
          ids.flatMap(({ id }) =>
            [...new Set([pick(themeIds), pick(themeIds)])].map((theme_id) => ({
              resource_id: id,
              theme_id,
            })),
          ),
        )
        .execute();
      await tx
        .insertInto('resource_organisations')
        .values(ids.map(({ id, org }) => ({ resource_id: id, organisation_id: org, position: 0 })))
        .execute();
      await writeIndex(
        tx,
        deps.dialect,
        rows.map((r, k) => ({
          id: ids[k]!.id,
          title: foldForSearch(r.title),
          body: foldForSearch(r.summary),
        })),
      );
    });
  }
}

async function insertResources(
  db: Db,
  rows: Array<{ i: number; iso: string }>,
  pick: { kind(): string; org(): number; year(): number; region(): string },
): Promise<Array<{ id: number; org: number }>> {
  const values = rows.map((r) => ({
    slug: `bench-${r.i}`,
    kind: pick.kind(),
    organisation_id: pick.org(),
    status: 'published',
    year: pick.year(),
    languages: '["en"]',
    regions: JSON.stringify([pick.region()]),
    created_at: r.iso,
    updated_at: r.iso,
    published_at: r.iso,
  }));
  const inserted = await db
    .insertInto('resources')
    .values(values)
    .returning(['id', 'organisation_id'])
    .execute();
  return inserted.map((r) => ({ id: Number(r.id), org: Number(r.organisation_id) }));
}

async function writeIndex(
  db: Db,
  dialect: Deps['dialect'],
  rows: Array<{ id: number; title: string; body: string }>,
): Promise<void> {
  const values = sql.join(
    rows.map((r) =>
      dialect === 'postgres'
        ? sql`(${r.id}, to_tsvector('simple', ${r.title}), to_tsvector('simple', ${r.body}))`
        : sql`(${r.id}, ${r.title}, ${r.body})`,
    ),
  );
  if (dialect === 'postgres')
    await sql`INSERT INTO resource_search (resource_id, title, body) VALUES ${values}`.execute(db);
  else await sql`INSERT INTO resource_search (rowid, title, body) VALUES ${values}`.execute(db);
}

async function time(
  runs: number,
  f: (run: number) => Promise<unknown>,
): Promise<{ median: number; p99: number }> {
  const walls: number[] = [];
  for (let run = 0; run < runs; run++) {
    const t0 = performance.now();
    await f(run);
    walls.push(performance.now() - t0);
  }
  walls.sort((a, b) => a - b);
  return {
    median: walls[Math.floor(walls.length / 2)]!,
    p99: walls[Math.min(walls.length - 1, Math.ceil(walls.length * 0.99) - 1)]!,
  };
}

const clock = startClock(20 * 60_000);
const database = await createTestDatabase();
const { deps } = database;
try {
  const t0 = performance.now();
  await fill(deps);
  clock.progress(`${int(RESOURCES)} resources written in ${ms((performance.now() - t0) / 1000)} s`);
  // As autovacuum would have done after such a load (GIN pending lists merged, statistics read).
  if (deps.dialect === 'postgres') await sql`VACUUM ANALYZE`.execute(deps.db);
  const search = (query: Record<string, string | string[]>) =>
    searchLibrary(deps, null, 'en', searchSchema.parse(query));
  const c0 = performance.now();
  const browse = await search({});
  const cold = performance.now() - c0;
  const filter = { kind: 'report', theme: 'education-youth' };
  const cases: Array<[string, Record<string, string | string[]>]> = [
    ['no query (browse)', {}],
    ['no query, kind + theme', filter],
    [`rare word "${RARE}"`, { q: RARE }],
    ['rare word, kind + theme', { q: RARE, ...filter }],
    [`common word "${COMMON}"`, { q: COMMON }],
    ['common word, kind + theme', { q: COMMON, ...filter }],
    [`phrase "${PHRASE.join(' ')}"`, { q: `"${PHRASE.join(' ')}"` }],
    ['phrase, kind + theme', { q: `"${PHRASE.join(' ')}"`, ...filter }],
    ['common word, page 50', { q: COMMON, page: '50' }],
  ];
  const rows: string[][] = [];
  const lookup = await time(RUNS * 5, (run) =>
    deps.db
      .selectFrom('resources')
      .selectAll()
      .where('id', '=', 1 + ((run * 7919) % RESOURCES))
      .executeTakeFirst(),
  );
  for (const [name, query] of cases) {
    const found = await search(query);
    const t = await time(RUNS, () => search(query));
    rows.push([
      name,
      int(found.total),
      ms(t.median),
      ms(t.p99),
      `${int(t.median / lookup.median)}×`,
    ]);
  }
  rows.push(['primary-key lookup', '1', ms(lookup.median), ms(lookup.p99), '1×']);
  console.log(
    `\nLibrary search over ${int(RESOURCES)} published resources on ${deps.dialect} (${int(browse.total)} indexed; facet index loaded in ${ms(cold)} ms, first call)\n`,
  );
  console.log(formatTable(['search', 'results', 'median ms', 'p99 ms', 'vs lookup'], rows));
  console.log('');
  for (const line of clock.machineLines()) console.log(line);
} finally {
  await database.close();
  clock.finish();
}
