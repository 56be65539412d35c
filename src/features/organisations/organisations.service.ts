import type { Deps } from '../../deps.ts';
import { AppError } from '../../web/errors.ts';
import { requireActor, type Actor } from '../accounts/actor.ts';
import { selectDirectoryPage, type DirectoryRow } from './directory.queries.ts';
import * as q from './organisations.queries.ts';
import { canEditOrganisation } from './organisations.policy.ts';
import { encodeCursor, type DirectoryFilter } from './organisations.schema.ts';

export type { Organisation } from './organisations.queries.ts';
export type { DirectoryRow } from './directory.queries.ts';
export type OrganisationChoice = { id: number; name: string; kind: string };

export const DIRECTORY_PAGE_SIZE = 50;

// Slugs are made by slugBase; anything else in the address cannot name an organisation (and
// characters such as NUL must not reach the database).
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

async function findBySlug(deps: Deps, slug: string): Promise<q.Organisation> {
  const organisation =
    slug.length <= 100 && SLUG.test(slug)
      ? await q.selectOrganisationBySlug(deps.db, slug)
      : undefined;
  if (!organisation) throw new AppError('NOT_FOUND', 'organisations.errors.notFound');
  return organisation;
}

/** All organisations by name, for forms where an official says which one they belong to. */
export async function listOrganisationChoices(deps: Deps): Promise<OrganisationChoice[]> {
  return q.selectOrganisationChoices(deps.db);
}

/** Whether an organisation with this id exists (to check an official's choice). */
export async function organisationExists(deps: Deps, id: number): Promise<boolean> {
  return q.selectOrganisationIdExists(deps.db, id);
}

/** One page of the public directory, and the cursor of the next page when there is one. */
export async function listDirectory(
  deps: Deps,
  actor: Actor | null,
  filter: DirectoryFilter,
): Promise<{ entries: DirectoryRow[]; next: string | null; canCreate: boolean }> {
  // One row more than a page tells whether a next page exists, without counting.
  const rows = await selectDirectoryPage(deps.db, {
    kind: filter.kind,
    country: filter.country,
    worldRegion: filter.world_region,
    partnersOnly: filter.partners,
    search: filter.q,
    after: filter.after,
    limit: DIRECTORY_PAGE_SIZE + 1,
  });
  const entries = rows.slice(0, DIRECTORY_PAGE_SIZE);
  const last = entries.at(-1);
  return {
    entries,
    canCreate: canEditOrganisation(actor),
    next:
      rows.length > DIRECTORY_PAGE_SIZE && last
        ? encodeCursor({ key: last.sortKey, id: last.id })
        : null,
  };
}

/** The public page of an organisation: its facts and how many officials belong to it (never who). */
export async function getOrganisationPage(
  deps: Deps,
  actor: Actor | null,
  slug: string,
): Promise<{ organisation: q.Organisation; members: number; canEdit: boolean }> {
  const organisation = await findBySlug(deps, slug);
  return {
    organisation,
    members: await q.countMembers(deps.db, organisation.id),
    canEdit: canEditOrganisation(actor),
  };
}

/** The signed-in official, if they may create and edit organisations; else 401/403. */
export function requireOrganisationEditor(actor: Actor | null): Actor {
  const who = requireActor(actor);
  if (!canEditOrganisation(who)) throw new AppError('FORBIDDEN', 'organisations.errors.forbidden');
  return who;
}

/** An organisation as its edit form starts from; only for those who may edit it. */
export async function getOrganisationForEdit(
  deps: Deps,
  actor: Actor | null,
  slug: string,
): Promise<q.Organisation> {
  requireOrganisationEditor(actor);
  return findBySlug(deps, slug);
}
