import type { Deps } from '../../deps.ts';
import { AppError } from '../../web/errors.ts';
import type { Actor } from '../accounts/actor.ts';
import { actsForOrganisation, canEditResource, canSeeResource } from './library.policy.ts';
import { selectMonthlyDownloads, selectTotalDownloads } from './resource-download.queries.ts';
import { selectResourceFiles, type ResourceFileRow } from './resource-files.queries.ts';
import * as q from './resource-page.queries.ts';
import { selectRelatedResources, type ResourceLink } from './related.queries.ts';
import {
  selectChoices,
  selectUses,
  type Choice,
  type ResourceUse,
  type UseKind,
} from './resource-uses.queries.ts';

// A resource's page: what everyone who may see it reads, and what its editors and coordinators
// see besides (download counts per month, where-used choices, links to the editor).

export const NOT_FOUND_KEY = 'resources.errors.notFound';
const RELATED_LIMIT = 5;
const MONTHS_SHOWN = 12;
// What a slug may be (organisations/names.ts slugBase + freeSlug); anything else names nothing.
const SLUG = /^[a-z0-9-]{1,200}$/;

export interface ResourcePageData {
  resource: q.ResourceRow;
  /** The title and summary shown, and whether they are in another language than the reader's. */
  text: q.ResourceText & { isFallback: boolean };
  themes: q.NamedLink[];
  publishers: q.NamedLink[];
  experts: q.NamedLink[];
  files: ResourceFileRow[];
  related: ResourceLink[];
  uses: ResourceUse[];
  downloads: { total: number; months: Array<{ month: string; count: number }> | null };
  /** What the reader may do: edit the resource (and where it is used). */
  canEdit: boolean;
  choices: Record<UseKind, Choice[]> | null;
}

/** The resource of this slug if the actor may see it; else NOT_FOUND (drafts are not admitted to). */
export async function loadVisibleResource(
  deps: Deps,
  actor: Actor | null,
  slug: string,
): Promise<q.ResourceRow> {
  const resource = SLUG.test(slug) ? await q.selectResourceBySlug(deps.db, slug) : undefined;
  if (!resource || !canSeeResource(actor, resource)) throw new AppError('NOT_FOUND', NOT_FOUND_KEY);
  return resource;
}

/** The text in the reader's language, else in the resource's first language that has one. */
function pickText(texts: q.ResourceText[], lang: string, languages: string[]) {
  const preference = [lang, ...languages, 'en'];
  const found = preference
    .map((l) => texts.find((x) => x.language === l))
    .find((x) => x !== undefined) ??
    texts[0] ?? { language: lang, title: '', summary: '' };
  return { ...found, isFallback: found.language !== lang };
}

/** The last `n` UTC months, newest first, as YYYY-MM. */
export function lastMonths(now: Date, n: number): string[] {
  const months: string[] = [];
  for (let i = 0; i < n; i++) {
    const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - i, 1));
    months.push(d.toISOString().slice(0, 7));
  }
  return months;
}

/** Everything the resource page shows to this actor; 404 for a resource they may not see. */
export async function getResourcePage(
  deps: Deps,
  actor: Actor | null,
  lang: string,
  slug: string,
): Promise<ResourcePageData> {
  const resource = await loadVisibleResource(deps, actor, slug);
  const { db } = deps;
  const canEdit = canEditResource(actor, resource);
  const seesCounts = actsForOrganisation(actor, resource.organisationId);
  const months = lastMonths(new Date(), MONTHS_SHOWN);
  const [texts, themes, publishers, experts, files, related, uses, total, monthly, choices] =
    await Promise.all([
      q.selectResourceTexts(db, resource.id),
      q.selectResourceThemes(db, resource.id, lang),
      q.selectPublishers(db, resource.id),
      q.selectExpertAuthors(db, resource.id),
      selectResourceFiles(db, resource.id, 'language'),
      selectRelatedResources(db, resource.id, lang, RELATED_LIMIT),
      selectUses(db, resource.id, lang),
      selectTotalDownloads(db, resource.id),
      seesCounts ? selectMonthlyDownloads(db, resource.id, months.at(-1)!) : Promise.resolve([]),
      canEdit ? selectChoices(db, lang) : Promise.resolve(null),
    ]);
  const counts = new Map(monthly.map((m) => [m.month, m.count]));
  return {
    resource,
    text: pickText(texts, lang, resource.languages),
    themes,
    publishers,
    experts,
    files,
    related,
    // The public sees only what it may open; editors see every link they made.
    uses: canEdit ? uses : uses.filter((u) => u.isPublic),
    downloads: {
      total,
      months: seesCounts ? months.map((month) => ({ month, count: counts.get(month) ?? 0 })) : null,
    },
    canEdit,
    choices,
  };
}
