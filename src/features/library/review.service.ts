import { nowIso, type Db } from '../../db/database.ts';
import type { Deps } from '../../deps.ts';
import { queueEmail } from '../../mail/mail.ts';
import { AppError } from '../../web/errors.ts';
import { requireActor, type Actor } from '../accounts/actor.ts';
import { actsForOrganisation, canReviewResources } from './library.policy.ts';
import { loadVisibleResource, type EditableResource } from './resource-edit.service.ts';
import { reviewEmail } from './review-mail.ts';
import * as q from './review.queries.ts';
import { insertResourceChange } from './resource-write.queries.ts';

// The publishing workflow: editors submit drafts; coordinators publish (from a draft too), send
// back with a comment, or unpublish. Each step is a conditional update (a double click or a
// resource in another state changes nothing: 409) recorded in the resource's changes.

type Step = 'submitted' | 'published' | 'sent_back' | 'unpublished';

const FROM: Record<Step, string[]> = {
  submitted: ['draft'],
  published: ['draft', 'in_review'],
  sent_back: ['in_review'],
  unpublished: ['published'],
};
const TO: Record<Step, string> = {
  submitted: 'in_review',
  published: 'published',
  sent_back: 'draft',
  unpublished: 'draft',
};

/** Who may take a step: editors submit, coordinators do the rest (404 / 403 otherwise). */
async function loadForStep(
  deps: Deps,
  actor: Actor | null,
  slug: string,
  step: Step,
): Promise<{ official: Actor; resource: EditableResource }> {
  const resource = await loadVisibleResource(deps, actor, slug);
  const official = requireActor(actor);
  const allowed =
    step === 'submitted'
      ? actsForOrganisation(official, resource.organisationId)
      : canReviewResources(official);
  if (!allowed) throw new AppError('FORBIDDEN', 'library-edit.errors.cannotReview');
  return { official, resource };
}

/** Checks that the actor may review this resource (before its form is read). */
export async function requireReviewer(
  deps: Deps,
  actor: Actor | null,
  slug: string,
): Promise<void> {
  await loadForStep(deps, actor, slug, 'sent_back');
}

async function takeStep(
  deps: Deps,
  actor: Actor | null,
  slug: string,
  step: Step,
  comment: string,
  tell?: (tx: Db, resource: EditableResource) => Promise<void>,
): Promise<void> {
  const { official, resource } = await loadForStep(deps, actor, slug, step);
  await deps.db.transaction().execute(async (tx) => {
    const now = nowIso();
    const moved = await q.updateStatus(
      tx,
      resource.id,
      {
        from: FROM[step],
        to: TO[step],
        ...(step === 'sent_back' ? { reviewComment: comment } : {}),
        ...(step === 'published' ? { reviewComment: '' } : {}),
        ...(step === 'published' && !resource.publishedAt ? { publishedAt: now } : {}),
      },
      now,
    );
    if (!moved) throw new AppError('CONFLICT', `library-edit.errors.wrongState.${step}`);
    const details = comment ? { from: resource.status, comment } : { from: resource.status };
    await insertResourceChange(
      tx,
      { resourceId: resource.id, actorId: official.id, action: step, details },
      now,
    );
    await tell?.(tx, resource);
  });
}

const titlesOf = (r: EditableResource) =>
  Object.fromEntries(r.translations.map((t) => [t.language, t.title]));

/** An editor submits a draft for review; coordinators are e-mailed in their language. */
export async function submitResource(deps: Deps, actor: Actor | null, slug: string): Promise<void> {
  await takeStep(deps, actor, slug, 'submitted', '', async (tx, r) => {
    for (const to of await q.selectCoordinators(tx))
      await queueEmail(
        tx,
        reviewEmail(deps.config, to, 'submitted', {
          slug: r.slug,
          titles: titlesOf(r),
          comment: '',
        }),
      );
  });
}

/** A coordinator publishes a draft or a resource in review (published_at is set the first time). */
export async function publishResource(
  deps: Deps,
  actor: Actor | null,
  slug: string,
): Promise<void> {
  await takeStep(deps, actor, slug, 'published', '');
}

/** A coordinator returns a resource in review with a comment; its editors are e-mailed. */
export async function sendBackResource(
  deps: Deps,
  actor: Actor | null,
  slug: string,
  comment: string,
): Promise<void> {
  await takeStep(deps, actor, slug, 'sent_back', comment, async (tx, r) => {
    for (const to of await q.selectEditors(tx, r))
      await queueEmail(
        tx,
        reviewEmail(deps.config, to, 'sentBack', { slug: r.slug, titles: titlesOf(r), comment }),
      );
  });
}

/** A coordinator takes a published resource back to draft. */
export async function unpublishResource(
  deps: Deps,
  actor: Actor | null,
  slug: string,
): Promise<void> {
  await takeStep(deps, actor, slug, 'unpublished', '');
}

const LIST_LIMIT = 200;

/** The coordinators' queue: resources in review, the longest-waiting first. */
export async function listReviewQueue(
  deps: Deps,
  actor: Actor | null,
): Promise<q.ResourceListRow[]> {
  const official = requireActor(actor);
  if (!canReviewResources(official))
    throw new AppError('FORBIDDEN', 'library-edit.errors.cannotReview');
  return q.selectResourceList(
    deps.db,
    { organisationId: null, statuses: ['in_review'], newestFirst: false },
    LIST_LIMIT,
  );
}

/** A partner editor's organisation's resources (coordinators: all), for /authoring/resources. */
export async function listMyResources(
  deps: Deps,
  actor: Actor | null,
): Promise<q.ResourceListRow[]> {
  const official = requireActor(actor);
  const all = canReviewResources(official);
  if (!all && !(official.roles.has('partner_editor') && official.partnerOrganisationId !== null))
    throw new AppError('FORBIDDEN', 'library-edit.errors.cannotCreate');
  return q.selectResourceList(
    deps.db,
    {
      organisationId: all ? null : official.partnerOrganisationId,
      statuses: ['draft', 'in_review', 'published'],
      newestFirst: true,
    },
    LIST_LIMIT * 5,
  );
}
