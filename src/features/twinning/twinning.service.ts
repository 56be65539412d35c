import { nowIso } from '../../db/database.ts';
import type { Deps } from '../../deps.ts';
import { AppError } from '../../web/errors.ts';
import { isCoordinator, requireActor, type Actor } from '../accounts/actor.ts';
import { requireTwinningView } from './twinning-access.service.ts';
import { selectTwinningIdBySlug, type TwinningParties } from './twinning-access.queries.ts';
import { confirmTwinningCity } from './twinning-create.queries.ts';
import { selectTwinningDocuments, type TwinningDocument } from './twinning-documents.queries.ts';
import { buildTimeline, type TimelineEntry } from './twinning-timeline.ts';
import { selectVisibleTwinnings, type TwinningListRow } from './twinning-list.queries.ts';
import * as q from './twinning.queries.ts';
import * as w from './twinning-write.queries.ts';
import {
  canActForCity,
  canChangeTwinning,
  canCreateTwinning,
  canSetTwinningStatus,
  canWriteSummary,
} from './twinning.policy.ts';

// A project's page, the list of projects, and what the cities and the facilitator decide on it:
// confirmation, status, consent to publish and the public summary.

export const today = (): string => new Date().toISOString().slice(0, 10);

export interface TwinningPageData {
  project: q.TwinningDetail;
  actions: q.ActionRow[];
  milestones: q.MilestoneRow[];
  checkIns: Array<{ dueOn: string; submittedAt: string | null }>;
  documents: TwinningDocument[];
  timeline: TimelineEntry[];
  today: string;
  can: {
    change: boolean;
    setStatus: boolean;
    writeSummary: boolean;
    /** The cities of the project the actor coordinates. */
    cities: number[];
  };
}

/** The projects the actor may see: all for coordinators, else facilitated, their city's, partner's. */
export async function listTwinnings(
  deps: Deps,
  actor: Actor | null,
): Promise<{ rows: TwinningListRow[]; canCreate: boolean }> {
  const who = requireActor(actor);
  const rows = await selectVisibleTwinnings(deps.db, {
    userId: who.id,
    organisationId: who.organisationId,
    partnerId: who.partnerOrganisationId,
    all: isCoordinator(who),
  });
  return { rows, canCreate: canCreateTwinning(who) };
}

/** Everything the project page shows, for those who may see the project. */
export async function getTwinningPage(
  deps: Deps,
  actor: Actor | null,
  slug: string,
): Promise<TwinningPageData> {
  const parties = await requireTwinningView(deps, actor, slug);
  const [project, actions, milestones, checkIns, documents] = await Promise.all([
    q.selectTwinningDetail(deps.db, parties.id),
    q.selectActions(deps.db, parties.id),
    q.selectMilestones(deps.db, parties.id),
    q.selectCheckInDates(deps.db, parties.id),
    selectTwinningDocuments(deps.db, parties.id),
  ]);
  if (!project) throw new AppError('NOT_FOUND', 'twinning.errors.notFound');
  const now = today();
  return {
    project,
    actions,
    milestones,
    checkIns,
    documents,
    today: now,
    timeline: buildTimeline(project, actions, milestones, checkIns, now),
    can: {
      change: canChangeTwinning(actor, parties),
      setStatus: canSetTwinningStatus(actor, parties),
      writeSummary: canWriteSummary(actor, parties),
      cities: parties.coordinatedCityIds,
    },
  };
}

async function requireCityCoordinator(
  deps: Deps,
  actor: Actor | null,
  slug: string,
  cityId: number,
): Promise<TwinningParties> {
  const parties = await requireTwinningView(deps, actor, slug);
  if (!canActForCity(parties, cityId))
    throw new AppError('FORBIDDEN', 'twinning.errors.notCityCoordinator');
  return parties;
}

/**
 * A city coordinator confirms their city's part, once; the project becomes active when the
 * last city confirms. Returns false when the city had already confirmed.
 */
export async function confirmCity(
  deps: Deps,
  actor: Actor | null,
  slug: string,
  cityId: number,
): Promise<boolean> {
  const parties = await requireCityCoordinator(deps, actor, slug, cityId);
  return deps.db.transaction().execute(async (tx) => {
    const now = nowIso();
    const confirmed = await confirmTwinningCity(tx, parties.id, cityId, actor!.id, now);
    if (confirmed && (await w.allCitiesConfirmed(tx, parties.id)))
      await w.updateTwinningStatus(tx, parties.id, ['proposed'], 'active', now);
    return confirmed;
  });
}

// Which statuses each new status may follow.
const FROM: Record<'active' | 'completed' | 'cancelled', string[]> = {
  active: ['proposed'],
  completed: ['active'],
  cancelled: ['proposed', 'active'],
};

/** The facilitator activates (before every city confirmed), completes or cancels the project. */
export async function setTwinningStatus(
  deps: Deps,
  actor: Actor | null,
  slug: string,
  status: 'active' | 'completed' | 'cancelled' | undefined,
): Promise<void> {
  const parties = await requireTwinningView(deps, actor, slug);
  if (!canSetTwinningStatus(actor, parties))
    throw new AppError('FORBIDDEN', 'twinning.errors.notAllowed');
  if (status === undefined) throw new AppError('VALIDATION', 'twinning.errors.statusInvalid');
  if (!(await w.updateTwinningStatus(deps.db, parties.id, FROM[status], status, nowIso())))
    throw new AppError('CONFLICT', 'twinning.errors.statusNotAllowed');
}

/** A city coordinator agrees (or no longer agrees) that the summary be published. */
export async function setSummaryConsent(
  deps: Deps,
  actor: Actor | null,
  slug: string,
  cityId: number,
  agree: boolean,
): Promise<void> {
  const parties = await requireCityCoordinator(deps, actor, slug, cityId);
  await w.updatePublishesSummary(deps.db, parties.id, cityId, agree);
}

/**
 * The facilitator or programme coordinators write the summary meant for the public. Invalid text
 * (undefined) is refused with `errorKey`, once access is checked.
 */
export async function saveSummary(
  deps: Deps,
  actor: Actor | null,
  slug: string,
  text: string | undefined,
  errorKey = 'common.errors.invalid',
): Promise<void> {
  const parties = await requireTwinningView(deps, actor, slug);
  if (!canWriteSummary(actor, parties))
    throw new AppError('FORBIDDEN', 'twinning.errors.notAllowed');
  if (text === undefined)
    throw new AppError('VALIDATION', errorKey, { fields: { public_summary: errorKey } });
  await w.updatePublicSummary(deps.db, parties.id, text, nowIso());
}

/**
 * The public summary: for everyone once every city agreed and it is written; before that only
 * those who see the project get the page (as a preview), others a 404.
 */
export async function getPublicSummary(
  deps: Deps,
  actor: Actor | null,
  slug: string,
): Promise<{ project: q.TwinningDetail; published: boolean }> {
  const id = await selectTwinningIdBySlug(deps.db, slug);
  const project = id === undefined ? undefined : await q.selectTwinningDetail(deps.db, id);
  if (!project) throw new AppError('NOT_FOUND', 'twinning.errors.notFound');
  const published =
    project.publicSummary !== '' &&
    project.status !== 'cancelled' &&
    project.cities.every((c) => c.publishesSummary);
  if (published) return { project, published };
  if (actor === null) throw new AppError('NOT_FOUND', 'twinning.errors.notFound');
  await requireTwinningView(deps, actor, slug);
  return { project, published };
}
