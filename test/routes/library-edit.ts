import { createResource } from '../factories/library.ts';
import { createOrganisation } from '../factories/organisations.ts';
import type { ActorKind, RouteRow, SetupContext } from './types.ts';

// The library's editor and workflow: the table's partner editor acts for the table's
// organisation, which has a published resource (":lepub") and a draft (":ledraft"); another
// organisation has a published resource (":leother") and a draft (":leotherdraft"). No row
// changes state: forms are empty, files unknown, and each workflow step is tried in a state it
// does not apply to (409 for those allowed to take it).

export async function setup({ deps, values, organisationId }: SetupContext) {
  const other = await createOrganisation(deps, { name: 'Other Library Partner', isPartner: true });
  const make = (org: number, title: string, status: 'draft' | 'published') =>
    createResource(deps, { organisationId: org, title, status });
  values[':lepub'] = (await make(organisationId, 'Table toolkit', 'published')).slug;
  values[':ledraft'] = (await make(organisationId, 'Table draft toolkit', 'draft')).slug;
  values[':leother'] = (await make(other.id, 'Other toolkit', 'published')).slug;
  values[':leotherdraft'] = (await make(other.id, 'Other draft toolkit', 'draft')).slug;
}

type Expect = Record<ActorKind, number>;

/** The organisation's editors and coordinators get `ok`; other officials `other`. */
const editors = (method: 'GET' | 'POST', ok: number, other: number): Expect => ({
  anonymous: method === 'GET' ? 303 : 401,
  learner: other,
  facilitator: other,
  partner_editor: ok,
  coordinator: ok,
  admin: ok,
});

/** Coordinators (and admins) get `ok`; everyone else signed in `other`. */
const coordinators = (method: 'GET' | 'POST', ok: number, other: number): Expect => ({
  ...editors(method, ok, other),
  partner_editor: other,
});

const emptyForm = { kind: '', title_en: '', licence: '' };

export const routes: RouteRow[] = [
  { method: 'GET', route: '/library/new', url: '/library/new', expect: editors('GET', 200, 403) },
  {
    method: 'POST',
    route: '/library/new',
    url: '/library/new',
    form: emptyForm,
    expect: editors('POST', 400, 403),
  },
  {
    method: 'GET',
    route: '/library/:slug/edit',
    url: '/library/:lepub/edit',
    expect: editors('GET', 200, 403),
  },
  {
    method: 'GET',
    route: '/library/:slug/edit',
    url: '/library/:leother/edit',
    expect: coordinators('GET', 200, 403),
  },
  {
    method: 'GET',
    route: '/library/:slug/edit',
    url: '/library/:leotherdraft/edit',
    expect: coordinators('GET', 200, 404),
  },
  {
    method: 'POST',
    route: '/library/:slug/edit',
    url: '/library/:lepub/edit',
    form: emptyForm,
    expect: editors('POST', 400, 403),
  },
  {
    method: 'POST',
    route: '/library/:slug/edit',
    url: '/library/:leotherdraft/edit',
    form: emptyForm,
    expect: coordinators('POST', 400, 404),
  },
  {
    method: 'GET',
    route: '/library/:slug/files',
    url: '/library/:ledraft/files',
    expect: editors('GET', 200, 404),
  },
  {
    method: 'GET',
    route: '/library/:slug/files',
    url: '/library/:leother/files',
    expect: coordinators('GET', 200, 403),
  },
  {
    method: 'POST',
    route: '/library/:slug/files',
    url: '/library/:lepub/files',
    form: { language: 'en' },
    expect: editors('POST', 400, 403),
  },
  {
    method: 'POST',
    route: '/library/:slug/files/:fileId/delete',
    url: '/library/:lepub/files/999999/delete',
    expect: editors('POST', 404, 403),
  },
  {
    method: 'POST',
    route: '/library/:slug/submit',
    url: '/library/:lepub/submit',
    expect: editors('POST', 409, 403),
  },
  {
    method: 'POST',
    route: '/library/:slug/publish',
    url: '/library/:lepub/publish',
    expect: coordinators('POST', 409, 403),
  },
  {
    method: 'POST',
    route: '/library/:slug/send-back',
    url: '/library/:lepub/send-back',
    form: { comment: 'Please add the French summary.' },
    expect: coordinators('POST', 409, 403),
  },
  {
    method: 'POST',
    route: '/library/:slug/unpublish',
    url: '/library/:ledraft/unpublish',
    expect: { ...coordinators('POST', 409, 404), partner_editor: 403 },
  },
  {
    method: 'GET',
    route: '/library/:slug/changes',
    url: '/library/:lepub/changes',
    expect: editors('GET', 200, 403),
  },
  {
    method: 'GET',
    route: '/review/resources',
    url: '/review/resources',
    expect: coordinators('GET', 200, 403),
  },
  {
    method: 'GET',
    route: '/authoring/resources',
    url: '/authoring/resources',
    expect: editors('GET', 200, 403),
  },
];
