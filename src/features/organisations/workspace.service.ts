import type { Deps } from '../../deps.ts';
import type { Actor } from '../accounts/actor.ts';
import { coursesFor, PAGE_SIZE, type CatalogueEntry } from '../courses/catalogue.service.ts';
import { upcomingEventsFor } from '../events/calendar.service.ts';
import type { EventSummary } from '../events/event-text.ts';
import {
  expertsOfOrganisation,
  type OrganisationExpert,
} from '../experts/experts-for-organisation.service.ts';
import {
  workspaceResources,
  type WorkspaceResources,
} from '../library/resources-for-organisation.service.ts';

// A partner workspace (issue 6, item 6): the organisation's courses, events, resources and
// experts in one place, each through its own feature's service.

/** A count that may be a lower bound (a list capped at its first page). */
export interface Count {
  n: number;
  more: boolean;
}

export interface WorkspaceData {
  courses: Count;
  events: Count;
  resources: WorkspaceResources;
  experts: { experts: OrganisationExpert[]; count: number };
}

const EVENTS_SHOWN = 6;
const EVENTS_COUNTED = 50;
const EXPERTS_SHOWN = 12;

/** What the organisation page shows of the organisation's contributions, for this reader. */
export async function workspaceOf(
  deps: Deps,
  actor: Actor | null,
  lang: string,
  organisation: { id: number; slug: string },
): Promise<WorkspaceData & { courseList: CatalogueEntry[]; eventList: EventSummary[] }> {
  const courseList = await coursesFor(deps, lang, { partnerSlug: organisation.slug });
  // One more than counted tells whether there are more: the count is then a lower bound.
  const events = await upcomingEventsFor(
    deps,
    lang,
    { organisationId: organisation.id },
    EVENTS_COUNTED + 1,
  );
  return {
    courseList,
    eventList: events.slice(0, EVENTS_SHOWN),
    // The catalogue's first page: a full page may have more behind it.
    courses: { n: courseList.length, more: courseList.length >= PAGE_SIZE },
    events: { n: Math.min(events.length, EVENTS_COUNTED), more: events.length > EVENTS_COUNTED },
    resources: await workspaceResources(deps, actor, lang, organisation.id),
    experts: await expertsOfOrganisation(deps, organisation.id, EXPERTS_SHOWN),
  };
}
