import type { Deps } from '../../deps.ts';
import { AppError } from '../../web/errors.ts';
import { isCoordinator, type Actor } from '../accounts/actor.ts';
import { listThemes } from '../curriculum/curriculum.service.ts';
import * as c from './contributions.queries.ts';
import { canEditProfile, canSeeProfile, isOwner } from './experts.policy.ts';
import * as q from './experts.queries.ts';
import { isSlug } from './experts.schema.ts';
import { listInviteSubjects, type InviteSubject } from './invitations.service.ts';

// One expert's page: the profile, what they published, spoke at and facilitated, and (for those
// who may) the form to invite them.

/** The profile, or 404 when it does not exist or may not be seen. */
export async function findProfile(
  deps: Deps,
  actor: Actor | null,
  slug: string,
): Promise<q.Profile> {
  const profile = isSlug(slug) ? await q.selectProfileBySlug(deps.db, slug) : undefined;
  if (!profile || !canSeeProfile(actor, profile))
    throw new AppError('NOT_FOUND', 'experts.errors.notFound');
  return profile;
}

export interface ExpertPageData {
  profile: q.Profile;
  themes: Array<{ slug: string; name: string }>;
  publications: c.Titled[];
  events: c.Titled[];
  courses: c.Titled[];
  canEdit: boolean;
  /** Owner and coordinators see the status and the review comment. */
  seesReview: boolean;
  inviteSubjects: InviteSubject[];
}

/** Everything the expert's page shows to this reader. */
export async function getExpertPage(
  deps: Deps,
  actor: Actor | null,
  slug: string,
  lang: string,
): Promise<ExpertPageData> {
  const profile = await findProfile(deps, actor, slug);
  const allThemes = await listThemes(deps, lang);
  return {
    profile,
    themes: allThemes
      .filter((th) => profile.themeIds.includes(th.id))
      .map((th) => ({ slug: th.slug, name: th.name })),
    publications: await c.selectPublications(deps.db, profile.id),
    events: await c.selectSpokenEvents(deps.db, profile.userId),
    courses: await c.selectFacilitatedCourses(deps.db, profile.userId),
    canEdit: canEditProfile(actor, profile),
    seesReview: isOwner(actor, profile) || isCoordinator(actor),
    inviteSubjects:
      profile.status === 'approved' && !isOwner(actor, profile)
        ? await listInviteSubjects(deps, actor, lang)
        : [],
  };
}
