import { THEME_SLUGS } from '../../src/features/cityshare/complementarity.ts';
import { createAssessment, createCityCoordinator } from '../factories/cityshare.ts';
import { createCity } from '../factories/organisations.ts';
import { all, signedIn, type ActorKind, type RouteRow, type SetupContext } from './types.ts';

// City profiles, coordinators and self-assessments (issue 5). The shared officials belong to the
// Table Partner, not to a city: only coordinators and admins may edit a city. ':city' is the
// shared Table City; setup adds a city with a private assessment and one without any.

const editors = (ok: number, anonymous: number, others = 403): Record<ActorKind, number> => ({
  anonymous,
  learner: others,
  facilitator: others,
  partner_editor: others,
  coordinator: ok,
  admin: ok,
});

const levels = (value: string): Record<string, string> =>
  Object.fromEntries(
    THEME_SLUGS.flatMap((s) => [
      [`strength_${s}`, value],
      [`need_${s}`, value],
    ]),
  );

export async function setup(ctx: SetupContext): Promise<void> {
  const hidden = await createCity(ctx.deps, { name: 'Route Table Private City' });
  const coordinator = await createCityCoordinator(ctx.deps, hidden.id);
  const id = await createAssessment(ctx.deps, hidden.id, {
    strengths: '432100',
    needs: '001234',
    isPrivate: true,
    createdBy: coordinator.id,
  });
  const fresh = await createCity(ctx.deps, { name: 'Route Table Fresh City' });
  ctx.values[':cityprivate'] = hidden.slug;
  ctx.values[':cityassessment'] = String(id);
  ctx.values[':cityfresh'] = fresh.slug;
}

export const routes: RouteRow[] = [
  {
    method: 'GET',
    route: '/cities/:slug/profile',
    url: '/cities/:city/profile',
    expect: editors(200, 303),
  },
  {
    method: 'GET',
    route: '/cities/:slug/profile',
    url: '/cities/:org/profile',
    expect: signedIn(404),
  },
  {
    method: 'POST',
    route: '/cities/:slug/profile',
    url: '/cities/:city/profile',
    form: { languages: 'fr', population: '1000', region: 'Centre', migration_context: 'Text' },
    expect: editors(303, 401),
  },
  {
    method: 'POST',
    route: '/cities/:slug/profile',
    url: '/cities/:city/profile',
    form: { languages: 'xx', population: 'many' },
    expect: editors(400, 401),
  },
  {
    method: 'GET',
    route: '/cities/:slug/coordinators',
    url: '/cities/:city/coordinators',
    expect: editors(200, 303),
  },
  {
    method: 'POST',
    route: '/cities/:slug/coordinators',
    url: '/cities/:city/coordinators',
    form: { action: 'remove', user_id: '999999' },
    expect: editors(303, 401),
  },
  {
    method: 'POST',
    route: '/cities/:slug/coordinators',
    url: '/cities/:city/coordinators',
    form: { action: 'add', user_id: '999999' },
    expect: editors(400, 401),
  },
  {
    method: 'GET',
    route: '/cities/:slug/assessment',
    url: '/cities/:city/assessment',
    expect: all(200),
  },
  {
    method: 'GET',
    route: '/cities/:slug/assessment',
    url: '/cities/:cityprivate/assessment',
    expect: all(200),
  },
  {
    method: 'GET',
    route: '/cities/:slug/assessment',
    url: '/cities/no-such-city/assessment',
    expect: all(404),
  },
  {
    method: 'GET',
    route: '/cities/:slug/assessment/:id',
    url: '/cities/:cityprivate/assessment/:cityassessment',
    // Private to the city's members, facilitators and programme coordinators.
    expect: { ...all(404), facilitator: 200, coordinator: 200, admin: 200 },
  },
  {
    method: 'GET',
    route: '/cities/:slug/assessment/:id',
    url: '/cities/:city/assessment/999999',
    expect: all(404),
  },
  {
    method: 'GET',
    route: '/cities/:slug/assessment/edit',
    url: '/cities/:city/assessment/edit',
    expect: editors(200, 303),
  },
  {
    method: 'POST',
    route: '/cities/:slug/assessment/edit',
    url: '/cities/:city/assessment/edit',
    form: levels('5'),
    expect: editors(400, 401),
  },
  {
    method: 'POST',
    route: '/cities/:slug/assessment/edit',
    url: '/cities/:cityfresh/assessment/edit',
    form: { ...levels('2'), based_on: '' },
    // The coordinator saves first; the admin's form, made before that save, is refused (409).
    expect: { ...editors(303, 401), admin: 409 },
  },
];
