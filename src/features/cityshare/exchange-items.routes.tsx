import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { readDocumentForm, sendAttachment } from '../../files/index.ts';
import { fieldErrors, formValues, idOf } from '../../web/validation.ts';
import {
  addExchangeAction,
  addMeeting,
  addParticipant,
  removeParticipant,
  setExchangeActionDone,
} from './exchange-change.service.ts';
import {
  addExchangeDocument,
  addNote,
  getExchangeDocumentFile,
  requireDocumentAccess,
} from './exchange-notes.service.ts';
import { requireExchangeChange, requireExchangeView } from './exchange-access.service.ts';
import { fromForm, renderExchange } from './exchange-render.tsx';
import {
  actionSchema,
  documentSchema,
  meetingSchema,
  noteSchema,
  participantSchema,
} from './exchange.schema.ts';
import type { ExchangeFormName } from './views/ExchangePage.tsx';

// What is added to an exchange from its page: meetings, agreed actions (and their done toggle),
// participants, shared notes and documents; and the documents' downloads.

type SlugParams = { Params: { slug: string } };
type ItemParams = { Params: { slug: string; item: string }; Body: { done?: string } };

const FILE_MESSAGES: Partial<Record<string, string>> = {
  TOO_LARGE: 'exchanges.errors.tooLarge',
  UNSUPPORTED_MEDIA: 'exchanges.errors.fileType',
};

export async function exchangeItemsRoutes(app: FastifyInstance): Promise<void> {
  const { deps } = app;

  // One form of the page: validate, then change and redirect, or re-render with its errors (400).
  function formRoute<S extends z.ZodType>(
    path: string,
    name: ExchangeFormName,
    schema: S,
    change: (request: FastifyRequest, slug: string, input: z.output<S>) => Promise<string>,
  ) {
    app.post<SlugParams>(`/exchanges/:slug/${path}`, async (request, reply) => {
      const { slug } = request.params;
      // Access before input: notes are for all who see the exchange, the rest for who change it.
      if (name === 'note') await requireExchangeView(deps, request.actor, slug);
      else await requireExchangeChange(deps, request.actor, slug);
      const values = formValues(request.body);
      const parsed = schema.safeParse(request.body ?? {});
      if (!parsed.success)
        return renderExchange(request, reply, slug, {
          forms: { [name]: { values, errors: fieldErrors(parsed.error) } },
          status: 400,
        });
      return fromForm(request, reply, slug, { name, values }, () =>
        change(request, slug, parsed.data),
      );
    });
  }

  formRoute('meetings', 'meeting', meetingSchema, async (request, slug, input) => {
    await addMeeting(deps, request.actor, slug, input);
    return 'meeting';
  });
  formRoute('actions', 'action', actionSchema, async (request, slug, input) => {
    await addExchangeAction(deps, request.actor, slug, input);
    return 'action';
  });
  formRoute('participants', 'participant', participantSchema, async (request, slug, input) => {
    await addParticipant(deps, request.actor, slug, input.participant);
    return 'participant';
  });
  formRoute('notes', 'note', noteSchema, async (request, slug, input) => {
    const { created } = await addNote(deps, request.actor, slug, input.note_body);
    return created ? 'note' : 'unchanged';
  });

  app.post<ItemParams>('/exchanges/:slug/actions/:item/toggle', async (request, reply) => {
    const { slug, item } = request.params;
    const done = request.body?.done === '1';
    await setExchangeActionDone(deps, request.actor, slug, idOf(item), done);
    return reply.redirect(`/exchanges/${slug}?done=action`, 303);
  });

  app.post<ItemParams>('/exchanges/:slug/participants/:item/remove', async (request, reply) => {
    const { slug, item } = request.params;
    await removeParticipant(deps, request.actor, slug, idOf(item));
    return reply.redirect(`/exchanges/${slug}?done=removed`, 303);
  });

  app.post<SlugParams>(
    '/exchanges/:slug/documents',
    { config: { csrfInHandler: true } },
    async (request, reply) => {
      const { slug } = request.params;
      // Access first: no file is read for someone who may not add one.
      await requireDocumentAccess(deps, request.actor, slug);
      const form = await readDocumentForm(request, documentSchema, {
        maxFileBytes: deps.config.UPLOAD_LIMIT_BYTES,
        fileRequired: 'exchanges.errors.fileRequired',
        fileMessages: FILE_MESSAGES,
      });
      if (!form.ok) {
        const values = { document_title: String(form.fields.document_title ?? '') };
        return renderExchange(request, reply, slug, {
          forms: { document: { values, errors: form.errors } },
          status: form.status,
        });
      }
      const { created } = await addExchangeDocument(deps, request.actor, slug, {
        title: form.data.document_title,
        upload: form.upload,
      });
      return reply.redirect(
        `/exchanges/${slug}?done=${created ? 'document' : 'documentUnchanged'}`,
        303,
      );
    },
  );

  app.get<ItemParams>('/exchanges/:slug/documents/:item', async (request, reply) => {
    const { slug, item } = request.params;
    const { name, file } = await getExchangeDocumentFile(deps, request.actor, slug, idOf(item));
    return sendAttachment(reply, { name, mediaType: file.mediaType, bytes: file.bytes });
  });
}
