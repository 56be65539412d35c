import type { Deps } from '../../deps.ts';
import * as q from './organisations.queries.ts';

export type OrganisationChoice = { id: number; name: string; kind: string };

/** All organisations by name, for forms where an official says which one they belong to. */
export async function listOrganisationChoices(deps: Deps): Promise<OrganisationChoice[]> {
  return q.selectOrganisationChoices(deps.db);
}

export async function organisationExists(deps: Deps, id: number): Promise<boolean> {
  return q.selectOrganisationIdExists(deps.db, id);
}
