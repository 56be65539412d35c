import { countries } from 'countries-list';
import type { Deps } from '../../src/deps.ts';
import {
  insertOrganisation,
  type NewOrganisation,
} from '../../src/features/organisations/organisations.queries.ts';

let counter = 0;

export function buildOrganisation(overrides: Partial<NewOrganisation> = {}): NewOrganisation {
  counter++;
  const name = overrides.name ?? `Test organisation ${counter}`;
  const country = overrides.country === undefined ? 'BE' : overrides.country;
  return {
    slug: `${
      name
        .toLowerCase()
        .normalize('NFKD')
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '') || 'org'
    }-${counter}`,
    kind: 'ngo',
    name,
    shortName: '',
    description: '',
    website: '',
    country,
    worldRegion: country ? (countries[country as keyof typeof countries]?.continent ?? null) : null,
    region: '',
    population: null,
    languages: [],
    latitude: null,
    longitude: null,
    isPartner: false,
    isDemo: false,
    ...overrides,
  };
}

export async function createOrganisation(
  deps: Deps,
  overrides: Partial<NewOrganisation> = {},
): Promise<{ id: number } & NewOrganisation> {
  const org = buildOrganisation(overrides);
  const id = await insertOrganisation(deps.db, org, new Date().toISOString());
  return { id, ...org };
}

/** A city (local authority) with its facts filled in: Antwerp unless told otherwise. */
export function createCity(
  deps: Deps,
  overrides: Partial<NewOrganisation> = {},
): Promise<{ id: number } & NewOrganisation> {
  return createOrganisation(deps, {
    kind: 'local_authority',
    name: 'Antwerp',
    country: 'BE',
    region: 'Flanders',
    population: 530_000,
    languages: ['nl'],
    latitude: 51.2194,
    longitude: 4.4025,
    ...overrides,
  });
}

/** Many organisations at once, in one transaction (directory and pagination tests). */
export async function createOrganisations(
  deps: Deps,
  list: Array<Partial<NewOrganisation>>,
): Promise<Array<{ id: number } & NewOrganisation>> {
  const now = new Date().toISOString();
  return deps.db.transaction().execute(async (tx) => {
    const out: Array<{ id: number } & NewOrganisation> = [];
    for (const overrides of list) {
      const org = buildOrganisation(overrides);
      out.push({ id: await insertOrganisation(tx, org, now), ...org });
    }
    return out;
  });
}
