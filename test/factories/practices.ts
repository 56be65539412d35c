import type { Deps } from '../../src/deps.ts';
import { insertPractice } from '../../src/features/cityshare/practice.queries.ts';
import { freeSlug } from '../../src/features/organisations/names.ts';
import { practiceSlugBase } from '../../src/features/cityshare/practice.schema.ts';
import { selectSlugsStartingWith } from '../../src/db/slugs.queries.ts';
import { createThemes } from './themes.ts';

export interface PracticeOptions {
  organisationId: number;
  /** The theme by id, or by slug (e.g. "education-youth"); the first theme otherwise. */
  themeId?: number;
  themeSlug?: string;
  title?: string;
  status?: 'draft' | 'published';
  language?: string;
  problem?: string;
  approach?: string;
  results?: string;
  resources?: string;
  successFactors?: string;
  transferability?: string;
  transferableTo?: string;
  contacts?: string;
  isDemo?: boolean;
  createdBy?: number | null;
  /** When it was created (and published, if published). */
  at?: Date;
}

let counter = 0;

/** A good practice of a city, published unless told otherwise, with every section filled in. */
export async function createPractice(
  deps: Deps,
  o: PracticeOptions,
): Promise<{ id: number; slug: string }> {
  counter++;
  const themeIds = await createThemes(deps);
  const themeId = o.themeId ?? (o.themeSlug ? themeIds[o.themeSlug] : Object.values(themeIds)[0]);
  if (themeId === undefined) throw new Error(`no theme ${o.themeSlug}`);
  const title = o.title ?? `Test practice ${counter}`;
  const base = practiceSlugBase(title);
  const slug = freeSlug(base, await selectSlugsStartingWith(deps.db, 'practices', base));
  const id = await insertPractice(
    deps.db,
    {
      slug,
      organisationId: o.organisationId,
      themeId,
      status: o.status ?? 'published',
      language: o.language ?? 'en',
      title,
      problem: o.problem ?? 'Newcomers did not know where to turn.',
      approach: o.approach ?? 'A single welcome desk at the town hall.',
      results: o.results ?? '1,200 visitors in the first year.',
      resources: o.resources ?? 'Two staff members.',
      success_factors: o.successFactors ?? 'Support from the mayor.',
      transferability: o.transferability ?? 'High.',
      transferable_to: o.transferableTo ?? 'Mid-sized cities.',
      contacts: o.contacts ?? 'welcome@example.org',
      isDemo: o.isDemo ?? false,
      createdBy: o.createdBy ?? null,
    },
    (o.at ?? new Date()).toISOString(),
  );
  return { id, slug };
}
