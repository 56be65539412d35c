import { nowIso } from '../../db/database.ts';
import type { Deps } from '../../deps.ts';
import { addDocumentOnce, openDocument, type FileContent, type Upload } from '../../files/index.ts';
import { AppError } from '../../web/errors.ts';
import type { Actor } from '../accounts/actor.ts';
import * as q from './practice-documents.queries.ts';
import { loadEditablePractice, loadVisiblePractice } from './practice.service.ts';

// Documents of good practices (reports, toolkits, photos): the practice's editors upload and
// delete them; whoever may see the practice may download them.

export interface DocumentsSetup {
  practice: { id: number; slug: string; title: string; status: string };
  documents: q.PracticeDocument[];
}

const NOT_FOUND = 'practices.errors.documentNotFound';

/** The editors' page of a practice's documents; 404 / 403 as the practice's editor answers. */
export async function getDocumentsSetup(
  deps: Deps,
  actor: Actor | null,
  slug: string,
): Promise<DocumentsSetup> {
  const { practice } = await loadEditablePractice(deps, actor, slug);
  const { id, title, status } = practice;
  return {
    practice: { id, slug: practice.slug, title, status },
    documents: await q.selectPracticeDocuments(deps.db, id),
  };
}

/** Checks, before any file is read, that the actor may add documents to the practice. */
export async function requireDocumentsEditor(
  deps: Deps,
  actor: Actor | null,
  slug: string,
): Promise<void> {
  await loadEditablePractice(deps, actor, slug);
}

/**
 * Adds a document to a practice the actor may edit. The same file sent twice to one practice (a
 * double submission) makes one document: uploads to a practice take turns under a lock, and the
 * second finds the first. Returns whether a document was added.
 */
export async function addPracticeDocument(
  deps: Deps,
  actor: Actor | null,
  slug: string,
  input: { title: string; upload: Upload },
): Promise<{ created: boolean }> {
  const { practice } = await loadEditablePractice(deps, actor, slug);
  return addDocumentOnce(deps.db, input.upload, {
    lock: (tx) => q.lockPractice(tx, deps.dialect, practice.id),
    hasFile: (tx, fileId) => q.hasDocumentWithFile(tx, practice.id, fileId),
    insert: async (tx, fileId) => {
      const doc = { practiceId: practice.id, fileId, fileName: input.upload.name };
      await q.insertPracticeDocument(tx, { ...doc, title: input.title }, nowIso());
    },
  });
}

/** Deletes one of the practice's documents (the stored bytes stay: others may share them). */
export async function removePracticeDocument(
  deps: Deps,
  actor: Actor | null,
  slug: string,
  documentId: number | undefined,
): Promise<void> {
  const { practice } = await loadEditablePractice(deps, actor, slug);
  if (
    documentId === undefined ||
    !(await q.deletePracticeDocument(deps.db, practice.id, documentId))
  )
    throw new AppError('NOT_FOUND', NOT_FOUND);
}

/** One document of a practice the actor may see, with its bytes, to download; else 404. */
export async function getPracticeDocumentFile(
  deps: Deps,
  actor: Actor | null,
  slug: string,
  documentId: number | undefined,
): Promise<{ name: string; file: FileContent }> {
  const { practice } = await loadVisiblePractice(deps, actor, slug);
  const find = (id: number) => q.selectPracticeDocument(deps.db, practice.id, id);
  return openDocument(deps.db, documentId, find, NOT_FOUND);
}
