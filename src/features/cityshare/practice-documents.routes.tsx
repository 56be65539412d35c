import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { readUploadForm, sendAttachment } from '../../files/index.ts';
import { AppError } from '../../web/errors.ts';
import { pageOf } from '../../web/page.ts';
import { fieldErrors } from '../../web/validation.ts';
import type { FormState } from '../../web/views/forms.tsx';
import {
  addPracticeDocument,
  getDocumentsSetup,
  getPracticeDocumentFile,
  removePracticeDocument,
  requireDocumentsEditor,
} from './practice-documents.service.ts';
import { documentSchema, idOf } from './practice.schema.ts';
import { PracticeDocumentsPage } from './views/PracticeDocumentsPage.tsx';

// Documents of a good practice: the editors' page (upload, delete) and downloads.

type SlugParams = { Params: { slug: string }; Querystring: { done?: string } };
type DocParams = { Params: { slug: string; doc: string } };

const NOTICES: Record<string, string> = {
  uploaded: 'practices.notices.uploaded',
  unchanged: 'practices.notices.documentUnchanged',
  deleted: 'practices.notices.deleted',
};

export async function practiceDocumentsRoutes(app: FastifyInstance): Promise<void> {
  const { deps } = app;
  const maxBytes = deps.config.UPLOAD_LIMIT_BYTES;

  async function renderSetup(
    request: FastifyRequest<SlugParams>,
    reply: FastifyReply,
    form: FormState,
    status = 200,
  ) {
    const setup = await getDocumentsSetup(deps, request.actor, request.params.slug);
    const done = request.query.done;
    return reply
      .status(status)
      .header('cache-control', 'no-store')
      .html(
        <PracticeDocumentsPage
          page={pageOf(request, reply, { withForm: true })}
          setup={setup}
          form={form}
          maxBytes={maxBytes}
          noticeKey={done && Object.hasOwn(NOTICES, done) ? NOTICES[done] : undefined}
        />,
      );
  }

  app.get<SlugParams>('/practices/:slug/documents', async (request, reply) =>
    renderSetup(request, reply, { values: {}, errors: {} }),
  );

  app.post<SlugParams>(
    '/practices/:slug/documents',
    { config: { csrfInHandler: true } },
    async (request, reply) => {
      // Access first: no file is read for someone who may not add one.
      await requireDocumentsEditor(deps, request.actor, request.params.slug);
      const form = await readUploadForm(request, { maxFileBytes: maxBytes });
      const parsed = documentSchema.safeParse(form.fields);
      const errors = parsed.success ? {} : fieldErrors(parsed.error);
      const fileError =
        form.fileError ??
        (form.file ? undefined : new AppError('VALIDATION', 'practices.errors.fileRequired'));
      if (fileError) errors.file = fileError.messageKey;
      if (!parsed.success || !form.file || fileError) {
        const status = fileError && fileError.code !== 'VALIDATION' ? fileError.status : 400;
        return renderSetup(request, reply, { values: form.fields, errors }, status);
      }
      const { created } = await addPracticeDocument(deps, request.actor, request.params.slug, {
        title: parsed.data.title,
        upload: form.file,
      });
      const done = created ? 'uploaded' : 'unchanged';
      return reply.redirect(`/practices/${request.params.slug}/documents?done=${done}`, 303);
    },
  );

  app.post<DocParams>('/practices/:slug/documents/:doc/delete', async (request, reply) => {
    const { slug } = request.params;
    await removePracticeDocument(deps, request.actor, slug, idOf(request.params.doc));
    return reply.redirect(`/practices/${slug}/documents?done=deleted`, 303);
  });

  app.get<DocParams>('/practices/:slug/documents/:doc', async (request, reply) => {
    const { name, file } = await getPracticeDocumentFile(
      deps,
      request.actor,
      request.params.slug,
      idOf(request.params.doc),
    );
    return sendAttachment(reply, { name, mediaType: file.mediaType, bytes: file.bytes });
  });
}
