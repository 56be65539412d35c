import { insertTwinningDocument } from '../../src/features/twinning/twinning-documents.queries.ts';
import { storeUpload } from '../../src/files/index.ts';
import { acceptUpload } from '../../src/files/upload.ts';
import { createCity } from '../factories/organisations.ts';
import { createTwinning } from '../factories/twinnings.ts';
import { incomingFile, smallPdf } from '../factories/files.ts';
import { all, type ActorKind, type RouteRow, type SetupContext } from './types.ts';

// Twinning projects. ":twinslug" joins two cities none of the table's officials belongs to, with
// the table partner as supporting partner and the table's facilitator: the facilitator changes it;
// the partner editor, coordinators and admins see it; the learner (a member of the partner, not of
// a city) does not. ":twinpub" has a summary every city agreed to publish. The rows post nothing
// that changes a project: empty or invalid forms, unknown rows, cities the actor does not coordinate.

export async function setup({ deps, values, organisationId, officials }: SetupContext) {
  const a = await createCity(deps, { name: 'Twin City A' });
  const b = await createCity(deps, { name: 'Twin City B', country: 'PL' });
  const project = await createTwinning(deps, {
    cityIds: [a.id, b.id],
    partnerIds: [organisationId],
    facilitatorId: officials.facilitator.id,
    actions: [{ title: 'Survey' }],
    milestones: [{ title: 'Conference', dueOn: '2026-06-01' }],
  });
  const published = await createTwinning(deps, { cityIds: [a.id, b.id] });
  await deps.db
    .updateTable('twinnings')
    .set({ public_summary: 'What we learnt.' })
    .where('id', '=', published.id)
    .execute();
  await deps.db
    .updateTable('twinning_cities')
    .set({ publishes_summary: 1 })
    .where('twinning_id', '=', published.id)
    .execute();
  const milestone = await deps.db
    .selectFrom('twinning_milestones')
    .select('id')
    .where('twinning_id', '=', project.id)
    .executeTakeFirstOrThrow();
  const upload = await acceptUpload(incomingFile('plan.pdf', smallPdf('Plan')), 10_000);
  const file = await storeUpload(deps.db, upload);
  const doc = await insertTwinningDocument(
    deps.db,
    {
      twinningId: project.id,
      fileId: file.id,
      fileName: upload.name,
      title: 'Plan',
      uploadedBy: officials.facilitator.id,
    },
    new Date().toISOString(),
  );
  values[':twinslug'] = project.slug;
  values[':twinpub'] = published.slug;
  values[':twinaction'] = String(project.actionIds[0]);
  values[':twinmilestone'] = String(milestone.id);
  values[':twindoc'] = String(doc);
}

/** Seen by all but the learner; `change` for the facilitator, `other` for the other viewers. */
const project = (
  method: 'GET' | 'POST',
  change: number,
  other: number,
): Record<ActorKind, number> => ({
  anonymous: method === 'GET' ? 303 : 401,
  learner: 404,
  facilitator: change,
  partner_editor: other,
  coordinator: other,
  admin: other,
});

/** What the facilitator and programme coordinators decide (status, summary). */
const programme = (status: number): Record<ActorKind, number> => ({
  ...project('POST', status, status),
  partner_editor: 403,
});

const creators = (method: 'GET' | 'POST', ok: number): Record<ActorKind, number> => ({
  anonymous: method === 'GET' ? 303 : 401,
  learner: 403,
  facilitator: ok,
  partner_editor: 403,
  coordinator: ok,
  admin: ok,
});

const P = '/twinnings/:twinslug';

export const routes: RouteRow[] = [
  {
    method: 'GET',
    route: '/twinnings',
    url: '/twinnings',
    expect: { ...all(200), anonymous: 303 },
  },
  { method: 'GET', route: '/twinnings/new', url: '/twinnings/new', expect: creators('GET', 200) },
  {
    method: 'POST',
    route: '/twinnings/new',
    url: '/twinnings/new',
    form: { title: '' },
    expect: creators('POST', 400),
  },
  { method: 'GET', route: '/twinnings/:slug', url: P, expect: project('GET', 200, 200) },
  {
    method: 'GET',
    route: '/twinnings/:slug',
    url: '/twinnings/no-such-project',
    expect: { ...all(404), anonymous: 303 },
  },
  {
    method: 'GET',
    route: '/twinnings/:slug/summary',
    url: `${P}/summary`,
    expect: { ...project('GET', 200, 200), anonymous: 404 },
  },
  {
    method: 'GET',
    route: '/twinnings/:slug/summary',
    url: '/twinnings/:twinpub/summary',
    expect: all(200),
  },
  {
    method: 'POST',
    route: '/twinnings/:slug/confirm',
    url: `${P}/confirm`,
    form: { city: '999999' },
    expect: project('POST', 403, 403),
  },
  {
    method: 'POST',
    route: '/twinnings/:slug/publish',
    url: `${P}/publish`,
    form: { city: '999999', agree: '1' },
    expect: project('POST', 403, 403),
  },
  {
    method: 'POST',
    route: '/twinnings/:slug/status',
    url: `${P}/status`,
    form: { status: 'bogus' },
    expect: programme(400),
  },
  {
    method: 'POST',
    route: '/twinnings/:slug/summary',
    url: `${P}/summary`,
    form: { public_summary: 'x'.repeat(5001) },
    expect: programme(400),
  },
  {
    method: 'GET',
    route: '/twinnings/:slug/actions/new',
    url: `${P}/actions/new`,
    expect: project('GET', 200, 403),
  },
  {
    method: 'POST',
    route: '/twinnings/:slug/actions',
    url: `${P}/actions`,
    form: { title: '' },
    expect: project('POST', 400, 403),
  },
  {
    method: 'GET',
    route: '/twinnings/:slug/actions/:action/edit',
    url: `${P}/actions/:twinaction/edit`,
    expect: project('GET', 200, 403),
  },
  {
    method: 'POST',
    route: '/twinnings/:slug/actions/:action',
    url: `${P}/actions/:twinaction`,
    form: { title: '' },
    expect: project('POST', 400, 403),
  },
  {
    method: 'POST',
    route: '/twinnings/:slug/actions/:action/delete',
    url: `${P}/actions/999999/delete`,
    expect: project('POST', 404, 403),
  },
  {
    method: 'GET',
    route: '/twinnings/:slug/milestones/new',
    url: `${P}/milestones/new`,
    expect: project('GET', 200, 403),
  },
  {
    method: 'POST',
    route: '/twinnings/:slug/milestones',
    url: `${P}/milestones`,
    form: { title: '' },
    expect: project('POST', 400, 403),
  },
  {
    method: 'GET',
    route: '/twinnings/:slug/milestones/:milestone/edit',
    url: `${P}/milestones/:twinmilestone/edit`,
    expect: project('GET', 200, 403),
  },
  {
    method: 'POST',
    route: '/twinnings/:slug/milestones/:milestone',
    url: `${P}/milestones/:twinmilestone`,
    form: { title: '' },
    expect: project('POST', 400, 403),
  },
  {
    method: 'GET',
    route: '/twinnings/:slug/documents',
    url: `${P}/documents`,
    expect: project('GET', 200, 200),
  },
  {
    method: 'POST',
    route: '/twinnings/:slug/documents',
    url: `${P}/documents`,
    form: { title: '' },
    expect: project('POST', 400, 403),
  },
  {
    method: 'GET',
    route: '/twinnings/:slug/documents/:doc',
    url: `${P}/documents/:twindoc`,
    expect: project('GET', 200, 200),
  },
  {
    method: 'POST',
    route: '/twinnings/:slug/documents/:doc/delete',
    url: `${P}/documents/999999/delete`,
    expect: project('POST', 404, 403),
  },
  {
    method: 'GET',
    route: '/twinnings/:slug/action-plan.csv',
    url: `${P}/action-plan.csv`,
    expect: project('GET', 200, 200),
  },
  {
    method: 'GET',
    route: '/twinnings/:slug/action-plan.pdf',
    url: `${P}/action-plan.pdf`,
    expect: project('GET', 200, 200),
  },
];
