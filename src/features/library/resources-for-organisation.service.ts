import type { Deps } from '../../deps.ts';
import type { Actor } from '../accounts/actor.ts';
import { actsForOrganisation, canCreateResource } from './library.policy.ts';
import {
  countPublishedFor,
  selectOwnResourcesInStatus,
} from './resources-for-organisation.queries.ts';
import {
  publishedResourcesFor,
  resourceCountsFor,
  type ResourceLink,
} from './resources-for.service.ts';

// The library part of a partner workspace (the organisation page): what it publishes, and for
// its own editors and coordinators what is still a draft or waits for review.

const SHOWN = 10;

export interface WorkspaceResources {
  published: ResourceLink[];
  publishedCount: number;
  /** Null for those who do not act for the organisation. */
  editing: {
    drafts: ResourceLink[];
    draftCount: number;
    inReview: ResourceLink[];
    inReviewCount: number;
    canAdd: boolean;
  } | null;
}

/** The organisation's resources as the actor may see them (drafts only for its editors). */
export async function workspaceResources(
  deps: Deps,
  actor: Actor | null,
  lang: string,
  organisationId: number,
): Promise<WorkspaceResources> {
  const published = await publishedResourcesFor(deps, lang, { organisationId, limit: SHOWN });
  const publishedCount = await countPublishedFor(deps.db, organisationId);
  if (!actsForOrganisation(actor, organisationId))
    return { published, publishedCount, editing: null };
  const counts = await resourceCountsFor(deps, organisationId);
  return {
    published,
    publishedCount,
    editing: {
      drafts: await selectOwnResourcesInStatus(deps.db, lang, organisationId, 'draft', SHOWN),
      draftCount: counts.draft,
      inReview: await selectOwnResourcesInStatus(deps.db, lang, organisationId, 'in_review', SHOWN),
      inReviewCount: counts.inReview,
      canAdd: canCreateResource(actor),
    },
  };
}
