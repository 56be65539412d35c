import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { readUploadForm, sendAttachment } from '../../files/index.ts';
import { AppError } from '../../web/errors.ts';
import { pageOf } from '../../web/page.ts';
import { fieldErrors } from '../../web/validation.ts';
import type { FormState } from '../../web/views/forms.tsx';
import {
  addTwinningDocument,
  getTwinningDocumentFile,
  removeTwinningDocument,
  requireDocumentsEditor,
} from './twinning-documents.service.ts';
import { documentSchema, idOf } from './twinning.schema.ts';
import { getTwinningPage } from './twinning.service.ts';
import { TwinningDocumentsPage } from './views/TwinningDocumentsPage.tsx';

// A project's documents: the list with the upload form, downloads, deletion.

type SlugParams = { Params: { slug: string }; Querystring: { done?: string } };
type DocParams = { Params: { slug: string; doc: string } };

const NOTICES: Record<string, string> = {
  uploaded: 'twinning.documents.uploaded',
  unchanged: 'twinning.documents.unchanged',
  deleted: 'twinning.documents.deleted',
};

export async function twinningDocumentsRoutes(app: FastifyInstance): Promise<void> {
  const { deps } = app;

  async function render(
    request: FastifyRequest<SlugParams>,
    reply: FastifyReply,
    form: FormState,
    status = 200,
  ) {
    const data = await getTwinningPage(deps, request.actor, request.params.slug);
    const done = request.query.done;
    return reply
      .status(status)
      .header('cache-control', 'no-store')
      .html(
        <TwinningDocumentsPage
          page={pageOf(request, reply, { withForm: true })}
          data={data}
          form={form}
          maxBytes={deps.config.UPLOAD_LIMIT_BYTES}
          noticeKey={done && Object.hasOwn(NOTICES, done) ? NOTICES[done] : undefined}
        />,
      );
  }

  app.get<SlugParams>('/twinnings/:slug/documents', (request, reply) =>
    render(request, reply, { values: {}, errors: {} }),
  );

  app.post<SlugParams>(
    '/twinnings/:slug/documents',
    { config: { csrfInHandler: true } },
    async (request, reply) => {
      const { slug } = request.params;
      // Access first: no file is read for someone who may not add one.
      await requireDocumentsEditor(deps, request.actor, slug);
      const form = await readUploadForm(request, { maxFileBytes: deps.config.UPLOAD_LIMIT_BYTES });
      const parsed = documentSchema.safeParse(form.fields);
      const errors = parsed.success ? {} : fieldErrors(parsed.error);
      const fileError =
        form.fileError ??
        (form.file ? undefined : new AppError('VALIDATION', 'twinning.documents.fileRequired'));
      if (fileError) errors.file = fileError.messageKey;
      if (!parsed.success || !form.file || fileError) {
        const status = fileError && fileError.code !== 'VALIDATION' ? fileError.status : 400;
        return render(request, reply, { values: form.fields, errors }, status);
      }
      const { created } = await addTwinningDocument(deps, request.actor, slug, {
        title: parsed.data.title,
        upload: form.file,
      });
      return reply.redirect(
        `/twinnings/${slug}/documents?done=${created ? 'uploaded' : 'unchanged'}`,
        303,
      );
    },
  );

  app.get<DocParams>('/twinnings/:slug/documents/:doc', async (request, reply) => {
    const { name, file } = await getTwinningDocumentFile(
      deps,
      request.actor,
      request.params.slug,
      idOf(request.params.doc),
    );
    return sendAttachment(reply, { name, mediaType: file.mediaType, bytes: file.bytes });
  });

  app.post<DocParams>('/twinnings/:slug/documents/:doc/delete', async (request, reply) => {
    const { slug } = request.params;
    await removeTwinningDocument(deps, request.actor, slug, idOf(request.params.doc));
    return reply.redirect(`/twinnings/${slug}/documents?done=deleted`, 303);
  });
}
