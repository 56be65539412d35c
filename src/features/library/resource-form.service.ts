import { isUniqueViolation, nowIso, type Db } from '../../db/database.ts';
import type { Deps } from '../../deps.ts';
import { AppError } from '../../web/errors.ts';
import type { Actor } from '../accounts/actor.ts';
import {
  getFormChoices,
  loadEditableResource,
  ownerOfNew,
  requireCreator,
  type EditableResource,
} from './resource-edit.service.ts';
import * as q from './resource-edit.queries.ts';
import type { ResourceInput } from './resource-form.schema.ts';
import {
  insertResource,
  insertResourceChange,
  replaceResourceParts,
} from './resource-write.queries.ts';
import { indexResource } from './search-index.ts';

// Saving the resource form: a new draft, or changes to an existing resource. Everything (parts,
// search index, the record of changes) is written in one transaction.

/** Refuses choices that are not on offer (unknown themes, organisations or experts). */
async function checkChoices(
  deps: Deps,
  input: ResourceInput,
  ownerId: number | null,
  current: number[],
): Promise<number[]> {
  const choices = await getFormChoices(deps, 'en', ownerId, current);
  const fields: Record<string, string> = {};
  const known = (list: Array<{ id: number }>, ids: number[]) =>
    ids.every((id) => list.some((c) => c.id === id));
  if (!known(choices.themes, input.themes)) fields.themes = 'library-edit.errors.theme';
  if (!known(choices.experts, input.experts)) fields.experts = 'library-edit.errors.expert';
  if (!known(choices.publishers, input.publishers))
    fields.publishers = 'library-edit.errors.publisher';
  if (ownerId === null) fields.publishers = 'library-edit.errors.publisherRequired';
  if (Object.keys(fields).length)
    throw new AppError('VALIDATION', Object.values(fields)[0], { fields });
  // The owner always publishes, first.
  return [...new Set([ownerId as number, ...input.publishers])];
}

/**
 * Adds a draft resource for the actor's organisation (a coordinator's: the first publisher).
 * The same form sent twice (its key) makes one resource. Returns its slug.
 */
export async function createResourceFromForm(
  deps: Deps,
  actor: Actor | null,
  input: ResourceInput,
): Promise<string> {
  const official = requireCreator(actor);
  const ownerId = ownerOfNew(official, input.publishers);
  const publisherIds = await checkChoices(deps, input, ownerId, []);
  const key = input.key || null;
  try {
    return await deps.db.transaction().execute(async (tx) => {
      if (key) {
        const earlier = await q.selectResourceByKey(tx, key);
        if (earlier) return earlier.slug;
      }
      const now = nowIso();
      const { id, slug } = await insertResource(
        tx,
        {
          ...input,
          organisationId: ownerId as number,
          status: 'draft',
          isDemo: false,
          createdBy: official.id,
          themeIds: input.themes,
          publisherIds,
        },
        now,
      );
      if (key) await q.setRequestKey(tx, id, key);
      await q.replaceResourceExperts(tx, id, input.experts);
      await indexResource(tx, deps.dialect, id);
      await insertResourceChange(
        tx,
        { resourceId: id, actorId: official.id, action: 'created' },
        now,
      );
      return slug;
    });
  } catch (err) {
    // Two parallel posts of one form: the second finds the first's resource.
    const earlier =
      key && isUniqueViolation(err) ? await q.selectResourceByKey(deps.db, key) : undefined;
    if (earlier) return earlier.slug;
    throw err;
  }
}

/** The names of the fields that differ between the resource and the new input. */
function changedFields(
  r: EditableResource,
  input: ResourceInput,
  publisherIds: number[],
): string[] {
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  const sorted = (a: number[]) => [...a].sort((x, y) => x - y);
  const text = (field: 'title' | 'summary') => (list: ResourceInput['translations']) =>
    Object.fromEntries(list.map((t) => [t.language, t[field]]).sort());
  const checks: Array<[string, boolean]> = [
    ['kind', r.kind === input.kind],
    ['titles', same(text('title')(r.translations), text('title')(input.translations))],
    ['summaries', same(text('summary')(r.translations), text('summary')(input.translations))],
    ['languages', same([...r.languages].sort(), [...input.languages].sort())],
    ['themes', same(sorted(r.themeIds), sorted(input.themes))],
    ['regions', same([...r.regions].sort(), [...input.regions].sort())],
    ['countries', same([...r.countries].sort(), [...input.countries].sort())],
    ['publishers', same(r.publisherIds, publisherIds)],
    ['authors', r.authors === input.authors],
    ['experts', same(sorted(r.expertIds), sorted(input.experts))],
    ['year', r.year === input.year],
    ['licence', r.licence === input.licence],
    ['link', r.linkUrl === input.linkUrl],
  ];
  return checks.filter(([, unchanged]) => !unchanged).map(([name]) => name);
}

/** Saves the form for a resource the actor may edit; records which fields changed (if any). */
export async function updateResourceFromForm(
  deps: Deps,
  actor: Actor | null,
  slug: string,
  input: ResourceInput,
): Promise<void> {
  const { official, resource } = await loadEditableResource(deps, actor, slug);
  const publisherIds = await checkChoices(
    deps,
    input,
    resource.organisationId,
    resource.publisherIds,
  );
  const fields = changedFields(resource, input, publisherIds);
  if (!fields.length) return;
  await deps.db.transaction().execute(async (tx: Db) => {
    const now = nowIso();
    await q.updateResourceFields(tx, resource.id, input, now);
    await replaceResourceParts(tx, resource.id, {
      translations: input.translations,
      themeIds: input.themes,
      publisherIds,
    });
    await q.replaceResourceExperts(tx, resource.id, input.experts);
    await indexResource(tx, deps.dialect, resource.id);
    await insertResourceChange(
      tx,
      { resourceId: resource.id, actorId: official.id, action: 'edited', details: { fields } },
      now,
    );
  });
}
