import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, isAppError } from '../../web/errors.ts';
import { pageOf } from '../../web/page.ts';
import { fieldErrors, formValues, idOf } from '../../web/validation.ts';

import { moveSchema, questionSchema } from './registration-questions.schema.ts';
import {
  addQuestion,
  deleteQuestion,
  getQuestionsSetup,
  moveQuestion,
  requireEventQuestion,
  saveQuestion,
} from './registration-questions.service.ts';
import {
  RegistrationQuestionsPage,
  type QuestionForms,
} from './views/RegistrationQuestionsPage.tsx';

// The organisers' registration questions of an event: /authoring/events/:id/questions.

type IdParams = { Params: { id: string }; Querystring: { done?: string } };
type QuestionParams = { Params: { id: string; question: string } };

const NOTICES: Record<string, string> = {
  added: 'registration-questions.notices.added',
  saved: 'registration-questions.notices.saved',
  moved: 'registration-questions.notices.moved',
  deleted: 'registration-questions.notices.deleted',
};

function eventIdOf(text: string): number {
  const id = idOf(text);
  if (id === undefined) throw new AppError('NOT_FOUND', 'events.errors.notFound');
  return id;
}

/** A refusal that belongs beside the prompt field (a duplicate, too many), else undefined. */
function promptErrors(err: unknown): Record<string, string> | undefined {
  return isAppError(err) && Object.keys(err.fields).length > 0 ? err.fields : undefined;
}

export async function registrationQuestionsRoutes(app: FastifyInstance): Promise<void> {
  const { deps } = app;

  async function render(
    request: FastifyRequest<{ Params: { id: string }; Querystring?: { done?: string } }>,
    reply: FastifyReply,
    forms: QuestionForms,
    status = 200,
  ) {
    const setup = await getQuestionsSetup(
      deps,
      request.actor,
      eventIdOf(request.params.id),
      request.lang,
    );
    const done = (request.query as { done?: string } | undefined)?.done;
    return reply
      .status(status)
      .header('cache-control', 'no-store')
      .html(
        <RegistrationQuestionsPage
          page={pageOf(request, reply, { withForm: true })}
          setup={setup}
          forms={forms}
          noticeKey={done && Object.hasOwn(NOTICES, done) ? NOTICES[done] : undefined}
        />,
      );
  }

  const back = (id: number, done: string) => `/authoring/events/${id}/questions?done=${done}`;

  app.get<IdParams>('/authoring/events/:id/questions', async (request, reply) =>
    render(request, reply, { add: { values: {}, errors: {} } }),
  );

  app.post<IdParams>('/authoring/events/:id/questions', async (request, reply) => {
    const id = eventIdOf(request.params.id);
    const values = formValues(request.body);
    const form = (errors: Record<string, string>) => ({ add: { values, errors } });
    const parsed = questionSchema.safeParse(request.body ?? {});
    if (!parsed.success) return render(request, reply, form(fieldErrors(parsed.error)), 400);
    try {
      await addQuestion(deps, request.actor, id, parsed.data);
    } catch (err) {
      const errors = promptErrors(err);
      if (!errors || !isAppError(err)) throw err;
      return render(request, reply, form(errors), err.status);
    }
    return reply.redirect(back(id, 'added'), 303);
  });

  app.post<QuestionParams>('/authoring/events/:id/questions/:question', async (request, reply) => {
    const id = eventIdOf(request.params.id);
    const questionId = idOf(request.params.question);
    const values = formValues(request.body);
    // The edited question's form shows the errors; its field ids carry the question's id.
    const form = (errors: Record<string, string>) => ({
      add: { values: {}, errors: {} },
      edit: { questionId: questionId ?? 0, form: { values, errors } },
    });
    const parsed = questionSchema.safeParse(request.body ?? {});
    if (!parsed.success) {
      // An unknown question is a 404 before any complaint about the form.
      await requireEventQuestion(deps, request.actor, id, questionId);
      return render(request, reply, form(fieldErrors(parsed.error)), 400);
    }
    try {
      await saveQuestion(deps, request.actor, id, questionId, parsed.data);
    } catch (err) {
      const errors = promptErrors(err);
      if (!errors || !isAppError(err)) throw err;
      return render(request, reply, form(errors), err.status);
    }
    return reply.redirect(back(id, 'saved'), 303);
  });

  app.post<QuestionParams>(
    '/authoring/events/:id/questions/:question/move',
    async (request, reply) => {
      const id = eventIdOf(request.params.id);
      const questionId = idOf(request.params.question);
      const parsed = moveSchema.safeParse(request.body ?? {});
      if (!parsed.success) {
        await requireEventQuestion(deps, request.actor, id, questionId);
        throw new AppError('VALIDATION', 'registration-questions.errors.cannotMove');
      }
      await moveQuestion(deps, request.actor, id, questionId, parsed.data.direction);
      return reply.redirect(back(id, 'moved'), 303);
    },
  );

  app.post<QuestionParams>(
    '/authoring/events/:id/questions/:question/delete',
    async (request, reply) => {
      const id = eventIdOf(request.params.id);
      await deleteQuestion(deps, request.actor, id, idOf(request.params.question));
      return reply.redirect(back(id, 'deleted'), 303);
    },
  );
}
