import { createAssessment } from '../factories/cityshare.ts';
import { createCity } from '../factories/organisations.ts';
import { all, type ActorKind, type RouteRow, type SetupContext } from './types.ts';

// CityShare's landing and "about suggestions" pages are public; a city's suggestions are for its
// members and coordinators, facilitators and programme coordinators (the table's officials
// belong to a partner organisation, so learners and partner editors are outsiders here).

export async function setup(ctx: SetupContext): Promise<void> {
  const city = await createCity(ctx.deps, { name: 'Suggestion City', languages: ['fr'] });
  const other = await createCity(ctx.deps, { name: 'Suggestion Partner', languages: ['fr'] });
  await createAssessment(ctx.deps, city.id, { strengths: '400000', needs: '040000' });
  await createAssessment(ctx.deps, other.id, { strengths: '040000', needs: '400000' });
  ctx.values[':suggcity'] = city.slug;
}

const facilitators: Record<ActorKind, number> = {
  anonymous: 303,
  learner: 403,
  facilitator: 200,
  partner_editor: 403,
  coordinator: 200,
  admin: 200,
};

export const routes: RouteRow[] = [
  { method: 'GET', route: '/cityshare', url: '/cityshare', expect: all(200) },
  {
    method: 'GET',
    route: '/cityshare/about-suggestions',
    url: '/cityshare/about-suggestions',
    expect: all(200),
  },
  {
    method: 'GET',
    route: '/cities/:slug/suggestions',
    url: '/cities/:suggcity/suggestions',
    expect: facilitators,
  },
];
