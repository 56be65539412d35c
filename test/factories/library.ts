import { createHash } from 'node:crypto';
import type { Deps } from '../../src/deps.ts';
import { nowIso } from '../../src/db/database.ts';
import { storeUpload } from '../../src/files/files.service.ts';
import {
  insertResource,
  insertResourceFile,
  type NewResource,
} from '../../src/features/library/resource-write.queries.ts';
import { indexResource } from '../../src/features/library/search-index.ts';
import { createThemes } from './themes.ts';

export interface ResourceFileOptions {
  bytes: Buffer;
  name: string;
  mediaType?: string;
  language?: string;
  /** The text already extracted (the file is then searchable at once); else it waits for the job. */
  text?: string;
}

export interface ResourceOptions {
  organisationId: number;
  kind?: string;
  status?: NewResource['status'];
  /** Title per language; `title` alone is English. */
  titles?: Record<string, string>;
  title?: string;
  summaries?: Record<string, string>;
  languages?: string[];
  countries?: string[];
  regions?: string[];
  /** Themes by slug (e.g. "education-youth"); none by default. */
  themeSlugs?: string[];
  year?: number | null;
  licence?: string;
  authors?: string;
  linkUrl?: string;
  publisherIds?: number[];
  isDemo?: boolean;
  createdBy?: number | null;
  files?: ResourceFileOptions[];
  /** When it was created (and published, if published). */
  at?: Date;
}

let counter = 0;

/** A library resource, published unless told otherwise, indexed for search. */
export async function createResource(
  deps: Deps,
  o: ResourceOptions,
): Promise<{ id: number; slug: string }> {
  counter++;
  const themes = await createThemes(deps);
  const titles = o.titles ?? { en: o.title ?? `Test resource ${counter}` };
  const at = nowIso(o.at);
  return deps.db.transaction().execute(async (tx) => {
    const created = await insertResource(
      tx,
      {
        kind: o.kind ?? 'toolkit',
        organisationId: o.organisationId,
        status: o.status ?? 'published',
        year: o.year === undefined ? 2013 : o.year,
        licence: o.licence ?? 'cc-by-4.0',
        authors: o.authors ?? '',
        linkUrl: o.linkUrl ?? '',
        languages: o.languages ?? Object.keys(titles),
        countries: o.countries ?? [],
        regions: o.regions ?? [],
        isDemo: o.isDemo ?? false,
        createdBy: o.createdBy ?? null,
        translations: Object.entries(titles).map(([language, title]) => ({
          language,
          title,
          summary: o.summaries?.[language] ?? '',
        })),
        themeIds: (o.themeSlugs ?? []).map((slug) => {
          const id = themes[slug];
          if (id === undefined) throw new Error(`no theme ${slug}`);
          return id;
        }),
        publisherIds: o.publisherIds ?? [o.organisationId],
      },
      at,
    );
    for (const f of o.files ?? []) {
      const file = await storeUpload(tx, {
        name: f.name,
        mediaType: f.mediaType ?? 'application/pdf',
        size: f.bytes.length,
        sha256: createHash('sha256').update(f.bytes).digest('hex'),
        bytes: f.bytes,
      });
      await insertResourceFile(
        tx,
        {
          resourceId: created.id,
          fileId: file.id,
          fileName: f.name,
          language: f.language ?? 'en',
          createdBy: o.createdBy ?? null,
          extractedText: f.text,
        },
        at,
      );
    }
    await indexResource(tx, deps.dialect, created.id);
    return created;
  });
}
