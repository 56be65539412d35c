import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isAppError } from '../../web/errors.ts';
import { pageOf } from '../../web/page.ts';
import { randomToken } from '../../web/tokens.ts';
import { fieldErrors, formValues, idOf } from '../../web/validation.ts';
import type { FormState } from '../../web/views/forms.tsx';
import { listThemes } from '../curriculum/curriculum.service.ts';
import { createPairing } from './pairings-create.service.ts';
import { moveCity, recomputePairing, swapCities } from './pairings-edit.service.ts';
import { moveSchema, newPairingSchema, swapSchema } from './pairings.schema.ts';
import { getPairing, listPairings, newPairingChoices } from './pairings.service.ts';
import { PairingNewPage } from './views/PairingNewPage.tsx';
import { PairingPage } from './views/PairingPage.tsx';
import { PairingsPage } from './views/PairingsPage.tsx';

// Cohort pairing for facilitators (issue 5, item 5): list, new (from a run or chosen cities),
// a pairing with its groups, and adjustments by hand (move, swap, recompute).

const NOTICES: Record<string, string> = {
  created: 'pairings.notices.created',
  moved: 'pairings.notices.moved',
  swapped: 'pairings.notices.swapped',
  recomputed: 'pairings.notices.recomputed',
};

type IdParams = { Params: { id: string } };

/** A pairing id from the address; anything else names no pairing (0 is never an id). */
// An id that names nothing becomes 0, which no pairing has: a 404.
const pairingId = (text: string): number => idOf(text) ?? 0;

function noticeOf(request: FastifyRequest): string | undefined {
  const done = (request.query as { done?: unknown }).done;
  return typeof done === 'string' && Object.hasOwn(NOTICES, done) ? NOTICES[done] : undefined;
}

export async function pairingsRoutes(app: FastifyInstance): Promise<void> {
  const { deps } = app;

  const showPairing = async (
    request: FastifyRequest<IdParams>,
    reply: FastifyReply,
    form: FormState,
    status = 200,
  ) => {
    const view = await getPairing(deps, request.actor, pairingId(request.params.id));
    const themes = await listThemes(deps, request.lang);
    return reply
      .status(status)
      .html(
        <PairingPage
          page={pageOf(request, reply, { withForm: true })}
          view={view}
          themeNames={Object.fromEntries(themes.map((th) => [th.slug, th.name]))}
          form={form}
          notice={status === 200 ? noticeOf(request) : undefined}
        />,
      );
  };

  const showNew = async (
    request: FastifyRequest,
    reply: FastifyReply,
    form: FormState,
    status = 200,
  ) => {
    const choices = await newPairingChoices(deps, request.actor);
    return reply
      .status(status)
      .html(
        <PairingNewPage
          page={pageOf(request, reply, { withForm: true })}
          choices={choices}
          form={form}
          requestKey={randomToken()}
        />,
      );
  };

  app.get('/facilitate/pairings', async (request, reply) => {
    const pairings = await listPairings(deps, request.actor);
    return reply.html(
      <PairingsPage page={pageOf(request, reply)} pairings={pairings} notice={noticeOf(request)} />,
    );
  });

  app.get('/facilitate/pairings/new', async (request, reply) =>
    showNew(request, reply, { values: {}, errors: {} }),
  );

  app.post('/facilitate/pairings', async (request, reply) => {
    const body = (request.body ?? {}) as Record<string, unknown>;
    const cities = [body.cities].flat().filter((v): v is string => typeof v === 'string');
    const values = { ...formValues(body, ['_csrf', 'key', 'cities']), cities: cities.join(',') };
    const parsed = newPairingSchema.safeParse(body);
    if (!parsed.success) {
      // Access first: an outsider learns nothing from a bad form.
      await newPairingChoices(deps, request.actor);
      return showNew(request, reply, { values, errors: fieldErrors(parsed.error) }, 400);
    }
    try {
      const id = await createPairing(deps, request.actor, parsed.data);
      return reply.redirect(`/facilitate/pairings/${id}?done=created`, 303);
    } catch (err) {
      if (isAppError(err) && err.code === 'VALIDATION')
        return showNew(request, reply, { values, errors: err.fields }, 400);
      throw err;
    }
  });

  app.get<IdParams>('/facilitate/pairings/:id', async (request, reply) =>
    showPairing(request, reply, { values: {}, errors: {} }),
  );

  const adjust =
    (
      schema: typeof moveSchema | typeof swapSchema,
      apply: (id: number, input: never) => Promise<void>,
      done: string,
    ) =>
    async (request: FastifyRequest<IdParams>, reply: FastifyReply) => {
      const id = pairingId(request.params.id);
      const values = formValues(request.body);
      const parsed = schema.safeParse(request.body ?? {});
      try {
        if (!parsed.success) {
          await getPairing(deps, request.actor, id); // 403/404 before a 400
          return showPairing(request, reply, { values, errors: fieldErrors(parsed.error) }, 400);
        }
        await apply(id, parsed.data as never);
      } catch (err) {
        if (isAppError(err) && err.code === 'VALIDATION')
          return showPairing(request, reply, { values, errors: err.fields }, 400);
        throw err;
      }
      return reply.redirect(`/facilitate/pairings/${id}?done=${done}`, 303);
    };

  app.post<IdParams>('/facilitate/pairings/:id/move', async (request, reply) =>
    adjust(
      moveSchema,
      (id, input) => moveCity(deps, request.actor, id, input),
      'moved',
    )(request, reply),
  );
  app.post<IdParams>('/facilitate/pairings/:id/swap', async (request, reply) =>
    adjust(
      swapSchema,
      (id, input) => swapCities(deps, request.actor, id, input),
      'swapped',
    )(request, reply),
  );
  app.post<IdParams>('/facilitate/pairings/:id/recompute', async (request, reply) => {
    const id = pairingId(request.params.id);
    await recomputePairing(deps, request.actor, id);
    return reply.redirect(`/facilitate/pairings/${id}?done=recomputed`, 303);
  });
}
