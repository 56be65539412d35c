import { insertEventDocument } from '../../src/features/events/event-documents.queries.ts';
import { storeUpload } from '../../src/files/index.ts';
import { acceptUpload } from '../../src/files/upload.ts';
import { createEvent } from '../factories/events.ts';
import { incomingFile, smallPdf } from '../factories/files.ts';
import { all, type ActorKind, type RouteRow, type SetupContext } from './types.ts';

// Outcome documents: ":docspub" is a published event of the table partner with one document
// (":docsfile"), ":docsdraft" a draft of it. Organisers manage them (the rows post nothing that
// changes: an empty form, an unknown document); everyone may see a published event's documents.

export async function setup({ deps, values, organisationId }: SetupContext) {
  const published = await createEvent(deps, { organisationId });
  const draft = await createEvent(deps, { organisationId, status: 'draft' });
  const upload = await acceptUpload(incomingFile('outcome.pdf', smallPdf('Outcome')), 10_000);
  const file = await storeUpload(deps.db, upload);
  const doc = { fileId: file.id, fileName: upload.name, language: 'en', title: 'Outcome' };
  const now = new Date().toISOString();
  const docId = await insertEventDocument(deps.db, { ...doc, eventId: published.id }, now);
  await insertEventDocument(deps.db, { ...doc, eventId: draft.id }, now);
  values[':docspub'] = published.slug;
  values[':docspubid'] = String(published.id);
  values[':docsdraft'] = draft.slug;
  values[':docsdraftid'] = String(draft.id);
  values[':docsfile'] = String(docId);
}

/** Organisers get `ok`; visitors are sent to sign in (GET) or refused (POST); others get `other`. */
const organisers = (
  method: 'GET' | 'POST',
  ok: number,
  other: number,
): Record<ActorKind, number> => ({
  anonymous: method === 'GET' ? 303 : 401,
  learner: other,
  facilitator: other,
  partner_editor: ok,
  coordinator: ok,
  admin: ok,
});

export const routes: RouteRow[] = [
  {
    method: 'GET',
    route: '/authoring/events/:id/documents',
    url: '/authoring/events/:docspubid/documents',
    expect: organisers('GET', 200, 403),
  },
  {
    method: 'GET',
    route: '/authoring/events/:id/documents',
    url: '/authoring/events/:docsdraftid/documents',
    expect: organisers('GET', 200, 404),
  },
  {
    method: 'POST',
    route: '/authoring/events/:id/documents',
    url: '/authoring/events/:docspubid/documents',
    form: { title: '', language: 'en' },
    expect: organisers('POST', 400, 403),
  },
  {
    method: 'POST',
    route: '/authoring/events/:id/documents/:doc/delete',
    url: '/authoring/events/:docspubid/documents/999999/delete',
    expect: organisers('POST', 404, 403),
  },
  {
    method: 'GET',
    route: '/events/:slug/documents',
    url: '/events/:docspub/documents',
    expect: all(200),
  },
  {
    method: 'GET',
    route: '/events/:slug/documents',
    url: '/events/:docsdraft/documents',
    expect: { ...all(404), partner_editor: 200, coordinator: 200, admin: 200 },
  },
  {
    method: 'GET',
    route: '/events/:slug/documents/:doc',
    url: '/events/:docspub/documents/:docsfile',
    expect: all(200),
  },
  {
    method: 'GET',
    route: '/events/:slug/documents/:doc',
    url: '/events/:docspub/documents/999999',
    expect: all(404),
  },
];
