import { createHash } from 'node:crypto';
import { textPdf } from '../../../test/factories/pdf.ts';
import type { Deps } from '../../deps.ts';
import { ensureReferenceData } from '../../features/curriculum/reference-data.ts';
import {
  insertResource,
  insertResourceChange,
  insertResourceFile,
} from '../../features/library/resource-write.queries.ts';
import { indexResource } from '../../features/library/search-index.ts';
import { storeUpload } from '../../files/index.ts';
import { worldRegionOf } from '../../web/countries.ts';
import { DEMO_EXPERTS } from './demo-experts.ts';
import { DEMO_OFFICIALS } from './demo-officials.ts';
import {
  DEMO_RESOURCES,
  DEMO_WORKFLOW_RESOURCES,
  OUTCOME_DOCUMENT,
  type DemoResource,
} from './demo-library-data.ts';
import {
  insertResourceExperts,
  insertResourceUse,
  selectEventIdBySlug,
} from './demo-library.queries.ts';

// Loads the demo library (demo-library-data.ts) in the seed's transaction: each resource with its
// real PDFs, their text already extracted (what the extraction job would find, so the demo is
// searchable at once), its search index row, its authors, where it is used and its changes.
// test/factories/library.ts opens its own transaction, which the seed's cannot nest, hence this.

type Ids = ReadonlyMap<string, number>;

const EDITOR = 'editor.iom@demo.lphm.example';
const COORDINATOR = 'coordinator@demo.lphm.example';

interface Context {
  deps: Deps;
  themeIds: Record<string, number>;
  organisationIds: Ids;
  userIds: Ids;
  courseIds: Ids;
  expertIds: Ids;
}

/** Adds the demo resources: published ones, the outcome document and the editor's workflow. */
export async function loadDemoLibrary(
  deps: Deps,
  organisationIds: Ids,
  userIds: Ids,
  courseIds: Ids,
  expertIds: Ids,
): Promise<void> {
  const { themeIds } = await ensureReferenceData(deps);
  const ctx = { deps, themeIds, organisationIds, userIds, courseIds, expertIds };
  const all = [OUTCOME_DOCUMENT, ...DEMO_RESOURCES, ...DEMO_WORKFLOW_RESOURCES];
  for (const [i, r] of all.entries())
    // Added to the library over 2013, one every few days, in this order.
    await addResource(ctx, r, new Date(Date.UTC(2013, 0, 10 + i * 7, 9)).toISOString());
}

/** Experts' names by key (two experts are demo learners, named in demo-officials.ts). */
const expertNames = new Map(
  DEMO_EXPERTS.map((x) => [
    x.key,
    x.name ?? DEMO_OFFICIALS.find((o) => o.email === x.email)?.name ?? '',
  ]),
);

async function addResource(ctx: Context, r: DemoResource, at: string): Promise<void> {
  const { deps } = ctx;
  const db = deps.db;
  const owner = ctx.organisationIds.get(r.owner)!;
  const workflow = r.status !== undefined;
  const createdBy = workflow ? ctx.userIds.get(EDITOR)! : null;
  const countries = r.countries ?? [];
  const authors = (r.authors ?? []).map((key) => expertNames.get(key)!);
  const { id, slug } = await insertResource(
    db,
    {
      kind: r.kind,
      organisationId: owner,
      status: r.status ?? 'published',
      year: r.year,
      licence: r.licence ?? 'cc-by-4.0',
      authors: authors.join('\n'),
      linkUrl: r.link ?? '',
      languages: Object.keys(r.files ?? r.titles),
      countries,
      regions: [...new Set(countries.map(worldRegionOf).filter((x) => x !== null))],
      isDemo: true,
      createdBy,
      translations: Object.entries(r.titles).map(([language, title]) => ({
        language,
        title,
        summary: r.summaries[language] ?? '',
      })),
      themeIds: r.themes.map((slug) => ctx.themeIds[slug]!),
      publisherIds: [owner, ...(r.copublishers ?? []).map((s) => ctx.organisationIds.get(s)!)],
    },
    at,
  );
  for (const [language, paragraphs] of Object.entries(r.files ?? {})) {
    const title = r.titles[language] ?? Object.values(r.titles)[0]!;
    const bytes = await textPdf({ title, paragraphs });
    const name = `${slug.slice(0, 80)}-${language}.pdf`;
    const file = await storeUpload(db, {
      name,
      mediaType: 'application/pdf',
      size: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      bytes,
    });
    await insertResourceFile(
      db,
      {
        resourceId: id,
        fileId: file.id,
        fileName: name,
        language,
        createdBy,
        extractedText: [title, ...paragraphs].join('\n\n'),
      },
      at,
    );
  }
  await indexResource(db, deps.dialect, id);
  await insertResourceExperts(
    db,
    id,
    (r.authors ?? []).map((key) => ctx.expertIds.get(key)!),
  );
  if (r.usedIn?.course)
    await insertResourceUse(
      db,
      { resourceId: id, courseId: ctx.courseIds.get(r.usedIn.course)! },
      at,
    );
  if (r.usedIn?.event) {
    const eventId = await selectEventIdBySlug(db, r.usedIn.event);
    if (eventId !== undefined) await insertResourceUse(db, { resourceId: id, eventId }, at);
  }
  await insertResourceChange(db, { resourceId: id, actorId: createdBy, action: 'created' }, at);
  if (r.status === 'in_review')
    await insertResourceChange(db, { resourceId: id, actorId: createdBy, action: 'submitted' }, at);
  if (!workflow)
    await insertResourceChange(
      db,
      { resourceId: id, actorId: ctx.userIds.get(COORDINATOR) ?? null, action: 'published' },
      at,
    );
}
