import { idOf } from '../../web/validation.ts';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { readDocumentForm, sendAttachment } from '../../files/index.ts';
import { AppError } from '../../web/errors.ts';
import { pageOf } from '../../web/page.ts';
import type { FormState } from '../../web/views/forms.tsx';
import { documentFormSchema } from './event-documents.schema.ts';
import {
  addEventDocument,
  getDocumentsSetup,
  getPublicDocumentFile,
  getPublicDocuments,
  pdfOnly,
  removeEventDocument,
  requireDocumentsOrganiser,
} from './event-documents.service.ts';
import { EventDocumentsEditPage } from './views/EventDocumentsEditPage.tsx';
import { EventDocumentsPage } from './views/EventDocumentsPage.tsx';

// Outcome documents: the organisers' page (upload, delete) and the public list and downloads.

type IdParams = { Params: { id: string }; Querystring: { done?: string } };
type DocParams = { Params: { id: string; doc: string } };
type SlugParams = { Params: { slug: string } };
type FileParams = { Params: { slug: string; doc: string } };

const NOTICES: Record<string, string> = {
  uploaded: 'event-documents.notices.uploaded',
  unchanged: 'event-documents.notices.unchanged',
  deleted: 'event-documents.notices.deleted',
};

const FILE_MESSAGES: Partial<Record<string, string>> = {
  TOO_LARGE: 'event-documents.errors.tooLarge',
  UNSUPPORTED_MEDIA: 'event-documents.errors.notPdf',
};

function eventIdOf(text: string): number {
  const id = idOf(text);
  if (id === undefined) throw new AppError('NOT_FOUND', 'events.errors.notFound');
  return id;
}

export async function eventDocumentsRoutes(app: FastifyInstance): Promise<void> {
  const { deps } = app;

  async function renderSetup(
    request: FastifyRequest<IdParams>,
    reply: FastifyReply,
    form: FormState,
    status = 200,
  ) {
    const setup = await getDocumentsSetup(
      deps,
      request.actor,
      eventIdOf(request.params.id),
      request.lang,
    );
    const done = request.query.done;
    return reply
      .status(status)
      .header('cache-control', 'no-store')
      .html(
        <EventDocumentsEditPage
          page={pageOf(request, reply, { withForm: true })}
          setup={setup}
          form={form}
          maxBytes={deps.config.UPLOAD_LIMIT_BYTES}
          noticeKey={done && Object.hasOwn(NOTICES, done) ? NOTICES[done] : undefined}
        />,
      );
  }

  app.get<IdParams>('/authoring/events/:id/documents', async (request, reply) =>
    renderSetup(request, reply, { values: { language: request.lang }, errors: {} }),
  );

  app.post<IdParams>(
    '/authoring/events/:id/documents',
    { config: { csrfInHandler: true } },
    async (request, reply) => {
      const id = eventIdOf(request.params.id);
      // Access first: no file is read for someone who may not add one.
      await requireDocumentsOrganiser(deps, request.actor, id);
      // The limit is shown beside the field; any type but PDF gets the PDF-only message.
      const form = await readDocumentForm(request, documentFormSchema, {
        maxFileBytes: deps.config.UPLOAD_LIMIT_BYTES,
        fileRequired: 'event-documents.errors.fileRequired',
        fileMessages: FILE_MESSAGES,
        check: pdfOnly,
      });
      if (!form.ok) {
        const { fields: values, errors, status } = form;
        return renderSetup(request, reply, { values, errors }, status);
      }
      const { created } = await addEventDocument(deps, request.actor, id, {
        ...form.data,
        upload: form.upload,
      });
      const done = created ? 'uploaded' : 'unchanged';
      return reply.redirect(`/authoring/events/${id}/documents?done=${done}`, 303);
    },
  );

  app.post<DocParams>('/authoring/events/:id/documents/:doc/delete', async (request, reply) => {
    const id = eventIdOf(request.params.id);
    await removeEventDocument(deps, request.actor, id, idOf(request.params.doc));
    return reply.redirect(`/authoring/events/${id}/documents?done=deleted`, 303);
  });

  app.get<SlugParams>('/events/:slug/documents', async (request, reply) => {
    const result = await getPublicDocuments(deps, request.actor, request.lang, request.params.slug);
    return reply.html(<EventDocumentsPage page={pageOf(request, reply)} {...result} />);
  });

  app.get<FileParams>('/events/:slug/documents/:doc', async (request, reply) => {
    const { name, file } = await getPublicDocumentFile(
      deps,
      request.actor,
      request.lang,
      request.params.slug,
      idOf(request.params.doc),
    );
    return sendAttachment(reply, { name, mediaType: file.mediaType, bytes: file.bytes });
  });
}
