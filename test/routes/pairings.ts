import { insertPairing } from '../../src/features/cityshare/pairings.queries.ts';
import { createAssessment } from '../factories/cityshare.ts';
import { createCity } from '../factories/organisations.ts';
import type { ActorKind, RouteRow, SetupContext } from './types.ts';

// Cohort pairing is for facilitators and programme coordinators.

export async function setup(ctx: SetupContext): Promise<void> {
  const cities = [];
  for (const [name, strengths, needs] of [
    ['Pairing City', '300000', '030000'],
    ['Pairing Partner', '030000', '300000'],
  ] as const) {
    const city = await createCity(ctx.deps, { name });
    await createAssessment(ctx.deps, city.id, { strengths, needs });
    cities.push(city.id);
  }
  const id = await insertPairing(
    ctx.deps.db,
    {
      title: 'Route table pairing',
      runId: null,
      createdBy: ctx.officials.facilitator.id,
      requestKey: 'route-table-pairing-key-0001',
      cities: cities.map((id) => ({ id, group: 1 })),
    },
    new Date().toISOString(),
  );
  ctx.values[':pairing'] = String(id);
}

const pairers = (method: 'GET' | 'POST', status: number): Record<ActorKind, number> => ({
  anonymous: method === 'GET' ? 303 : 401,
  learner: 403,
  facilitator: status,
  partner_editor: 403,
  coordinator: status,
  admin: status,
});

export const routes: RouteRow[] = [
  {
    method: 'GET',
    route: '/facilitate/pairings',
    url: '/facilitate/pairings',
    expect: pairers('GET', 200),
  },
  {
    method: 'GET',
    route: '/facilitate/pairings/new',
    url: '/facilitate/pairings/new',
    expect: pairers('GET', 200),
  },
  {
    method: 'POST',
    route: '/facilitate/pairings',
    url: '/facilitate/pairings',
    form: { source: 'cities', call_title: '', cities: '' },
    expect: pairers('POST', 400),
  },
  {
    method: 'GET',
    route: '/facilitate/pairings/:id',
    url: '/facilitate/pairings/:pairing',
    expect: pairers('GET', 200),
  },
  {
    method: 'POST',
    route: '/facilitate/pairings/:id/move',
    url: '/facilitate/pairings/:pairing/move',
    form: { city: '', group: '1' },
    expect: pairers('POST', 400),
  },
  {
    method: 'POST',
    route: '/facilitate/pairings/:id/swap',
    url: '/facilitate/pairings/:pairing/swap',
    form: { first: '', second: '' },
    expect: pairers('POST', 400),
  },
  {
    method: 'POST',
    route: '/facilitate/pairings/:id/recompute',
    url: '/facilitate/pairings/:pairing/recompute',
    expect: pairers('POST', 303),
  },
];
