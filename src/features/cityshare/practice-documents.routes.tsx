import { idOf } from '../../web/validation.ts';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { readDocumentForm, sendAttachment } from '../../files/index.ts';
import { pageOf } from '../../web/page.ts';
import type { FormState } from '../../web/views/forms.tsx';
import {
  addPracticeDocument,
  getDocumentsSetup,
  getPracticeDocumentFile,
  removePracticeDocument,
  requireDocumentsEditor,
} from './practice-documents.service.ts';
import { documentSchema } from './practice.schema.ts';
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
      const form = await readDocumentForm(request, documentSchema, {
        maxFileBytes: maxBytes,
        fileRequired: 'practices.errors.fileRequired',
      });
      if (!form.ok) {
        const { fields: values, errors, status } = form;
        return renderSetup(request, reply, { values, errors }, status);
      }
      const { created } = await addPracticeDocument(deps, request.actor, request.params.slug, {
        title: form.data.title,
        upload: form.upload,
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
