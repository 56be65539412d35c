import { inTransaction } from '../../src/db/database.ts';
import type { Deps } from '../../src/deps.ts';
import { insertAssessment } from '../../src/features/cityshare/assessment-write.queries.ts';
import { insertCityCoordinator } from '../../src/features/cityshare/city-members.queries.ts';
import { THEME_SLUGS } from '../../src/features/cityshare/complementarity.ts';
import { createOfficial, type CreatedOfficial, type OfficialOptions } from './officials.ts';
import { createThemes } from './themes.ts';

/** A member of the city who is also one of its city coordinators. */
export async function createCityCoordinator(
  deps: Deps,
  cityId: number,
  options: OfficialOptions = {},
): Promise<CreatedOfficial> {
  const official = await createOfficial(deps, { ...options, organisationId: cityId });
  await insertCityCoordinator(
    deps.db,
    { organisationId: cityId, userId: official.id, grantedBy: null },
    new Date().toISOString(),
  );
  return official;
}

export interface AssessmentOptions {
  /** Six digits 0–4 in THEME_SLUGS order, e.g. "403120". */
  strengths: string;
  needs: string;
  isPrivate?: boolean;
  priorities?: string;
  evidence?: string;
  createdBy?: number | null;
  isDemo?: boolean;
  at?: Date;
}

/** A self-assessment that becomes the city's current one. */
export async function createAssessment(
  deps: Deps,
  cityId: number,
  o: AssessmentOptions,
): Promise<number> {
  const themeIds = await createThemes(deps);
  return inTransaction(deps.db, (tx) =>
    insertAssessment(
      tx,
      {
        organisationId: cityId,
        isPrivate: o.isPrivate ?? false,
        priorities: o.priorities ?? '',
        levels: THEME_SLUGS.map((slug, i) => ({
          themeId: themeIds[slug]!,
          strength: Number(o.strengths[i]),
          need: Number(o.needs[i]),
          evidence: o.evidence ?? '',
        })),
        strengths: o.strengths,
        needs: o.needs,
        createdBy: o.createdBy ?? null,
        isDemo: o.isDemo ?? false,
      },
      (o.at ?? new Date()).toISOString(),
    ),
  );
}
