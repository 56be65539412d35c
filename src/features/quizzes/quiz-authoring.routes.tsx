import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { isLanguage, type Language } from '../../web/i18n.ts';
import { pageOf } from '../../web/page.ts';
import { fieldErrors } from '../../web/validation.ts';
import { formOf } from '../courses/courses.schema.ts';
import { contentLanguage, parseOrThrow, validationFields } from '../courses/route-helpers.ts';
import { addChoice, deleteChoice, moveChoice, saveChoice } from './choices.service.ts';
import { addQuestion, deleteQuestion, moveQuestion, saveQuestion } from './questions.service.ts';
import { saveSettings } from './quiz-settings.service.ts';
import {
  choiceSchema,
  moveSchema,
  newQuestionSchema,
  questionSchema,
  settingsSchema,
} from './quizzes.schema.ts';
import { getQuizEditor, loadChoice, loadQuestion, loadQuizForEditing } from './quizzes.service.ts';
import type { Focus } from './views/fields.tsx';
import { QuizEditPage } from './views/QuizEditPage.tsx';

// The quiz editor of a quiz lesson: settings, questions and choices, one content language at a
// time. Access is checked (by the services' loaders) before the form is read.

type IdParams = { Params: { id: string }; Querystring: { lang?: string; done?: string } };

// One-time notices after a redirect: only these keys, never text from the address.
const NOTICES = new Set([
  'settingsSaved',
  'questionAdded',
  'questionSaved',
  'questionDeleted',
  'choiceAdded',
  'choiceSaved',
  'choiceDeleted',
  'moved',
]);

const editorHref = (lessonId: number, done: string, language: unknown, anchor = '') =>
  `/authoring/lessons/${lessonId}/quiz?${isLanguage(language) ? `lang=${language}&` : ''}done=${done}${anchor}`;

const languageOf = (body: unknown) => (body as { language?: unknown } | undefined)?.language;

export async function quizAuthoringRoutes(app: FastifyInstance): Promise<void> {
  const { deps } = app;

  async function render(
    request: FastifyRequest,
    reply: FastifyReply,
    lessonId: number,
    asked: unknown,
    extra: { focus?: Focus; noticeKey?: string; status?: number } = {},
  ) {
    const editor = await getQuizEditor(deps, request.actor, String(lessonId));
    const written = editor.texts.map((x) => x.language);
    const language: Language = contentLanguage(asked, written, request.lang);
    return reply
      .status(extra.status ?? 200)
      .html(
        <QuizEditPage
          page={pageOf(request, reply, { withForm: true })}
          editor={editor}
          language={language}
          focus={extra.focus}
          noticeKey={extra.noticeKey}
        />,
      );
  }

  /**
   * Validates a form and runs the change; bad input re-renders the editor with that form's input
   * and errors (status 400), else redirects to the editor with a notice.
   */
  async function handle<S extends z.ZodType>(
    request: FastifyRequest,
    reply: FastifyReply,
    form: { lessonId: number; target: string; schema: S; fields: string[]; anchor: string },
    run: (input: z.output<S>) => Promise<unknown>,
    done: string,
  ) {
    const raw = formOf(request.body, ['language', ...form.fields]) as Record<string, string>;
    const language = isLanguage(raw.language) ? raw.language : undefined;
    const again = (errors: Record<string, string>) =>
      render(request, reply, form.lessonId, language, {
        focus: { target: form.target, values: raw, errors },
        status: 400,
      });
    const parsed = form.schema.safeParse(raw);
    if (!parsed.success) return again(fieldErrors(parsed.error));
    try {
      await run(parsed.data);
    } catch (err) {
      const fields = validationFields(err);
      if (fields) return again(fields);
      throw err;
    }
    return reply.redirect(editorHref(form.lessonId, done, language, form.anchor), 303);
  }

  app.get<IdParams>('/authoring/lessons/:id/quiz', async (request, reply) => {
    const { lessonId } = await loadQuizForEditing(deps, request.actor, request.params.id, 'view');
    const done = request.query.done;
    return render(request, reply, lessonId, request.query.lang, {
      noticeKey:
        typeof done === 'string' && NOTICES.has(done) ? `quizzes.notices.${done}` : undefined,
    });
  });

  app.post<IdParams>('/authoring/lessons/:id/quiz', async (request, reply) => {
    const { lessonId } = await loadQuizForEditing(deps, request.actor, request.params.id, 'change');
    const fields = ['pass_mark', 'max_attempts', 'time_limit_minutes', 'shuffle'];
    const form = { lessonId, target: 'settings', schema: settingsSchema, fields, anchor: '' };
    return handle(
      request,
      reply,
      form,
      (input) => saveSettings(deps, request.actor, request.params.id, input),
      'settingsSaved',
    );
  });

  app.post<IdParams>('/authoring/lessons/:id/quiz/questions', async (request, reply) => {
    const { lessonId } = await loadQuizForEditing(deps, request.actor, request.params.id, 'change');
    const fields = ['kind', 'prompt', 'points'];
    const form = { lessonId, target: 'new', schema: newQuestionSchema, fields, anchor: '' };
    return handle(
      request,
      reply,
      form,
      (input) => addQuestion(deps, request.actor, request.params.id, input),
      'questionAdded',
    );
  });

  app.post<IdParams>('/authoring/quiz-questions/:id', async (request, reply) => {
    const { question } = await loadQuestion(deps, request.actor, request.params.id);
    const form = {
      lessonId: question.lessonId,
      target: `q${question.id}`,
      schema: questionSchema,
      fields: ['prompt', 'explanation', 'points', 'accepted'],
      anchor: `#q${question.id}`,
    };
    return handle(
      request,
      reply,
      form,
      (input) => saveQuestion(deps, request.actor, request.params.id, input),
      'questionSaved',
    );
  });

  app.post<IdParams>('/authoring/quiz-questions/:id/move', async (request, reply) => {
    await loadQuestion(deps, request.actor, request.params.id);
    const { direction } = parseOrThrow(moveSchema, request.body);
    const { lessonId } = await moveQuestion(deps, request.actor, request.params.id, direction);
    return reply.redirect(
      editorHref(lessonId, 'moved', languageOf(request.body), `#q${request.params.id}`),
      303,
    );
  });

  app.post<IdParams>('/authoring/quiz-questions/:id/delete', async (request, reply) => {
    const { lessonId } = await deleteQuestion(deps, request.actor, request.params.id);
    return reply.redirect(editorHref(lessonId, 'questionDeleted', languageOf(request.body)), 303);
  });

  app.post<IdParams>('/authoring/quiz-questions/:id/choices', async (request, reply) => {
    const { question } = await loadQuestion(deps, request.actor, request.params.id);
    const form = {
      lessonId: question.lessonId,
      target: `nc${question.id}`,
      schema: choiceSchema,
      fields: ['label', 'feedback', 'is_correct'],
      anchor: `#q${question.id}`,
    };
    return handle(
      request,
      reply,
      form,
      (input) => addChoice(deps, request.actor, request.params.id, input),
      'choiceAdded',
    );
  });

  app.post<IdParams>('/authoring/quiz-choices/:id', async (request, reply) => {
    const { choice } = await loadChoice(deps, request.actor, request.params.id);
    const form = {
      lessonId: choice.lessonId,
      target: `c${choice.id}`,
      schema: choiceSchema,
      fields: ['label', 'feedback', 'is_correct'],
      anchor: `#c${choice.id}`,
    };
    return handle(
      request,
      reply,
      form,
      (input) => saveChoice(deps, request.actor, request.params.id, input),
      'choiceSaved',
    );
  });

  app.post<IdParams>('/authoring/quiz-choices/:id/move', async (request, reply) => {
    const { choice } = await loadChoice(deps, request.actor, request.params.id);
    const { direction } = parseOrThrow(moveSchema, request.body);
    const { lessonId } = await moveChoice(deps, request.actor, request.params.id, direction);
    return reply.redirect(
      editorHref(lessonId, 'moved', languageOf(request.body), `#q${choice.questionId}`),
      303,
    );
  });

  app.post<IdParams>('/authoring/quiz-choices/:id/delete', async (request, reply) => {
    const { choice } = await loadChoice(deps, request.actor, request.params.id);
    const { lessonId } = await deleteChoice(deps, request.actor, request.params.id);
    return reply.redirect(
      editorHref(lessonId, 'choiceDeleted', languageOf(request.body), `#q${choice.questionId}`),
      303,
    );
  });
}
