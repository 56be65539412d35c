import type { Deps } from '../../deps.ts';
import {
  countApprovedExpertsOf,
  selectApprovedExpertsOf,
  type OrganisationExpert,
} from './experts-for-organisation.queries.ts';

// The experts of a partner workspace (the organisation page): approved profiles only, as the
// public directory lists them.

export type { OrganisationExpert };

/** Up to `limit` of the organisation's approved experts by name, and how many there are. */
export async function expertsOfOrganisation(
  deps: Deps,
  organisationId: number,
  limit: number,
): Promise<{ experts: OrganisationExpert[]; count: number }> {
  return {
    experts: await selectApprovedExpertsOf(deps.db, organisationId, limit),
    count: await countApprovedExpertsOf(deps.db, organisationId),
  };
}
