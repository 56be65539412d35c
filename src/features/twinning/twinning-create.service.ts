import { isUniqueViolation, nowIso } from '../../db/database.ts';
import { selectSlugsStartingWith } from '../../db/slugs.queries.ts';
import type { Deps } from '../../deps.ts';
import { AppError } from '../../web/errors.ts';
import { requireActor, type Actor } from '../accounts/actor.ts';
import { freeSlug, SLUG_FALLBACK, slugBase } from '../organisations/names.ts';
import { insertCheckIns, insertTwinning } from './twinning-create.queries.ts';
import { askToConfirm } from './twinning-mail.ts';
import { checkInSchedule } from './twinning-timeline.ts';
import * as q from './twinning-list.queries.ts';
import type { NewTwinningInput } from './twinning.schema.ts';
import * as w from './twinning-write.queries.ts';
import { canCreateTwinning } from './twinning.policy.ts';

// Starting a twinning project: the form's choices (prefilled from an exchange), and the creation
// with its check-in schedule and the invitations that ask each city to confirm.

// A second submission of the same form within this time finds the first project.
const DUPLICATE_WINDOW_MS = 10 * 60_000;
const ATTEMPTS = 5;

function requireCreator(actor: Actor | null): Actor {
  const who = requireActor(actor);
  if (!canCreateTwinning(who)) throw new AppError('FORBIDDEN', 'twinning.errors.notAllowed');
  return who;
}

export interface NewTwinningForm {
  choices: Awaited<ReturnType<typeof q.selectFormChoices>>;
  values: Record<string, string>;
}

/** The "new project" form's choices and first values; `?exchange=<id>` fills in its cities. */
export async function getNewTwinningForm(
  deps: Deps,
  actor: Actor | null,
  exchangeId: number | undefined,
): Promise<NewTwinningForm> {
  const who = requireCreator(actor);
  const choices = await q.selectFormChoices(deps.db);
  const today = new Date().toISOString().slice(0, 10);
  const values: Record<string, string> = {
    starts_on: today,
    check_in_every_months: '3',
    facilitator: choices.facilitators.some((f) => f.id === who.id) ? String(who.id) : '',
  };
  const ex =
    exchangeId === undefined ? undefined : await q.selectExchangePrefill(deps.db, exchangeId);
  if (ex) {
    values.exchange = String(exchangeId);
    values.title = ex.title;
    values.cities = ex.cityIds.join(',');
    if (ex.facilitatorId !== null) values.facilitator = String(ex.facilitatorId);
  }
  return { choices, values };
}

/** Checks that the chosen cities, partners and facilitator exist; a 400 naming the field if not. */
async function checkChoices(deps: Deps, input: NewTwinningInput): Promise<void> {
  const known = await w.selectKnownIds(deps.db, {
    cities: input.cities,
    partners: input.partners,
    facilitator: input.facilitator,
  });
  const fields: Record<string, string> = {};
  if (known.cities.length !== input.cities.length) fields.cities = 'twinning.errors.cityUnknown';
  if (known.partners.length !== input.partners.length)
    fields.partners = 'twinning.errors.partnerUnknown';
  if (!known.facilitator) fields.facilitator = 'twinning.errors.facilitatorRequired';
  const first = Object.values(fields)[0];
  if (first) throw new AppError('VALIDATION', first, { fields });
}

const sameSet = (a: number[], b: number[]) =>
  a.length === b.length && a.every((id) => b.includes(id));

/**
 * Creates a proposed project, schedules its check-ins and asks the cities' coordinators to
 * confirm. The same form sent twice (a double click) gives one project: `created` is then false.
 */
export async function createNewTwinning(
  deps: Deps,
  actor: Actor | null,
  input: NewTwinningInput,
): Promise<{ slug: string; created: boolean }> {
  const who = requireCreator(actor);
  await checkChoices(deps, input);
  const exchange =
    input.exchange === null ? undefined : await q.selectExchangePrefill(deps.db, input.exchange);
  // A title in a script without Latin or Cyrillic letters gets a plain "twinning" slug.
  const base = slugBase(input.title) === SLUG_FALLBACK ? 'twinning' : slugBase(input.title);
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    try {
      return await deps.db.transaction().execute(async (tx) => {
        const now = nowIso();
        const since = nowIso(new Date(Date.now() - DUPLICATE_WINDOW_MS));
        const earlier = await w.selectRecentByCreator(tx, who.id, input.title, since);
        const same = earlier.find((e) => sameSet(e.cityIds, input.cities));
        if (same) return { slug: same.slug, created: false };
        // Two forms racing for one slug: the unique index refuses the loser, who tries again
        // and then finds the winner's project above.
        const slug = freeSlug(base, await selectSlugsStartingWith(tx, 'twinnings', base));
        const id = await insertTwinning(
          tx,
          {
            slug,
            title: input.title,
            objectives: input.objectives,
            status: 'proposed',
            startsOn: input.starts_on,
            endsOn: input.ends_on,
            facilitatorId: input.facilitator,
            exchangeId: exchange ? input.exchange : null,
            checkInEveryMonths: input.check_in_every_months,
            cityIds: input.cities,
            partnerIds: input.partners,
            isDemo: false,
            createdBy: who.id,
          },
          now,
        );
        const schedule = checkInSchedule(
          input.starts_on,
          input.ends_on,
          input.check_in_every_months,
        );
        await insertCheckIns(tx, id, schedule, now);
        const project = { id, slug, title: input.title };
        for (const contact of await w.selectCoordinatorContacts(tx, input.cities))
          await askToConfirm(tx, deps.config, contact, project, who.id);
        return { slug, created: true };
      });
    } catch (err) {
      if (!isUniqueViolation(err)) throw err;
    }
  }
  throw new AppError('CONFLICT', 'twinning.errors.conflict');
}
