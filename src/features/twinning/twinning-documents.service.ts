import { nowIso } from '../../db/database.ts';
import type { Deps } from '../../deps.ts';
import { addDocumentOnce, openDocument, type FileContent, type Upload } from '../../files/index.ts';
import { AppError } from '../../web/errors.ts';
import type { Actor } from '../accounts/actor.ts';
import { requireTwinningChange, requireTwinningView } from './twinning-access.service.ts';
import * as q from './twinning-documents.queries.ts';

// A project's documents: those who change the project upload and delete them (any accepted type:
// PDF, office documents, images); everyone who sees the project downloads them.

export type { TwinningDocument } from './twinning-documents.queries.ts';

/** Checks, before any file is read, that the actor may change the project; returns its id. */
export async function requireDocumentsEditor(
  deps: Deps,
  actor: Actor | null,
  slug: string,
): Promise<number> {
  return (await requireTwinningChange(deps, actor, slug)).id;
}

/**
 * Adds a document; the same file sent twice to one project (a double submission) makes one
 * document: uploads to a project take turns and the second finds the first.
 */
export async function addTwinningDocument(
  deps: Deps,
  actor: Actor | null,
  slug: string,
  input: { title: string; upload: Upload },
): Promise<{ created: boolean }> {
  const { id } = await requireTwinningChange(deps, actor, slug);
  return addDocumentOnce(deps.db, input.upload, {
    lock: (tx) => q.lockTwinning(tx, deps.dialect, id),
    hasFile: async (tx, fileId) => (await q.selectDocumentByFile(tx, id, fileId)) !== undefined,
    insert: async (tx, fileId) => {
      const { title, upload } = input;
      const doc = { twinningId: id, fileId, fileName: upload.name, title, uploadedBy: actor!.id };
      await q.insertTwinningDocument(tx, doc, nowIso());
    },
  });
}

/** Deletes one of the project's documents (the stored bytes stay: others may share them). */
export async function removeTwinningDocument(
  deps: Deps,
  actor: Actor | null,
  slug: string,
  documentId: number | undefined,
): Promise<void> {
  const { id } = await requireTwinningChange(deps, actor, slug);
  if (documentId === undefined || !(await q.deleteTwinningDocument(deps.db, id, documentId)))
    throw new AppError('NOT_FOUND', 'twinning.errors.documentNotFound');
}

/** One document with its bytes, for those who see the project; 404 when there is none. */
export async function getTwinningDocumentFile(
  deps: Deps,
  actor: Actor | null,
  slug: string,
  documentId: number | undefined,
): Promise<{ name: string; file: FileContent }> {
  const { id } = await requireTwinningView(deps, actor, slug);
  const find = (docId: number) => q.selectTwinningDocument(deps.db, id, docId);
  return openDocument(deps.db, documentId, find, 'twinning.errors.documentNotFound');
}
