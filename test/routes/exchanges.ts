import { createExchange } from '../factories/exchanges.ts';
import { createCity } from '../factories/organisations.ts';
import { insertExchangeDocument } from '../../src/features/cityshare/exchange-items.queries.ts';
import { storeUpload } from '../../src/files/index.ts';
import { acceptUpload } from '../../src/files/upload.ts';
import { incomingFile, smallPdf } from '../factories/files.ts';
import type { ActorKind, RouteRow, SetupContext } from './types.ts';

// Exchanges: ":exchslug" is an exchange between two cities facilitated by the table's facilitator,
// with the table's learner as a participant and one document (":exchdoc"). The table's partner
// editor is party to nothing, so it is hidden from them (404). POST rows send input that is
// refused (400) or name nothing (404), so nothing changes.

export async function setup({ deps, values, officials }: SetupContext): Promise<void> {
  const a = await createCity(deps, { name: 'Exchange City A' });
  const b = await createCity(deps, { name: 'Exchange City B', country: 'PL' });
  const x = await createExchange(deps, {
    cityIds: [a.id, b.id],
    facilitatorId: officials.facilitator.id,
    participantIds: [officials.learner.id],
    title: 'Route table exchange',
  });
  const upload = await acceptUpload(incomingFile('notes.pdf', smallPdf('Exchange')), 10_000);
  const file = await storeUpload(deps.db, upload);
  const doc = await insertExchangeDocument(
    deps.db,
    { exchangeId: x.id, fileId: file.id, fileName: upload.name, title: 'Notes', uploadedBy: null },
    new Date().toISOString(),
  );
  values[':exchslug'] = x.slug;
  values[':exchdoc'] = String(doc);
}

/** Who sees the exchange gets `seen`; the learner (a participant) `learner`; others 404. */
const exchange = (
  method: 'GET' | 'POST',
  seen: number,
  learner = seen,
): Record<ActorKind, number> => ({
  anonymous: method === 'GET' ? 303 : 401,
  learner,
  facilitator: seen,
  partner_editor: 404,
  coordinator: seen,
  admin: seen,
});

const creators = (ok: number, anonymous: number): Record<ActorKind, number> => ({
  anonymous,
  learner: 403,
  facilitator: ok,
  partner_editor: 403,
  coordinator: ok,
  admin: ok,
});

const post = (
  route: string,
  url: string,
  form: Record<string, string>,
  expect: Record<ActorKind, number>,
): RouteRow => ({
  method: 'POST',
  route,
  url,
  form,
  expect,
});

export const routes: RouteRow[] = [
  {
    method: 'GET',
    route: '/exchanges',
    url: '/exchanges',
    expect: { ...exchange('GET', 200), partner_editor: 200 },
  },
  { method: 'GET', route: '/exchanges/new', url: '/exchanges/new', expect: creators(200, 303) },
  post('/exchanges/new', '/exchanges/new', { title: '' }, creators(400, 401)),
  {
    method: 'GET',
    route: '/exchanges/:slug',
    url: '/exchanges/:exchslug',
    expect: exchange('GET', 200),
  },
  {
    method: 'GET',
    route: '/exchanges/:slug',
    url: '/exchanges/no-such-exchange',
    expect: { ...exchange('GET', 404) },
  },
  post(
    '/exchanges/:slug/status',
    '/exchanges/:exchslug/status',
    { status: 'x' },
    exchange('POST', 400, 403),
  ),
  post(
    '/exchanges/:slug/meetings',
    '/exchanges/:exchslug/meetings',
    { meeting_title: 'M', meeting_date: '' },
    exchange('POST', 400, 403),
  ),
  post(
    '/exchanges/:slug/actions',
    '/exchanges/:exchslug/actions',
    { action_title: '' },
    exchange('POST', 400, 403),
  ),
  post(
    '/exchanges/:slug/actions/:item/toggle',
    '/exchanges/:exchslug/actions/999999/toggle',
    { done: '1' },
    exchange('POST', 404, 403),
  ),
  post(
    '/exchanges/:slug/participants',
    '/exchanges/:exchslug/participants',
    { participant: 'x' },
    exchange('POST', 400, 403),
  ),
  post(
    '/exchanges/:slug/participants/:item/remove',
    '/exchanges/:exchslug/participants/999999/remove',
    {},
    exchange('POST', 404, 403),
  ),
  post(
    '/exchanges/:slug/notes',
    '/exchanges/:exchslug/notes',
    { note_body: '' },
    exchange('POST', 400),
  ),
  post(
    '/exchanges/:slug/documents',
    '/exchanges/:exchslug/documents',
    { document_title: '' },
    exchange('POST', 400),
  ),
  {
    method: 'GET',
    route: '/exchanges/:slug/documents/:item',
    url: '/exchanges/:exchslug/documents/:exchdoc',
    expect: exchange('GET', 200),
  },
  {
    method: 'GET',
    route: '/exchanges/:slug/documents/:item',
    url: '/exchanges/:exchslug/documents/999999',
    expect: exchange('GET', 404),
  },
];
