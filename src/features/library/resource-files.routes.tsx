import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { readDocumentForm } from '../../files/index.ts';
import { AppError } from '../../web/errors.ts';
import { idOf } from '../../web/validation.ts';
import type { FormState } from '../../web/views/forms.tsx';
import { resourceFileSchema } from './resource-files.schema.ts';
import {
  addResourceFile,
  removeResourceFile,
  requireFilesEditor,
} from './resource-files.service.ts';
import { renderFilesPage } from './resource-files.page.tsx';

// A resource's files for its editors: the page (with the workflow), upload and removal.

type SlugParams = { Params: { slug: string }; Querystring: { done?: string } };
type FileParams = { Params: { slug: string; fileId: string } };

/** Room for the form's other fields and the multipart framing around the file. */
const FORM_OVERHEAD = 64 * 1024;

export async function resourceFilesRoutes(app: FastifyInstance): Promise<void> {
  const { deps } = app;
  const maxBytes = deps.config.UPLOAD_LIMIT_BYTES;

  const render = (
    request: FastifyRequest<SlugParams>,
    reply: FastifyReply,
    form: FormState,
    status = 200,
  ) =>
    renderFilesPage(request, reply, {
      slug: request.params.slug,
      form,
      status,
      done: request.query.done,
    });

  app.get<SlugParams>('/library/:slug/files', async (request, reply) =>
    render(request, reply, { values: {}, errors: {} }),
  );

  app.post<SlugParams>(
    '/library/:slug/files',
    { config: { csrfInHandler: true } },
    async (request, reply) => {
      // Access first, then the declared length: no byte of a file is read for someone who may
      // not add one, nor of a body clearly over the limit.
      await requireFilesEditor(deps, request.actor, request.params.slug);
      const length = Number(request.headers['content-length'] ?? 0);
      if (length > maxBytes + FORM_OVERHEAD)
        throw new AppError('TOO_LARGE', 'files.errors.tooLarge');
      const form = await readDocumentForm(request, resourceFileSchema, {
        maxFileBytes: maxBytes,
        fileRequired: 'library-edit.errors.fileRequired',
      });
      if (!form.ok) {
        const { fields: values, errors, status } = form;
        return render(request, reply, { values, errors }, status);
      }
      const { created } = await addResourceFile(deps, request.actor, request.params.slug, {
        language: form.data.language,
        upload: form.upload,
      });
      const done = created ? 'uploaded' : 'unchanged';
      return reply.redirect(`/library/${request.params.slug}/files?done=${done}`, 303);
    },
  );

  app.post<FileParams>('/library/:slug/files/:fileId/delete', async (request, reply) => {
    const { slug } = request.params;
    await removeResourceFile(deps, request.actor, slug, idOf(request.params.fileId));
    return reply.redirect(`/library/${slug}/files?done=removed`, 303);
  });
}
