import type { Deps } from '../../src/deps.ts';
import { insertCurriculum } from '../../src/features/curriculum/curriculum.queries.ts';
import { ensureReferenceData } from '../../src/features/curriculum/reference-data.ts';

/** A curriculum with only the summaries given (for fallback tests). */
export async function createCurriculum(
  deps: Deps,
  c: {
    slug: string;
    name: string;
    startYear: number;
    endYear: number;
    summaries: Array<{ language: string; summary: string }>;
    themeIds: number[];
  },
): Promise<number> {
  return insertCurriculum(
    deps.db,
    { validatedOn: null, validatedAtEvent: '', ...c },
    new Date().toISOString(),
  );
}

/** The 2012–2015 curriculum (created with the themes when missing), covering all six themes. */
export async function createCurriculum2012(deps: Deps): Promise<number> {
  return (await ensureReferenceData(deps)).curriculumId;
}
