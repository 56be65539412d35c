import type { Deps } from '../../deps.ts';
import { AppError } from '../../web/errors.ts';
import { isCoordinator, requireActor, type Actor } from '../accounts/actor.ts';
import { listThemes } from '../curriculum/curriculum.service.ts';
import { canCreateResource, canEditResource, canSeeResource } from './library.policy.ts';
import * as q from './resource-edit.queries.ts';

// Access to a resource for its editors, and the choices the resource form offers.

export type { EditableResource } from './resource-edit.queries.ts';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const NOT_FOUND = 'library-edit.errors.notFound';

/** A resource the actor may see: 404 for an unknown one or a draft they may not see. */
export async function loadVisibleResource(
  deps: Deps,
  actor: Actor | null,
  slug: string,
): Promise<q.EditableResource> {
  const official = requireActor(actor);
  const resource =
    slug.length <= 200 && SLUG.test(slug)
      ? await q.selectEditableResource(deps.db, slug)
      : undefined;
  if (!resource || !canSeeResource(official, resource)) throw new AppError('NOT_FOUND', NOT_FOUND);
  return resource;
}

/**
 * A resource the actor may edit: sign-in for visitors, 404 for what they may not see, 403 for
 * another organisation's published resource or one that waits for review.
 */
export async function loadEditableResource(
  deps: Deps,
  actor: Actor | null,
  slug: string,
): Promise<{ official: Actor; resource: q.EditableResource }> {
  const resource = await loadVisibleResource(deps, actor, slug);
  const official = actor as Actor;
  if (!canEditResource(official, resource))
    throw new AppError(
      'FORBIDDEN',
      resource.status === 'in_review'
        ? 'library-edit.errors.inReview'
        : 'library-edit.errors.notYours',
    );
  return { official, resource };
}

export interface FormChoices {
  themes: Array<{ id: number; name: string }>;
  publishers: Array<{ id: number; name: string }>;
  experts: Array<{ id: number; name: string }>;
  /** The organisation that owns the resource (always a publisher), when it is fixed. */
  ownerId: number | null;
}

/** Checks that the actor may add a resource (sign-in for visitors, 403 for others). */
export function requireCreator(actor: Actor | null): Actor {
  const official = requireActor(actor);
  if (!canCreateResource(official))
    throw new AppError('FORBIDDEN', 'library-edit.errors.cannotCreate');
  return official;
}

/** What the resource form offers: themes, partner organisations and approved experts. */
export async function getFormChoices(
  deps: Deps,
  lang: string,
  ownerId: number | null,
  chosenPublishers: number[] = [],
): Promise<FormChoices> {
  const also = [...chosenPublishers, ...(ownerId === null ? [] : [ownerId])];
  const [themes, publishers, experts] = await Promise.all([
    listThemes(deps, lang),
    q.selectPublisherChoices(deps.db, also),
    q.selectApprovedExperts(deps.db),
  ]);
  return { themes: themes.map(({ id, name }) => ({ id, name })), publishers, experts, ownerId };
}

/** The owner of a new resource: a partner editor's organisation; a coordinator's first publisher. */
export function ownerOfNew(actor: Actor, publishers: number[]): number | null {
  return isCoordinator(actor)
    ? (publishers[0] ?? actor.partnerOrganisationId)
    : actor.partnerOrganisationId;
}
