import { nowIso } from '../../db/database.ts';
import type { Deps } from '../../deps.ts';
import { addDocumentOnce, openDocument, type FileContent, type Upload } from '../../files/index.ts';
import type { Actor } from '../accounts/actor.ts';
import { requireExchangeView } from './exchange-access.service.ts';
import * as w from './exchange-write.queries.ts';
import * as i from './exchange-items.queries.ts';
import * as p from './exchange-parts.queries.ts';

// Shared notes and documents: everyone who may see an exchange adds them and reads them.

// The same note by the same author within this time is a double submission, not a new note.
const TWIN_WINDOW_MS = 10 * 60_000;

/** Adds a note; the same text sent twice in a row by its author (a double click) is kept once. */
export async function addNote(
  deps: Deps,
  actor: Actor | null,
  slug: string,
  body: string,
): Promise<{ created: boolean }> {
  const { actor: author, parties } = await requireExchangeView(deps, actor, slug);
  return deps.db.transaction().execute(async (tx) => {
    await w.lockRow(tx, deps.dialect, 'exchanges', parties.id);
    const last = await i.selectLastNoteOf(tx, parties.id, author.id);
    if (last && last.body === body && Date.parse(last.createdAt) > Date.now() - TWIN_WINDOW_MS)
      return { created: false };
    await i.insertNote(tx, parties.id, author.id, body, nowIso());
    return { created: true };
  });
}

/** Checks, before any file is read, that the actor may add documents to the exchange. */
export async function requireDocumentAccess(
  deps: Deps,
  actor: Actor | null,
  slug: string,
): Promise<void> {
  await requireExchangeView(deps, actor, slug);
}

/** Adds a document; the same file sent twice to one exchange makes one document. */
export async function addExchangeDocument(
  deps: Deps,
  actor: Actor | null,
  slug: string,
  input: { title: string; upload: Upload },
): Promise<{ created: boolean }> {
  const { actor: uploader, parties } = await requireExchangeView(deps, actor, slug);
  return addDocumentOnce(deps.db, input.upload, {
    lock: (tx) => w.lockRow(tx, deps.dialect, 'exchanges', parties.id),
    hasFile: async (tx, fileId) =>
      (await i.selectDocumentByFile(tx, parties.id, fileId)) !== undefined,
    insert: async (tx, fileId) => {
      const { title, upload } = input;
      const doc = { exchangeId: parties.id, fileId, fileName: upload.name, title };
      await i.insertExchangeDocument(tx, { ...doc, uploadedBy: uploader.id }, nowIso());
    },
  });
}

/** One document of an exchange the actor may see, with its bytes; 404 when there is none. */
export async function getExchangeDocumentFile(
  deps: Deps,
  actor: Actor | null,
  slug: string,
  documentId: number | undefined,
): Promise<{ name: string; file: FileContent }> {
  const { parties } = await requireExchangeView(deps, actor, slug);
  const find = (id: number) => p.selectDocument(deps.db, parties.id, id);
  return openDocument(deps.db, documentId, find, 'exchanges.errors.documentNotFound');
}
