import type { Deps } from '../../deps.ts';
import { AppError } from '../../web/errors.ts';
import type { Actor } from '../accounts/actor.ts';
import { listThemes, type ThemeSummary } from '../curriculum/curriculum.service.ts';
import { foldForSearch } from '../../search/text.ts';
import { organisationExists } from '../organisations/organisations.service.ts';
import { idOf } from '../../web/validation.ts';
import * as q from './experts.queries.ts';
import type { ListFilter } from './experts.schema.ts';

// The public directory of approved experts: search, filters, 24 a page.

export const PAGE_SIZE = 24;

export interface Directory {
  experts: q.Profile[];
  hasMore: boolean;
  themes: ThemeSummary[];
  organisations: Array<{ id: number; name: string }>;
  /** Whether the reader has a profile already (else the page offers to create one). */
  ownSlug: string | undefined;
}

/** One page of approved profiles by name; an unknown theme is a 400 naming the filter. */
export async function listExperts(
  deps: Deps,
  actor: Actor | null,
  f: ListFilter,
  lang: string,
): Promise<Directory> {
  const themes = await listThemes(deps, lang);
  const theme = f.theme ? themes.find((th) => th.slug === f.theme) : undefined;
  if (f.theme && !theme)
    throw new AppError('VALIDATION', 'experts.errors.theme', {
      fields: { theme: 'experts.errors.theme' },
    });
  const organisationId = f.organisation ? (idOf(f.organisation) ?? null) : null;
  if (organisationId !== null && !(await organisationExists(deps, organisationId)))
    throw new AppError('VALIDATION', 'experts.errors.organisation', {
      fields: { organisation: 'experts.errors.organisation' },
    });
  const words = foldForSearch(f.q).split(' ').filter(Boolean).slice(0, 10);
  const rows = await q.selectDirectory(deps.db, {
    words,
    sector: f.sector,
    themeId: theme?.id ?? null,
    language: f.language,
    country: f.country,
    organisationId,
    limit: PAGE_SIZE + 1,
    offset: (f.page - 1) * PAGE_SIZE,
  });
  return {
    experts: rows.slice(0, PAGE_SIZE),
    hasMore: rows.length > PAGE_SIZE,
    themes,
    organisations: await q.selectDirectoryOrganisations(deps.db),
    ownSlug: actor ? (await q.selectProfileOfUser(deps.db, actor.id))?.slug : undefined,
  };
}
