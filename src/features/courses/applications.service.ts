import { isUniqueViolation, nowIso } from '../../db/database.ts';
import type { Deps } from '../../deps.ts';
import { AppError } from '../../web/errors.ts';
import { requireActor, type Actor } from '../accounts/actor.ts';
import {
  listOrganisationChoices,
  organisationExists,
  type OrganisationChoice,
} from '../organisations/organisations.service.ts';
import { parseId } from './courses.schema.ts';
import { loadPublicRun, requireOpen, type PlaceResult } from './enrolment.service.ts';
import { selectApplications, type ApplicationRow } from './applications.queries.ts';
import * as e from './enrolments.queries.ts';
import { tellOfficials } from './run-mail.ts';
import { RESTARTABLE } from './runs.policy.ts';
import type { ApplicationInput } from './runs.schema.ts';
import { loadEditableRun } from './runs.service.ts';
import type { RunWithCourse } from './runs.queries.ts';

// Runs by application: an official applies with a motivation and their organisation; the course's
// editors (partner editors of its organisation, coordinators) accept or decline.

export interface ApplicationForm {
  run: RunWithCourse;
  organisations: OrganisationChoice[];
  /** The applicant's organisation from their profile, preselected. */
  organisationId: number | null;
  /** The place the official already has in the run, if any (then there is nothing to apply for). */
  existing: e.EnrolmentStatus | null;
}

/** 409 unless the run takes applications now. */
function requireApplications(run: RunWithCourse): void {
  requireOpen(run);
  if (run.enrolmentMode !== 'application')
    throw new AppError('CONFLICT', 'runs.errors.enrolInstead');
}

/** What the application form needs; 409 when the run is closed or takes no applications. */
export async function getApplicationForm(
  deps: Deps,
  actor: Actor | null,
  runId: string,
): Promise<ApplicationForm> {
  const who = requireActor(actor);
  const run = await loadPublicRun(deps, runId);
  const existing = await e.selectEnrolmentOf(deps.db, run.id, who.id);
  const held = existing && !RESTARTABLE.includes(existing.status) ? existing.status : null;
  if (!held) requireApplications(run);
  return {
    run,
    organisations: await listOrganisationChoices(deps),
    organisationId: who.organisationId,
    existing: held,
  };
}

/** Records an application (one per official and run; applying twice answers with the first). */
export async function apply(
  deps: Deps,
  actor: Actor | null,
  runId: string,
  input: ApplicationInput,
): Promise<PlaceResult> {
  const who = requireActor(actor);
  const run = await loadPublicRun(deps, runId);
  const existing = await e.selectEnrolmentOf(deps.db, run.id, who.id);
  if (existing && !RESTARTABLE.includes(existing.status))
    return { run, status: existing.status, already: true };
  requireApplications(run);
  if (input.organisation_id !== null && !(await organisationExists(deps, input.organisation_id)))
    throw new AppError('VALIDATION', 'runs.errors.organisationUnknown', {
      fields: { organisation_id: 'runs.errors.organisationUnknown' },
    });
  const details = { motivation: input.motivation, organisationId: input.organisation_id };
  try {
    const now = nowIso();
    if (existing) {
      const change = { from: RESTARTABLE, to: 'applied' as const, ...details };
      if (!(await e.updateEnrolmentStatus(deps.db, existing.id, change, now)))
        throw new AppError('CONFLICT', 'runs.errors.tryAgain');
    } else
      await e.insertEnrolment(
        deps.db,
        { runId: run.id, userId: who.id, status: 'applied', ...details },
        now,
      );
    return { run, status: 'applied', already: false };
  } catch (err) {
    if (!isUniqueViolation(err)) throw err;
    const held = await e.selectEnrolmentOf(deps.db, run.id, who.id);
    if (!held) throw err;
    return { run, status: held.status, already: true };
  }
}

/** The run's applications, for those who decide them. */
export async function listApplications(
  deps: Deps,
  actor: Actor | null,
  runId: string,
): Promise<{ run: RunWithCourse; applications: ApplicationRow[] }> {
  const { run } = await loadEditableRun(deps, actor, runId, 'view');
  return { run, applications: await selectApplications(deps.db, run.id) };
}

/**
 * Accepts (a seat if one is left, else the waiting list) or declines a pending application;
 * the applicant is e-mailed in their language. A decision already taken is a 409.
 */
export async function decideApplication(
  deps: Deps,
  actor: Actor | null,
  runId: string,
  enrolmentId: string,
  decision: 'accept' | 'decline',
): Promise<{ run: RunWithCourse; status: e.EnrolmentStatus }> {
  const { who, run } = await loadEditableRun(deps, actor, runId, 'change');
  const id = parseId(enrolmentId);
  const application = id === null ? undefined : await e.selectEnrolmentById(deps.db, id);
  if (!application || application.runId !== run.id)
    throw new AppError('NOT_FOUND', 'runs.errors.applicationNotFound');
  if (application.status !== 'applied')
    throw new AppError('CONFLICT', 'runs.errors.alreadyDecided');
  const status = await deps.db.transaction().execute(async (tx) => {
    const now = nowIso();
    const seat = decision === 'accept' && (await e.takeSeat(tx, run.id, now));
    const to: e.EnrolmentStatus =
      decision === 'decline' ? 'declined' : seat ? 'enrolled' : 'waitlisted';
    const change = { from: ['applied' as const], to, decidedBy: who.id };
    // Two deciders at once: the second finds it decided, and its seat is rolled back with it.
    if (!(await e.updateEnrolmentStatus(tx, application.id, change, now)))
      throw new AppError('CONFLICT', 'runs.errors.alreadyDecided');
    const message = to === 'declined' ? 'declined' : seat ? 'accepted' : 'acceptedWaitlisted';
    await tellOfficials(tx, deps.config, message, run, { enrolmentIds: [application.id] });
    return to;
  });
  return { run, status };
}
