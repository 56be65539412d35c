import { idOf } from '../../web/validation.ts';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { readDocumentForm, sendAttachment } from '../../files/index.ts';
import { pageOf } from '../../web/page.ts';
import type { FormState } from '../../web/views/forms.tsx';
import {
  addTwinningDocument,
  getTwinningDocumentFile,
  removeTwinningDocument,
  requireDocumentsEditor,
} from './twinning-documents.service.ts';
import { documentSchema } from './twinning.schema.ts';
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
      const form = await readDocumentForm(request, documentSchema, {
        maxFileBytes: deps.config.UPLOAD_LIMIT_BYTES,
        fileRequired: 'twinning.documents.fileRequired',
      });
      if (!form.ok) {
        const { fields: values, errors, status } = form;
        return render(request, reply, { values, errors }, status);
      }
      const { created } = await addTwinningDocument(deps, request.actor, slug, {
        title: form.data.title,
        upload: form.upload,
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
