import type { Deps } from '../../deps.ts';
import { AppError } from '../../web/errors.ts';
import type { Actor } from '../accounts/actor.ts';
import { lockTwinning } from './follow-up.queries.ts';
import { tellSupport } from './support-mail.ts';
import type { AskSupportInput } from './support.schema.ts';
import {
  insertSupportRequest,
  selectOpenDuplicate,
  selectSupportRequest,
} from './support.queries.ts';
import { supportAskForm } from './support.service.ts';
import { selectTwinningParties } from './twinning-access.queries.ts';

/**
 * A city coordinator asks for support for one of their cities; the facilitator and the partners'
 * editors are told. The same request sent twice (double click) is kept once.
 */
export async function askForSupport(
  deps: Deps,
  actor: Actor | null,
  slug: string,
  input: AskSupportInput,
): Promise<{ id: number; duplicate: boolean }> {
  const { project, cities } = await supportAskForm(deps, actor, slug);
  if (!cities.some((c) => c.id === input.city))
    throw new AppError('VALIDATION', 'follow-up.errors.cityRequired', {
      fields: { city: 'follow-up.errors.cityRequired' },
    });
  const me = actor!;
  const request = {
    twinningId: project.id,
    organisationId: input.city,
    kind: input.kind,
    title: input.title,
    body: input.details,
    createdBy: me.id,
  };
  return deps.db.transaction().execute(async (tx) => {
    await lockTwinning(tx, deps.dialect, project.id);
    const existing = await selectOpenDuplicate(tx, request);
    if (existing !== undefined) return { id: existing, duplicate: true };
    const id = await insertSupportRequest(tx, request, new Date().toISOString());
    const row = (await selectSupportRequest(tx, project.id, id))!;
    const parties = (await selectTwinningParties(tx, project.id, me.id))!;
    await tellSupport(tx, deps.config, 'asked', row, {
      projectSlug: project.slug,
      projectTitle: project.title,
      facilitatorId: parties.facilitatorId,
      authorId: me.id,
    });
    return { id, duplicate: false };
  });
}
