import type { FastifyInstance } from 'fastify';
import { isAppError } from '../../web/errors.ts';
import { pageOf } from '../../web/page.ts';
import { fieldErrors, formValues } from '../../web/validation.ts';
import { getAssessmentForm, saveAssessment } from './assessment-save.service.ts';
import { assessmentFormValues, assessmentSchema } from './assessment.schema.ts';
import { getAssessmentPage } from './assessment.service.ts';
import { changeCityCoordinator, listCityMembers } from './city-coordinators.service.ts';
import { cityCoordinatorChangeSchema } from './city-coordinators.schema.ts';
import { cityProfileSchema, languagesOf } from './city-profile.schema.ts';
import { getCityProfileForEdit, updateCityProfile } from './city-profile.service.ts';
import { AssessmentFormPage, assessmentFormOf } from './views/AssessmentFormPage.tsx';
import { AssessmentPage } from './views/AssessmentPage.tsx';
import { CityCoordinatorsPage } from './views/CityCoordinatorsPage.tsx';
import { CityProfilePage, profileFormOf } from './views/CityProfilePage.tsx';

// A city's CityShare pages (issue 5, items 1, 2 and 6): profile, coordinators, self-assessment.

// One-time notices after a redirect: only these keys, never text from the address.
const NOTICES: Record<string, string> = {
  saved: 'cities.assessment.saved',
  added: 'cities.coordinators.added',
  removed: 'cities.coordinators.removed',
};
const noticeOf = (done: unknown) =>
  typeof done === 'string' && Object.hasOwn(NOTICES, done) ? NOTICES[done] : undefined;

type CityRoute = { Params: { slug: string }; Querystring: { done?: string } };

export async function citiesRoutes(app: FastifyInstance): Promise<void> {
  const { deps } = app;

  app.get<CityRoute>('/cities/:slug/profile', async (request, reply) => {
    const city = await getCityProfileForEdit(deps, request.actor, request.params.slug);
    const page = pageOf(request, reply, { withForm: true });
    return reply.html(<CityProfilePage page={page} city={city} {...profileFormOf(city)} />);
  });

  app.post<CityRoute>('/cities/:slug/profile', async (request, reply) => {
    const city = await getCityProfileForEdit(deps, request.actor, request.params.slug);
    const values = formValues(request.body, ['_csrf', 'languages']);
    const languages = languagesOf(request.body);
    const parsed = cityProfileSchema.safeParse({
      languages,
      population: values.population,
      region: values.region ?? '',
      migration_context: values.migration_context ?? '',
    });
    if (!parsed.success) {
      const page = pageOf(request, reply, { withForm: true });
      const form = { values, errors: fieldErrors(parsed.error) };
      return reply
        .status(400)
        .html(<CityProfilePage page={page} city={city} form={form} languages={languages} />);
    }
    await updateCityProfile(deps, request.actor, city.slug, parsed.data);
    return reply.redirect(`/organisations/${city.slug}?done=cityProfileSaved`, 303);
  });

  app.get<CityRoute>('/cities/:slug/coordinators', async (request, reply) => {
    const result = await listCityMembers(deps, request.actor, request.params.slug);
    const page = pageOf(request, reply, { withForm: true });
    return reply.html(
      <CityCoordinatorsPage page={page} {...result} noticeKey={noticeOf(request.query.done)} />,
    );
  });

  app.post<CityRoute>('/cities/:slug/coordinators', async (request, reply) => {
    const { slug } = request.params;
    const parsed = cityCoordinatorChangeSchema.safeParse(formValues(request.body));
    let errorKey: string;
    let status = 400;
    if (parsed.success) {
      try {
        const { city, done } = await changeCityCoordinator(deps, request.actor, slug, parsed.data);
        return reply.redirect(`/cities/${city.slug}/coordinators?done=${done}`, 303);
      } catch (err) {
        if (!isAppError(err) || !['VALIDATION', 'CONFLICT'].includes(err.code)) throw err;
        errorKey = err.messageKey;
        status = err.status;
      }
    } else {
      errorKey = fieldErrors(parsed.error).action ?? 'cities.coordinators.errors.invalid';
    }
    // The page again, with why nothing changed (access is checked again by the service).
    const result = await listCityMembers(deps, request.actor, slug);
    const page = pageOf(request, reply, { withForm: true });
    return reply
      .status(status)
      .html(<CityCoordinatorsPage page={page} {...result} errorKey={errorKey} />);
  });

  app.get<CityRoute>('/cities/:slug/assessment', async (request, reply) => {
    const result = await getAssessmentPage(deps, request.actor, request.lang, request.params.slug);
    return reply.html(
      <AssessmentPage
        page={pageOf(request, reply)}
        {...result}
        noticeKey={noticeOf(request.query.done)}
      />,
    );
  });

  app.get<CityRoute>('/cities/:slug/assessment/edit', async (request, reply) => {
    const { city, themes, current } = await getAssessmentForm(
      deps,
      request.actor,
      request.lang,
      request.params.slug,
    );
    const page = pageOf(request, reply, { withForm: true });
    return reply.html(
      <AssessmentFormPage
        page={page}
        city={city}
        themes={themes}
        form={assessmentFormOf(current)}
      />,
    );
  });

  app.post<CityRoute>('/cities/:slug/assessment/edit', async (request, reply) => {
    const { slug } = request.params;
    const values = assessmentFormValues(formValues(request.body));
    const parsed = assessmentSchema.safeParse(values);
    if (!parsed.success) {
      const { city, themes } = await getAssessmentForm(deps, request.actor, request.lang, slug);
      const page = pageOf(request, reply, { withForm: true });
      const form = { values, errors: fieldErrors(parsed.error) };
      return reply
        .status(400)
        .html(<AssessmentFormPage page={page} city={city} themes={themes} form={form} />);
    }
    const city = await saveAssessment(deps, request.actor, slug, parsed.data);
    return reply.redirect(`/cities/${city.slug}/assessment?done=saved`, 303);
  });

  app.get<{ Params: { slug: string; id: string } }>(
    '/cities/:slug/assessment/:id',
    async (request, reply) => {
      const id = /^\d{1,9}$/.test(request.params.id) ? Number(request.params.id) : -1;
      const result = await getAssessmentPage(
        deps,
        request.actor,
        request.lang,
        request.params.slug,
        id,
      );
      return reply.html(<AssessmentPage page={pageOf(request, reply)} {...result} />);
    },
  );
}
