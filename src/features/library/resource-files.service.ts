import { nowIso } from '../../db/database.ts';
import type { Deps } from '../../deps.ts';
import { addDocumentOnce, type Upload } from '../../files/index.ts';
import { AppError } from '../../web/errors.ts';
import { isCoordinator, type Actor } from '../accounts/actor.ts';
import { actsForOrganisation, canEditResource } from './library.policy.ts';
import { lockResource, touchResource } from './resource-edit.queries.ts';
import {
  loadEditableResource,
  loadVisibleResource,
  type EditableResource,
} from './resource-edit.service.ts';
import * as q from './resource-files.queries.ts';
import { insertResourceChange, insertResourceFile } from './resource-write.queries.ts';
import { indexResource } from './search-index.ts';
import { queueTextExtraction } from './text-extraction-queue.ts';

// A resource's files: its editors upload (one file per language or more) and remove them. Each
// upload is queued for text extraction and the resource re-indexed, in the same transaction.

export interface FilesSetup {
  resource: EditableResource;
  files: q.ResourceFileRow[];
  /** Whether the actor may upload and remove files now (not while it waits for review). */
  canEdit: boolean;
  canReview: boolean;
}

/** The editor's page of a resource: 404 for what the actor may not see, 403 for others' resources. */
export async function getFilesSetup(
  deps: Deps,
  actor: Actor | null,
  slug: string,
): Promise<FilesSetup> {
  const resource = await loadVisibleResource(deps, actor, slug);
  if (!actsForOrganisation(actor, resource.organisationId))
    throw new AppError('FORBIDDEN', 'library-edit.errors.notYours');
  return {
    resource,
    files: await q.selectResourceFiles(deps.db, resource.id),
    canEdit: canEditResource(actor, resource),
    canReview: isCoordinator(actor),
  };
}

/** Checks, before any file is read, that the actor may add files to the resource. */
export async function requireFilesEditor(
  deps: Deps,
  actor: Actor | null,
  slug: string,
): Promise<void> {
  await loadEditableResource(deps, actor, slug);
}

/**
 * Adds a file to a resource the actor may edit. The same file sent twice (a double submission)
 * makes one row: uploads to a resource take turns under a lock, and the second finds the first.
 */
export async function addResourceFile(
  deps: Deps,
  actor: Actor | null,
  slug: string,
  input: { language: string; upload: Upload },
): Promise<{ created: boolean }> {
  const { official, resource } = await loadEditableResource(deps, actor, slug);
  return addDocumentOnce(deps.db, input.upload, {
    lock: (tx) => lockResource(tx, deps.dialect, resource.id),
    hasFile: (tx, fileId) => q.hasResourceFile(tx, resource.id, fileId),
    insert: async (tx, fileId) => {
      const now = nowIso();
      const fileName = input.upload.name;
      const id = await insertResourceFile(
        tx,
        {
          resourceId: resource.id,
          fileId,
          fileName,
          language: input.language,
          createdBy: official.id,
        },
        now,
      );
      await queueTextExtraction(tx, id);
      await touchResource(tx, resource.id, now);
      await indexResource(tx, deps.dialect, resource.id);
      await insertResourceChange(
        tx,
        {
          resourceId: resource.id,
          actorId: official.id,
          action: 'file_added',
          details: { file: fileName, language: input.language },
        },
        now,
      );
    },
  });
}

/** Removes one of the resource's files and re-indexes it (the stored bytes may be shared). */
export async function removeResourceFile(
  deps: Deps,
  actor: Actor | null,
  slug: string,
  fileId: number | undefined,
): Promise<void> {
  const { official, resource } = await loadEditableResource(deps, actor, slug);
  const file =
    fileId === undefined ? undefined : await q.selectResourceFile(deps.db, resource.id, fileId);
  if (!file) throw new AppError('NOT_FOUND', 'library-edit.errors.fileNotFound');
  await deps.db.transaction().execute(async (tx) => {
    if (!(await q.deleteResourceFile(tx, resource.id, file.id)))
      throw new AppError('NOT_FOUND', 'library-edit.errors.fileNotFound');
    const now = nowIso();
    await touchResource(tx, resource.id, now);
    await indexResource(tx, deps.dialect, resource.id);
    await insertResourceChange(
      tx,
      {
        resourceId: resource.id,
        actorId: official.id,
        action: 'file_removed',
        details: { file: file.fileName, language: file.language },
      },
      now,
    );
  });
}
