import { selectSlugsStartingWith } from '../../db/slugs.queries.ts';
import { isUniqueViolation, nowIso } from '../../db/database.ts';
import type { Deps } from '../../deps.ts';
import { worldRegionOf } from '../../web/countries.ts';
import { AppError } from '../../web/errors.ts';
import type { Actor } from '../accounts/actor.ts';
import { freeSlug, slugBase } from './names.ts';
import * as q from './organisations.queries.ts';
import type { OrganisationInput } from './organisations.schema.ts';
import { getOrganisationForEdit, requireOrganisationEditor } from './organisations.service.ts';

// Two coordinators may create organisations of the same name at once: each attempt picks a
// free slug, and the unique index on slug makes the loser of a race try the next one.
const SLUG_ATTEMPTS = 10;

function fieldsOf(input: OrganisationInput, isDemo: boolean): Omit<q.NewOrganisation, 'slug'> {
  return {
    kind: input.kind,
    name: input.name,
    shortName: input.short_name,
    description: input.description,
    website: input.website,
    country: input.country,
    // Derived on every write, so filters and reports never disagree with the country.
    worldRegion: worldRegionOf(input.country),
    region: input.region,
    population: input.population,
    languages: input.languages,
    latitude: input.latitude,
    longitude: input.longitude,
    isPartner: input.is_partner,
    isDemo,
  };
}

/** Creates an organisation with a unique slug made from its name; recorded in the audit trail. */
export async function createOrganisation(
  deps: Deps,
  actor: Actor | null,
  input: OrganisationInput,
): Promise<{ slug: string }> {
  const who = requireOrganisationEditor(actor);
  const base = slugBase(input.name);
  const fields = fieldsOf(input, false);
  for (let attempt = 0; attempt < SLUG_ATTEMPTS; attempt++) {
    const slug = freeSlug(base, await selectSlugsStartingWith(deps.db, 'organisations', base));
    try {
      await deps.db.transaction().execute(async (tx) => {
        const now = nowIso();
        const id = await q.insertOrganisation(tx, { slug, ...fields }, now);
        await q.insertAuditEvent(
          tx,
          { actorId: who.id, action: 'organisation.create', subjectId: id, details: { slug } },
          now,
        );
      });
      return { slug };
    } catch (err) {
      if (!isUniqueViolation(err)) throw err;
    }
  }
  throw new AppError('CONFLICT', 'organisations.errors.slugConflict');
}

/** Saves an organisation's edited fields (its slug and demo mark stay); audited with the fields changed. */
export async function updateOrganisation(
  deps: Deps,
  actor: Actor | null,
  slug: string,
  input: OrganisationInput,
): Promise<{ slug: string }> {
  const who = requireOrganisationEditor(actor);
  const current = await getOrganisationForEdit(deps, who, slug);
  const fields = fieldsOf(input, current.isDemo);
  const changed = (Object.keys(fields) as Array<keyof typeof fields>).filter(
    (k) => JSON.stringify(fields[k]) !== JSON.stringify(current[k]),
  );
  await deps.db.transaction().execute(async (tx) => {
    const now = nowIso();
    await q.updateOrganisation(tx, current.id, fields, now);
    await q.insertAuditEvent(
      tx,
      {
        actorId: who.id,
        action: 'organisation.update',
        subjectId: current.id,
        details: { changed },
      },
      now,
    );
  });
  return { slug };
}
