import { isUniqueViolation, nowIso } from '../../db/database.ts';
import { selectSlugsStartingWith } from '../../db/slugs.queries.ts';
import type { Deps } from '../../deps.ts';
import { AppError } from '../../web/errors.ts';
import { isCoordinator, type Actor } from '../accounts/actor.ts';
import { listThemes } from '../curriculum/curriculum.service.ts';
import { freeSlug, slugBase } from '../organisations/names.ts';
import { listOrganisationChoices } from '../organisations/organisations.service.ts';
import { CITY_KINDS } from './city-members.queries.ts';
import { requireExchangeCreator } from './exchange-access.service.ts';
import type { ExchangeInput } from './exchange.schema.ts';
import * as w from './exchange-write.queries.ts';
import * as c from './exchange-choices.queries.ts';
import * as p from './exchange-parts.queries.ts';

// Opening an exchange: the choices the form offers, and the checked creation.

export interface NewExchangeChoices {
  cities: Array<{ id: number; name: string }>;
  themes: Array<{ id: number; slug: string; name: string }>;
  /** Who may be named facilitator: the creator alone, or (coordinators) every facilitator too. */
  facilitators: Array<{ id: number; name: string }>;
  runs: Array<{ id: number; title: string; startsOn: string | null }>;
  /** Members of the chosen cities, offered as participants. */
  members: p.Person[];
}

/** What the "new exchange" form offers, with members of the cities already chosen. */
export async function newExchangeChoices(
  deps: Deps,
  actor: Actor | null,
  lang: string,
  chosenCityIds: number[],
): Promise<NewExchangeChoices> {
  const creator = requireExchangeCreator(actor);
  const [orgs, themes, runs] = await Promise.all([
    listOrganisationChoices(deps),
    listThemes(deps, lang),
    c.selectRunChoices(deps.db),
  ]);
  const kinds: readonly string[] = CITY_KINDS;
  const cities = orgs.filter((o) => kinds.includes(o.kind)).map(({ id, name }) => ({ id, name }));
  const cityIds = chosenCityIds.filter((id) => cities.some((c) => c.id === id));
  const others = isCoordinator(creator) ? await c.selectFacilitators(deps.db) : [];
  return {
    cities,
    themes: themes.map(({ id, slug, name }) => ({ id, slug, name })),
    facilitators: [
      { id: creator.id, name: creator.name },
      ...others.filter((f) => f.id !== creator.id),
    ],
    runs,
    members: await c.selectCityMembers(deps.db, cityIds),
  };
}

const invalid = (field: string, key: string) =>
  new AppError('VALIDATION', key, { fields: { [field]: key } });

function slugFor(title: string): string {
  const base = slugBase(title);
  if (base === 'organisation') return 'exchange';
  return base === 'new-org' ? 'new-exchange' : base;
}

// A second submission of the same form by the same official within this time opens nothing new.
const TWIN_WINDOW_MS = 10 * 60_000;

/**
 * Opens an exchange (status proposed) after checking every choice against what exists. A double
 * submission (same official, title and cities, within ten minutes) returns the first exchange.
 */
export async function createExchange(
  deps: Deps,
  actor: Actor | null,
  lang: string,
  input: ExchangeInput,
): Promise<{ slug: string; created: boolean }> {
  const creator = requireExchangeCreator(actor);
  const choices = await newExchangeChoices(deps, creator, lang, input.cities);
  if (input.cities.some((id) => !choices.cities.some((c) => c.id === id)))
    throw invalid('cities', 'exchanges.errors.unknownCity');
  const themeIds = input.themes.map((slug) => choices.themes.find((t) => t.slug === slug)?.id);
  if (themeIds.some((id) => id === undefined))
    throw invalid('themes', 'exchanges.errors.unknownTheme');
  const facilitatorId = input.facilitator ?? creator.id;
  if (!choices.facilitators.some((f) => f.id === facilitatorId))
    throw invalid('facilitator', 'exchanges.errors.unknownFacilitator');
  if (input.participants.some((id) => !choices.members.some((m) => m.id === id)))
    throw invalid('participants', 'exchanges.errors.notMember');
  if (input.run !== null && !(await c.selectRunExists(deps.db, input.run)))
    throw invalid('run', 'exchanges.errors.unknownRun');
  const base = slugFor(input.title);
  for (let attempt = 1; ; attempt++) {
    try {
      return await deps.db.transaction().execute(async (tx) => {
        // One official's submissions take turns, so the second finds the first.
        await w.lockRow(tx, deps.dialect, 'users', creator.id);
        const now = nowIso();
        const since = nowIso(new Date(Date.now() - TWIN_WINDOW_MS));
        const twin = await w.selectRecentTwin(tx, creator.id, input.title, input.cities, since);
        if (twin) return { slug: twin, created: false };
        const slug = freeSlug(base, await selectSlugsStartingWith(tx, 'exchanges', base));
        await w.insertExchange(
          tx,
          {
            slug,
            title: input.title,
            description: input.description,
            status: 'proposed',
            facilitatorId,
            runId: input.run,
            summary: '',
            cityIds: input.cities,
            themeIds: [...new Set(themeIds as number[])],
            participantIds: [...new Set(input.participants)],
            isDemo: false,
            createdBy: creator.id,
          },
          now,
        );
        return { slug, created: true };
      });
    } catch (err) {
      // Two officials opening exchanges with the same title at once took the same slug: retry.
      if (attempt >= 3 || !isUniqueViolation(err)) throw err;
    }
  }
}
