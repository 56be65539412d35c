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
