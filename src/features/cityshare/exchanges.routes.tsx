import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isAppError } from '../../web/errors.ts';
import { pageOf } from '../../web/page.ts';
import { fieldErrors, formValues, idOf } from '../../web/validation.ts';
import type { FormState } from '../../web/views/forms.tsx';
import { requireExchangeChange, requireExchangeCreator } from './exchange-access.service.ts';
import { changeExchangeStatus } from './exchange-change.service.ts';
import { createExchange, newExchangeChoices } from './exchange-create.service.ts';
import { exchangeItemsRoutes } from './exchange-items.routes.tsx';
import { listExchanges } from './exchange-page.service.ts';
import { fromForm, noticeOf, renderExchange } from './exchange-render.tsx';
import { csv, exchangeSchema, statusSchema } from './exchange.schema.ts';
import { ExchangeFormPage, type ChosenLists } from './views/ExchangeFormPage.tsx';
import { ExchangeListPage } from './views/ExchangeListPage.tsx';

// Exchanges between cities: the list, opening one (prefilled from suggestions and pairings),
// its page and its status. Meetings, notes, actions, participants and documents: exchange-items.

type SlugParams = { Params: { slug: string }; Querystring: { done?: string } };
type NewQuery = { Querystring: Record<string, string | undefined> };

const asList = (v: unknown): string[] =>
  (Array.isArray(v) ? v : v === undefined ? [] : [v]).filter(
    (x): x is string => typeof x === 'string',
  );

export async function exchangesRoutes(app: FastifyInstance): Promise<void> {
  const { deps } = app;
  await app.register(exchangeItemsRoutes);

  async function renderNew(
    request: FastifyRequest,
    reply: FastifyReply,
    form: FormState,
    chosen: ChosenLists,
    status = 200,
  ) {
    const cityIds = chosen.cities.flatMap((c) => idOf(c) ?? []);
    const choices = await newExchangeChoices(deps, request.actor, request.lang, cityIds);
    return reply
      .status(status)
      .header('cache-control', 'no-store')
      .html(
        <ExchangeFormPage
          page={pageOf(request, reply, { withForm: true })}
          form={form}
          chosen={chosen}
          choices={choices}
        />,
      );
  }

  app.get<{ Querystring: { done?: string } }>('/exchanges', async (request, reply) => {
    const result = await listExchanges(deps, request.actor);
    return reply
      .header('cache-control', 'no-store')
      .html(
        <ExchangeListPage
          page={pageOf(request, reply)}
          {...result}
          noticeKey={noticeOf(request.query.done)}
        />,
      );
  });

  // Suggestion and pairing pages link here with ?cities=<id>,<id>&themes=<slug>,…&run=<id>&title=…
  app.get<NewQuery>('/exchanges/new', async (request, reply) => {
    const actor = requireExchangeCreator(request.actor);
    const q = request.query;
    const values: Record<string, string> = {
      title: typeof q.title === 'string' ? q.title.slice(0, 200) : '',
      run: idOf(q.run) ? String(q.run) : '',
      facilitator: String(actor.id),
    };
    const chosen = { cities: csv(q.cities), themes: csv(q.themes), participants: [] };
    return renderNew(request, reply, { values, errors: {} }, chosen);
  });

  app.post('/exchanges/new', async (request, reply) => {
    requireExchangeCreator(request.actor);
    const body = (request.body ?? {}) as Record<string, unknown>;
    const values = formValues(body, ['_csrf', 'cities', 'themes', 'participants']);
    const chosen = {
      cities: asList(body.cities),
      themes: asList(body.themes),
      participants: asList(body.participants),
    };
    const parsed = exchangeSchema.safeParse(body);
    if (!parsed.success)
      return renderNew(request, reply, { values, errors: fieldErrors(parsed.error) }, chosen, 400);
    try {
      const { slug, created } = await createExchange(
        deps,
        request.actor,
        request.lang,
        parsed.data,
      );
      return reply.redirect(`/exchanges/${slug}?done=${created ? 'created' : 'unchanged'}`, 303);
    } catch (err) {
      if (!isAppError(err) || err.code !== 'VALIDATION') throw err;
      return renderNew(request, reply, { values, errors: err.fields }, chosen, 400);
    }
  });

  app.get<SlugParams>('/exchanges/:slug', async (request, reply) =>
    renderExchange(request, reply, request.params.slug, {
      noticeKey: noticeOf(request.query.done),
    }),
  );

  app.post<SlugParams>('/exchanges/:slug/status', async (request, reply) => {
    const { slug } = request.params;
    await requireExchangeChange(deps, request.actor, slug);
    const values = formValues(request.body);
    const parsed = statusSchema.safeParse(request.body ?? {});
    const form = { name: 'status' as const, values };
    if (!parsed.success)
      return renderExchange(request, reply, slug, {
        forms: { status: { values, errors: fieldErrors(parsed.error) } },
        status: 400,
      });
    return fromForm(request, reply, slug, form, async () => {
      await changeExchangeStatus(deps, request.actor, slug, parsed.data);
      return 'status';
    });
  });
}
