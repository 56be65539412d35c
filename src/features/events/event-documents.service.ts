import { nowIso } from '../../db/database.ts';
import type { Deps } from '../../deps.ts';
import { addDocumentOnce, openDocument, type FileContent, type Upload } from '../../files/index.ts';
import { AppError } from '../../web/errors.ts';
import type { Language } from '../../web/i18n.ts';
import type { Actor } from '../accounts/actor.ts';
import * as q from './event-documents.queries.ts';
import { loadEventForEdit } from './event-edit.service.ts';
import { pickText } from './event-text.ts';
import { getEventPage, type EventDetail } from './events.service.ts';

// Outcome documents of events (expert meetings above all): organisers upload PDFs with a title and
// a language and delete them; everyone who may see the event may download them.

export type { EventDocument } from './event-documents.queries.ts';

export interface DocumentsSetup {
  event: { id: number; slug: string; status: string; title: string };
  documents: q.EventDocument[];
}

const NOT_PDF = 'event-documents.errors.notPdf';

/** Outcome documents are PDFs only: a 415 for any other accepted upload (an image, a Word file). */
export function pdfOnly(upload: Upload): AppError | undefined {
  return upload.mediaType === 'application/pdf'
    ? undefined
    : new AppError('UNSUPPORTED_MEDIA', NOT_PDF, { fields: { file: NOT_PDF } });
}

/** The organiser's page of an event's documents; 404 / 403 as the event editor answers. */
export async function getDocumentsSetup(
  deps: Deps,
  actor: Actor | null,
  eventId: number,
  language: string,
): Promise<DocumentsSetup> {
  const event = await loadEventForEdit(deps, actor, eventId);
  const documents = await q.selectEventDocuments(deps.db, event.id);
  const title = pickText(event.texts, language)?.title ?? event.slug;
  return { event: { id: event.id, slug: event.slug, status: event.status, title }, documents };
}

/** Checks, before any file is read, that the actor organises the event. */
export async function requireDocumentsOrganiser(
  deps: Deps,
  actor: Actor | null,
  eventId: number,
): Promise<void> {
  await loadEventForEdit(deps, actor, eventId);
}

/**
 * Adds an outcome document to an event its actor organises. The same file sent twice to one event
 * (a double submission) makes one document: uploads to an event take turns, and the second finds
 * the first. Returns whether a document was added.
 */
export async function addEventDocument(
  deps: Deps,
  actor: Actor | null,
  eventId: number,
  input: { title: string; language: Language; upload: Upload },
): Promise<{ created: boolean }> {
  const event = await loadEventForEdit(deps, actor, eventId);
  const refused = pdfOnly(input.upload);
  if (refused) throw refused;
  return addDocumentOnce(deps.db, input.upload, {
    lock: (tx) => q.lockEvent(tx, deps.dialect, event.id),
    hasFile: async (tx, fileId) =>
      (await q.selectDocumentByFile(tx, event.id, fileId)) !== undefined,
    insert: async (tx, fileId) => {
      const { title, language, upload } = input;
      const doc = { eventId: event.id, fileId, fileName: upload.name, language, title };
      await q.insertEventDocument(tx, doc, nowIso());
    },
  });
}

/** Deletes one of the event's documents (its stored file stays: others may share the bytes). */
export async function removeEventDocument(
  deps: Deps,
  actor: Actor | null,
  eventId: number,
  documentId: number | undefined,
): Promise<void> {
  const event = await loadEventForEdit(deps, actor, eventId);
  if (documentId === undefined || !(await q.deleteEventDocument(deps.db, event.id, documentId)))
    throw new AppError('NOT_FOUND', 'event-documents.errors.notFound');
}

/** The public list of a visible event's documents (drafts: 404 except for their organisers). */
export async function getPublicDocuments(
  deps: Deps,
  actor: Actor | null,
  language: string,
  slug: string,
): Promise<{ event: EventDetail; documents: q.EventDocument[] }> {
  const event = await getEventPage(deps, actor, language, slug);
  return { event, documents: await q.selectEventDocuments(deps.db, event.id) };
}

/** One document of a visible event, with its bytes, to download; 404 when there is none. */
export async function getPublicDocumentFile(
  deps: Deps,
  actor: Actor | null,
  language: string,
  slug: string,
  documentId: number | undefined,
): Promise<{ name: string; file: FileContent }> {
  const event = await getEventPage(deps, actor, language, slug);
  const find = (id: number) => q.selectEventDocument(deps.db, event.id, id);
  return openDocument(deps.db, documentId, find, 'event-documents.errors.notFound');
}
