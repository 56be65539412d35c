import { smallPdf } from '../factories/files.ts';
import { createResource } from '../factories/library.ts';
import { all, type ActorKind, type RouteRow, type SetupContext } from './types.ts';

// The resource page, downloads and where a resource is used. The table partner has a published
// resource (":rspub", file ":rsfile") and a draft (":rsdraft", file ":rsdraftfile"); its partner
// editor, coordinators and admins edit them. POST rows change nothing (an empty choice, an
// unknown use).

export async function setup({ deps, values, organisationId }: SetupContext) {
  const pub = await createResource(deps, {
    organisationId,
    title: 'Table resource',
    files: [{ bytes: smallPdf('Table'), name: 'table.pdf' }],
  });
  const draft = await createResource(deps, {
    organisationId,
    title: 'Table draft resource',
    status: 'draft',
    files: [{ bytes: smallPdf('Table draft'), name: 'draft.pdf' }],
  });
  const fileOf = async (resourceId: number) =>
    (
      await deps.db
        .selectFrom('resource_files')
        .select('id')
        .where('resource_id', '=', resourceId)
        .executeTakeFirstOrThrow()
    ).id;
  values[':rspub'] = pub.slug;
  values[':rsdraft'] = draft.slug;
  values[':rsfile'] = String(await fileOf(pub.id));
  values[':rsdraftfile'] = String(await fileOf(draft.id));
}

/** The partner's editor, coordinators and admins get `editor`; learners and facilitators `other`. */
const byRole = (anonymous: number, other: number, editor: number): Record<ActorKind, number> => ({
  anonymous,
  learner: other,
  facilitator: other,
  partner_editor: editor,
  coordinator: editor,
  admin: editor,
});

const noChoice = { course: '', event: '', practice: '' };

export const routes: RouteRow[] = [
  { method: 'GET', route: '/library/:slug', url: '/library/:rspub', expect: all(200) },
  {
    method: 'GET',
    route: '/library/:slug',
    url: '/library/:rsdraft',
    expect: byRole(404, 404, 200),
  },
  { method: 'GET', route: '/library/:slug', url: '/library/no-such-resource', expect: all(404) },
  {
    method: 'GET',
    route: '/library/:slug/files/:fileId',
    url: '/library/:rspub/files/:rsfile',
    expect: all(200),
  },
  {
    method: 'GET',
    route: '/library/:slug/files/:fileId',
    url: '/library/:rsdraft/files/:rsdraftfile',
    expect: byRole(404, 404, 200),
  },
  {
    method: 'GET',
    route: '/library/:slug/files/:fileId',
    url: '/library/:rspub/files/:rsdraftfile',
    expect: all(404),
  },
  {
    method: 'POST',
    route: '/library/:slug/uses',
    url: '/library/:rspub/uses',
    form: noChoice,
    expect: byRole(401, 403, 400),
  },
  {
    method: 'POST',
    route: '/library/:slug/uses',
    url: '/library/:rsdraft/uses',
    form: noChoice,
    expect: byRole(401, 404, 400),
  },
  {
    method: 'POST',
    route: '/library/:slug/uses/:useId/delete',
    url: '/library/:rspub/uses/999999/delete',
    form: {},
    expect: byRole(401, 403, 404),
  },
];
