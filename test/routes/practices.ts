import { insertCityCoordinator } from '../../src/features/cityshare/city-members.queries.ts';
import { insertPracticeDocument } from '../../src/features/cityshare/practice-documents.queries.ts';
import { storeUpload } from '../../src/files/index.ts';
import { acceptUpload } from '../../src/files/upload.ts';
import { incomingFile, smallPdf } from '../factories/files.ts';
import { createCity } from '../factories/organisations.ts';
import { createPractice } from '../factories/practices.ts';
import { all, type ActorKind, type RouteRow, type SetupContext } from './types.ts';

// Good practices: the table's learner is made a city coordinator of ":practicecity", which has a
// published practice (":practicepub", with the document ":practicedoc") and a draft
// (":practicedraft", with ":practicedraftdoc"). The city's coordinator (the learner here) and
// programme coordinators edit them; the rows post nothing that changes state (empty forms,
// unknown documents, publishing what is published).

export async function setup({ deps, values, officials }: SetupContext) {
  const city = await createCity(deps, { name: 'Practice City' });
  await insertCityCoordinator(
    deps.db,
    { organisationId: city.id, userId: officials.learner.id, grantedBy: null },
    new Date().toISOString(),
  );
  const published = await createPractice(deps, {
    organisationId: city.id,
    title: 'Table practice',
  });
  const draft = await createPractice(deps, {
    organisationId: city.id,
    title: 'Table draft practice',
    status: 'draft',
  });
  const upload = await acceptUpload(incomingFile('report.pdf', smallPdf('Practice')), 10_000);
  const file = await storeUpload(deps.db, upload);
  const now = new Date().toISOString();
  const doc = { fileId: file.id, fileName: upload.name, title: 'Report' };
  const pubDoc = await insertPracticeDocument(deps.db, { ...doc, practiceId: published.id }, now);
  const draftDoc = await insertPracticeDocument(deps.db, { ...doc, practiceId: draft.id }, now);
  values[':practicecity'] = String(city.id);
  values[':practicepub'] = published.slug;
  values[':practicedraft'] = draft.slug;
  values[':practicedoc'] = String(pubDoc);
  values[':practicedraftdoc'] = String(draftDoc);
}

/** Editors (the city's coordinator, programme coordinators) get `ok`; others `other`. */
const editors = (method: 'GET' | 'POST', ok: number, other: number): Record<ActorKind, number> => ({
  anonymous: method === 'GET' ? 303 : 401,
  learner: ok,
  facilitator: other,
  partner_editor: other,
  coordinator: ok,
  admin: ok,
});

const emptyForm = { title: '', theme: '', language: '' };

export const routes: RouteRow[] = [
  { method: 'GET', route: '/practices', url: '/practices', expect: all(200) },
  { method: 'GET', route: '/practices', url: '/practices?theme=nope', expect: all(400) },
  {
    method: 'GET',
    route: '/practices/new',
    url: '/practices/new',
    expect: editors('GET', 200, 403),
  },
  {
    method: 'POST',
    route: '/practices',
    url: '/practices',
    form: { ...emptyForm, city: ':practicecity' },
    expect: editors('POST', 400, 403),
  },
  { method: 'GET', route: '/practices/:slug', url: '/practices/:practicepub', expect: all(200) },
  {
    method: 'GET',
    route: '/practices/:slug',
    url: '/practices/:practicedraft',
    expect: { ...editors('GET', 200, 404), anonymous: 404 },
  },
  {
    method: 'GET',
    route: '/practices/:slug',
    url: '/practices/no-such-practice',
    expect: all(404),
  },
  {
    method: 'GET',
    route: '/practices/:slug/edit',
    url: '/practices/:practicepub/edit',
    expect: editors('GET', 200, 403),
  },
  {
    method: 'GET',
    route: '/practices/:slug/edit',
    url: '/practices/:practicedraft/edit',
    expect: editors('GET', 200, 404),
  },
  {
    method: 'POST',
    route: '/practices/:slug/edit',
    url: '/practices/:practicepub/edit',
    form: emptyForm,
    expect: editors('POST', 400, 403),
  },
  {
    method: 'POST',
    route: '/practices/:slug/publish',
    url: '/practices/:practicepub/publish',
    expect: editors('POST', 303, 403),
  },
  {
    method: 'POST',
    route: '/practices/:slug/unpublish',
    url: '/practices/:practicedraft/unpublish',
    expect: editors('POST', 303, 404),
  },
  {
    method: 'GET',
    route: '/practices/:slug/documents',
    url: '/practices/:practicepub/documents',
    expect: editors('GET', 200, 403),
  },
  {
    method: 'POST',
    route: '/practices/:slug/documents',
    url: '/practices/:practicepub/documents',
    form: { title: '' },
    expect: editors('POST', 400, 403),
  },
  {
    method: 'POST',
    route: '/practices/:slug/documents/:doc/delete',
    url: '/practices/:practicepub/documents/999999/delete',
    expect: editors('POST', 404, 403),
  },
  {
    method: 'GET',
    route: '/practices/:slug/documents/:doc',
    url: '/practices/:practicepub/documents/:practicedoc',
    expect: all(200),
  },
  {
    method: 'GET',
    route: '/practices/:slug/documents/:doc',
    url: '/practices/:practicedraft/documents/:practicedraftdoc',
    expect: { ...editors('GET', 200, 404), anonymous: 404 },
  },
];
