import type { Deps } from '../../deps.ts';
import { AppError } from '../../web/errors.ts';
import type { Actor } from '../accounts/actor.ts';
import { actionPlanCsv, actionPlanTable, type Formatters } from './action-plan.ts';
import { renderActionPlanPdf } from './action-plan-pdf.ts';
import { requireTwinningView } from './twinning-access.service.ts';
import { today } from './twinning.service.ts';
import * as q from './twinning.queries.ts';

// Exports of the action plan, for everyone who may see the project.

async function load(deps: Deps, actor: Actor | null, slug: string) {
  const parties = await requireTwinningView(deps, actor, slug);
  const [project, actions] = await Promise.all([
    q.selectTwinningDetail(deps.db, parties.id),
    q.selectActions(deps.db, parties.id),
  ]);
  if (!project) throw new AppError('NOT_FOUND', 'twinning.errors.notFound');
  return { project, actions };
}

/** The action plan as spreadsheet-safe CSV. */
export async function getActionPlanCsv(
  deps: Deps,
  actor: Actor | null,
  slug: string,
  f: Formatters,
): Promise<{ fileName: string; text: string }> {
  const { project, actions } = await load(deps, actor, slug);
  return {
    fileName: `${project.slug}-action-plan.csv`,
    text: actionPlanCsv(actions, f.t, today()),
  };
}

/** The action plan as a PDF in the reader's language. */
export async function getActionPlanPdf(
  deps: Deps,
  actor: Actor | null,
  slug: string,
  f: Formatters & { lang: string },
): Promise<{ fileName: string; bytes: Uint8Array }> {
  const { project, actions } = await load(deps, actor, slug);
  const bytes = await renderActionPlanPdf(actionPlanTable(project, actions, f, today()));
  return { fileName: `${project.slug}-action-plan.pdf`, bytes };
}
