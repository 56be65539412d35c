import type { Deps } from '../../src/deps.ts';
import { nowIso } from '../../src/db/database.ts';
import { insertExpert, type NewExpert } from '../../src/features/experts/expert-write.queries.ts';
import { foldForSearch } from '../../src/search/text.ts';
import { createOfficial, type CreatedOfficial, type OfficialOptions } from './officials.ts';
import { createThemes } from './themes.ts';

export interface ExpertOptions {
  /** The official the profile belongs to; a new one (with `official` options) otherwise. */
  userId?: number;
  official?: OfficialOptions;
  sector?: string;
  organisationId?: number | null;
  country?: string | null;
  languages?: string[];
  biography?: string;
  status?: NewExpert['status'];
  themeSlugs?: string[];
  isDemo?: boolean;
}

let counter = 0;

/** An expert profile, approved unless told otherwise, with its official. */
export async function createExpert(
  deps: Deps,
  o: ExpertOptions = {},
): Promise<{ id: number; slug: string; official: CreatedOfficial | null; userId: number }> {
  counter++;
  const themes = await createThemes(deps);
  const official = o.userId === undefined ? await createOfficial(deps, o.official) : null;
  const userId = o.userId ?? official!.id;
  const user = await deps.db
    .selectFrom('users')
    .select(['name', 'organisation_id', 'country'])
    .where('id', '=', userId)
    .executeTakeFirstOrThrow();
  const biography = o.biography ?? `Works on local migration governance (${counter}).`;
  const created = await insertExpert(
    deps.db,
    {
      userId,
      name: user.name,
      sector: o.sector ?? 'academic',
      organisationId: o.organisationId === undefined ? user.organisation_id : o.organisationId,
      country: o.country === undefined ? user.country : o.country,
      languages: o.languages ?? ['en'],
      biography,
      searchText: foldForSearch(`${user.name} ${biography}`),
      status: o.status ?? 'approved',
      isDemo: o.isDemo ?? false,
      themeIds: (o.themeSlugs ?? []).map((slug) => {
        const id = themes[slug];
        if (id === undefined) throw new Error(`no theme ${slug}`);
        return id;
      }),
    },
    nowIso(),
  );
  return { ...created, official, userId };
}
