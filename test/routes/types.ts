import type { Deps } from '../../src/deps.ts';
import { createCourse } from '../factories/courses.ts';
import type { CreatedOfficial } from '../factories/officials.ts';
import { createRun, enrol } from '../factories/runs.ts';

// The route × role table: for every route, the status each kind of visitor must get.
// Each feature keeps its rows in test/routes/<feature>.ts; test/route-roles.test.ts checks them all
// and fails when the app has a route that no table lists.

export const ACTORS = [
  'anonymous',
  'learner',
  'facilitator',
  'partner_editor',
  'coordinator',
  'admin',
] as const;
export type ActorKind = (typeof ACTORS)[number];

export interface RouteRow {
  method: 'GET' | 'POST';
  /** The route as registered, e.g. "/organisations/:slug". */
  route: string;
  /** A concrete URL to request; ":org", ":user" and ":theme" are replaced with seeded values. */
  url: string;
  /** POST rows send this form (with a valid CSRF token) unless told otherwise. */
  form?: Record<string, string>;
  /** Sign in afresh for this row (for routes that end the session, like sign-out). */
  fresh?: boolean;
  expect: Record<ActorKind, number>;
}

/** The same status for everyone. */
export function all(status: number): Record<ActorKind, number> {
  return {
    anonymous: status,
    learner: status,
    facilitator: status,
    partner_editor: status,
    coordinator: status,
    admin: status,
  };
}

/** Signed-in officials get `signedIn`; anonymous visitors are sent to sign in (303). */
export function signedIn(status: number): Record<ActorKind, number> {
  return { ...all(status), anonymous: 303 };
}

/** What a table's optional `setup` gets: it seeds rows and records URL values such as ":run". */
export interface SetupContext {
  deps: Deps;
  /** Placeholder → value, shared by every table (":org", ":theme"… are set before setup runs). */
  values: Record<string, string>;
  /** "Table Partner": every signed-in actor's organisation and partner organisation. */
  organisationId: number;
  /** The officials that the shared clients of each kind are signed in as. */
  officials: Record<Exclude<ActorKind, 'anonymous'>, CreatedOfficial>;
}

/** A file in test/routes/: its rows, and optionally what must exist before they run. */
export interface RouteTable {
  routes: RouteRow[];
  setup?: (ctx: SetupContext) => Promise<void>;
}

/** A run of a published one-module course, facilitated by the table's facilitator, with the
 *  table's learner enrolled: where the discussion and cohort tables do their work. */
export async function seedTableRun({
  deps,
  organisationId,
  officials,
}: SetupContext): Promise<{ id: number }> {
  const course = await createCourse(deps, {
    organisationId,
    createdBy: officials.partner_editor.id,
    status: 'published',
    modules: [1],
  });
  const run = await createRun(deps, course.id, { facilitatorIds: [officials.facilitator.id] });
  await enrol(deps, run.id, officials.learner.id);
  return run;
}
