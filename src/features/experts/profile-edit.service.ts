import { isUniqueViolation, nowIso } from '../../db/database.ts';
import type { Deps } from '../../deps.ts';
import { queueEmail } from '../../mail/mail.ts';
import { AppError } from '../../web/errors.ts';
import { isCoordinator, requireActor, type Actor } from '../accounts/actor.ts';
import { listThemes, type ThemeSummary } from '../curriculum/curriculum.service.ts';
import { foldForSearch } from '../../search/text.ts';
import { slugBase } from '../organisations/names.ts';
import {
  listOrganisationChoices,
  organisationExists,
  type OrganisationChoice,
} from '../organisations/organisations.service.ts';
import { insertExpert, replaceExpertThemes } from './expert-write.queries.ts';
import { profileToReviewEmail } from './experts-mail.ts';
import { canEditProfile, isOwner } from './experts.policy.ts';
import * as q from './experts.queries.ts';
import * as people from './people.queries.ts';
import type { ProfileInput } from './experts.schema.ts';
import { findProfile } from './profile.service.ts';

// Creating and editing expert profiles: one per official, pending until a coordinator approves.

export interface ProfileChoices {
  themes: ThemeSummary[];
  organisations: OrganisationChoice[];
}

export async function profileChoices(deps: Deps, lang: string): Promise<ProfileChoices> {
  return {
    themes: await listThemes(deps, lang),
    organisations: await listOrganisationChoices(deps),
  };
}

// slugBase keeps clear of "new" already.
const RESERVED = new Set(['invitations']);

/** The official's own profile's slug, if they have one. */
export async function ownProfileSlug(deps: Deps, actor: Actor | null): Promise<string | undefined> {
  const who = requireActor(actor);
  return (await q.selectProfileOfUser(deps.db, who.id))?.slug;
}

/** What a new profile's form starts with: the official's organisation and country. */
export async function newProfileDefaults(
  deps: Deps,
  actor: Actor | null,
): Promise<{ organisation: string; country: string }> {
  const who = requireActor(actor);
  const user = await people.selectUser(deps.db, who.id);
  return {
    organisation: user?.organisationId ? String(user.organisationId) : '',
    country: user?.country ?? '',
  };
}

/** Theme slugs → ids; an unknown slug is a field error. */
async function themeIds(deps: Deps, slugs: string[], lang: string): Promise<number[]> {
  const themes = await listThemes(deps, lang);
  return slugs.map((slug) => {
    const theme = themes.find((th) => th.slug === slug);
    if (!theme)
      throw new AppError('VALIDATION', 'experts.errors.theme', {
        fields: { themes: 'experts.errors.theme' },
      });
    return theme.id;
  });
}

async function checkOrganisation(deps: Deps, id: number | null): Promise<void> {
  if (id !== null && !(await organisationExists(deps, id)))
    throw new AppError('VALIDATION', 'experts.errors.organisation', {
      fields: { organisation: 'experts.errors.organisation' },
    });
}

async function searchTextOf(deps: Deps, name: string, organisationId: number | null, bio: string) {
  const organisation =
    organisationId === null ? '' : await people.selectOrganisationName(deps.db, organisationId);
  return foldForSearch(`${name} ${organisation ?? ''} ${bio}`);
}

/** The form's fields to store for the official `name`, once its organisation is known to exist. */
async function profileFields(
  deps: Deps,
  name: string,
  input: ProfileInput,
): Promise<q.ProfileFields> {
  await checkOrganisation(deps, input.organisation);
  return {
    sector: input.sector,
    organisationId: input.organisation,
    country: input.country,
    languages: [...new Set(input.languages)],
    biography: input.biography,
    searchText: await searchTextOf(deps, name, input.organisation, input.biography),
  };
}

/** Creates the official's own profile (pending) and e-mails coordinators; 409 when one exists. */
export async function createProfile(
  deps: Deps,
  actor: Actor | null,
  input: ProfileInput,
  lang: string,
): Promise<string> {
  const who = requireActor(actor);
  if (await q.selectProfileOfUser(deps.db, who.id))
    throw new AppError('CONFLICT', 'experts.errors.profileExists');
  const ids = await themeIds(deps, input.themes, lang);
  const fields = await profileFields(deps, who.name, input);
  try {
    return await deps.db.transaction().execute(async (tx) => {
      const { slug } = await insertExpert(
        tx,
        {
          userId: who.id,
          // The slug comes from the name; /experts/invitations is a page.
          name: RESERVED.has(slugBase(who.name)) ? `${who.name} expert` : who.name,
          ...fields,
          status: 'pending',
          isDemo: false,
          themeIds: ids,
        },
        nowIso(),
      );
      for (const coordinator of await people.selectCoordinators(tx))
        await queueEmail(tx, profileToReviewEmail(deps.config, coordinator, who.name));
      return slug;
    });
  } catch (err) {
    // Two submissions at once: the unique user_id keeps one profile; the other is told.
    if (isUniqueViolation(err)) throw new AppError('CONFLICT', 'experts.errors.profileExists');
    throw err;
  }
}

/** The profile to edit (owner and coordinators; 404 for whoever may not see it, 403 others). */
export async function getProfileForEdit(deps: Deps, actor: Actor | null, slug: string) {
  const who = requireActor(actor);
  const profile = await findProfile(deps, who, slug);
  if (!canEditProfile(who, profile)) throw new AppError('FORBIDDEN', 'experts.errors.notEditor');
  return profile;
}

/**
 * Saves a profile. An approved profile stays listed; a returned one goes back to review when its
 * owner saves it.
 */
export async function updateProfile(
  deps: Deps,
  actor: Actor | null,
  slug: string,
  input: ProfileInput,
  lang: string,
): Promise<string> {
  const profile = await getProfileForEdit(deps, actor, slug);
  const ids = await themeIds(deps, input.themes, lang);
  const fields = await profileFields(deps, profile.name, input);
  const resubmitted =
    profile.status === 'returned' && isOwner(actor, profile) && !isCoordinator(actor);
  await deps.db.transaction().execute(async (tx) => {
    await q.updateProfile(
      tx,
      profile.id,
      { ...fields, status: resubmitted ? 'pending' : profile.status },
      nowIso(),
    );
    await replaceExpertThemes(tx, profile.id, ids);
    if (resubmitted)
      for (const coordinator of await people.selectCoordinators(tx))
        await queueEmail(tx, profileToReviewEmail(deps.config, coordinator, profile.name));
  });
  return profile.slug;
}
