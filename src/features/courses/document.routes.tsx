import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { readUploadForm, sendAttachment } from '../../files/index.ts';
import { pageOf } from '../../web/page.ts';
import { fieldErrors } from '../../web/validation.ts';
import { documentFormSchema } from './document.schema.ts';
import {
  getDocumentSetup,
  getLessonFile,
  requireDocumentEditor,
  saveLessonDocument,
} from './document.service.ts';
import { LessonDocumentPage } from './views/LessonDocumentPage.tsx';

// Document lessons: the editors' upload page, and the download for learners.

type IdParams = { Params: { id: string }; Querystring: { lang?: string; done?: string } };
type FileParams = { Params: { run: string; lesson: string }; Querystring: { lang?: string } };

async function renderSetup(
  request: FastifyRequest<IdParams>,
  reply: FastifyReply,
  form: { values: Record<string, string>; errors: Record<string, string> },
  status = 200,
) {
  const setup = await getDocumentSetup(request.server.deps, request.actor, request.params.id);
  const page = pageOf(request, reply, { withForm: true });
  const noticeKey = request.query.done === 'uploaded' ? 'learning.document.uploaded' : undefined;
  return reply
    .status(status)
    .html(
      <LessonDocumentPage
        page={page}
        setup={setup}
        form={form}
        maxBytes={request.server.deps.config.UPLOAD_LIMIT_BYTES}
        noticeKey={noticeKey}
      />,
    );
}

export async function documentRoutes(app: FastifyInstance): Promise<void> {
  const { deps } = app;

  app.get<IdParams>('/authoring/lessons/:id/document', async (request, reply) => {
    const language = typeof request.query.lang === 'string' ? request.query.lang : request.lang;
    return renderSetup(request, reply, { values: { language }, errors: {} });
  });

  app.post<IdParams>(
    '/authoring/lessons/:id/document',
    { config: { csrfInHandler: true } },
    async (request, reply) => {
      // Access first: a visitor without it learns nothing, and no file is read for them.
      await requireDocumentEditor(deps, request.actor, request.params.id);
      const form = await readUploadForm(request, { maxFileBytes: deps.config.UPLOAD_LIMIT_BYTES });
      const parsed = documentFormSchema.safeParse(form.fields);
      const errors = parsed.success ? {} : fieldErrors(parsed.error);
      // The limit is shown beside the field, so "too large" needs no figure of its own.
      if (form.fileError)
        errors.file =
          form.fileError.code === 'TOO_LARGE'
            ? 'learning.document.errors.tooLarge'
            : form.fileError.messageKey;
      else if (!form.file) errors.file = 'learning.document.errors.fileRequired';
      if (!parsed.success || !form.file) {
        const status = form.fileError?.status ?? 400;
        return renderSetup(request, reply, { values: form.fields, errors }, status);
      }
      const { lessonId } = await saveLessonDocument(deps, request.actor, request.params.id, {
        language: parsed.data.language,
        upload: form.file,
      });
      return reply.redirect(
        `/authoring/lessons/${lessonId}/document?lang=${parsed.data.language}&done=uploaded`,
        303,
      );
    },
  );

  app.get<FileParams>('/learn/:run/lessons/:lesson/file', async (request, reply) => {
    const { name, file } = await getLessonFile(
      deps,
      request.actor,
      request.params,
      request.query.lang,
      request.lang,
    );
    return sendAttachment(reply, { name, mediaType: file.mediaType, bytes: file.bytes });
  });
}
