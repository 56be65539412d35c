import type { FastifyInstance, FastifyRequest } from 'fastify';
import { readUploadForm, sendAttachment, type UploadForm } from '../../files/index.ts';
import { AppError, isAppError } from '../../web/errors.ts';
import { pageOf } from '../../web/page.ts';
import { fieldErrors, idOf } from '../../web/validation.ts';
import { openAttachment } from './post-attachments.service.ts';
import { deletePost, editPost, requireOwnPost } from './post-edit.service.ts';
import { requireNewThread, startThread } from './post-write-thread.service.ts';
import { replyToThread, requireReply } from './post-write.service.ts';
import { editSchema, newThreadSchema, replySchema } from './posts.schema.ts';
import { NewThreadPage } from './views/NewThreadPage.tsx';
import { PostEditPage } from './views/PostEditPage.tsx';
import { ReplyFormPage } from './views/PostForm.tsx';

// Writing in discussions: a new thread, a reply (with a quote and an attachment), editing and
// deleting one's own post, and downloading a post's attachment.

type SubjectParams = { Params: { kind: string; id: string } };
type IdParams = { Params: { id: string } };
type AttachmentParams = { Params: { id: string; attachmentId: string } };

/** An id from the address, or 404. */
function idParam(text: string): number {
  const id = idOf(text);
  if (id === undefined) throw new AppError('NOT_FOUND', 'discussions.errors.notFound');
  return id;
}

/** The form's text fields worth showing again (never more than the limit allows). */
function keptValues(fields: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of ['title', 'body', 'quote', 'requestKey'])
    if (typeof fields[name] === 'string') out[name] = fields[name].slice(0, 20_000);
  return out;
}

/** A post's multipart form; a text field over the parser's limit is a too-long body (400). */
async function readPostForm(request: FastifyRequest): Promise<UploadForm & { tooLong?: true }> {
  try {
    const maxFileBytes = request.server.deps.config.UPLOAD_LIMIT_BYTES;
    return await readUploadForm(request, { maxFileBytes });
  } catch (err) {
    if (isAppError(err) && err.code === 'TOO_LARGE' && err.messageKey === 'errors.too_large')
      return { fields: {}, tooLong: true };
    throw err;
  }
}

/** The errors a refused post form is shown with, and its status; undefined when it may go on. */
function formRefusal(
  form: UploadForm & { tooLong?: true },
): { status: number; errors: Record<string, string> } | undefined {
  if (form.tooLong) return { status: 400, errors: { body: 'posts.errors.bodyTooLong' } };
  if (form.fileError)
    return { status: form.fileError.status, errors: { file: form.fileError.messageKey } };
  return undefined;
}

const NOTICE_OF_HELD = (held: boolean) => (held ? 'done=held' : 'done=posted');

export async function postsRoutes(app: FastifyInstance): Promise<void> {
  const { deps } = app;

  app.get<SubjectParams>('/discussions/:kind/:id/new', async (request, reply) => {
    const { subject } = await requireNewThread(
      deps,
      request.actor,
      request.params.kind,
      request.params.id,
    );
    return reply.html(
      <NewThreadPage
        page={pageOf(request, reply, { withForm: true })}
        subjectPath={`/discussions/${subject.kind}/${subject.id}`}
        values={{}}
        errors={{}}
      />,
    );
  });

  app.post<SubjectParams>(
    '/discussions/:kind/:id/new',
    { config: { csrfInHandler: true } },
    async (request, reply) => {
      const { kind, id } = request.params;
      const { subject } = await requireNewThread(deps, request.actor, kind, id);
      const form = await readPostForm(request);
      const again = (status: number, errors: Record<string, string>) =>
        reply
          .status(status)
          .html(
            <NewThreadPage
              page={pageOf(request, reply, { withForm: true })}
              subjectPath={`/discussions/${subject.kind}/${subject.id}`}
              values={keptValues(form.fields)}
              errors={errors}
            />,
          );
      const refusal = formRefusal(form);
      if (refusal) return again(refusal.status, refusal.errors);
      const parsed = newThreadSchema.safeParse(form.fields);
      if (!parsed.success) return again(400, fieldErrors(parsed.error));
      const { threadId, held } = await startThread(deps, request.actor, kind, id, {
        ...parsed.data,
        file: form.file,
      });
      return reply.redirect(`/threads/${threadId}?${NOTICE_OF_HELD(held)}`, 303);
    },
  );

  app.post<IdParams>(
    '/threads/:id/posts',
    { config: { csrfInHandler: true } },
    async (request, reply) => {
      const threadId = idParam(request.params.id);
      const { thread } = await requireReply(deps, request.actor, threadId);
      const form = await readPostForm(request);
      const again = (status: number, errors: Record<string, string>) =>
        reply
          .status(status)
          .html(
            <ReplyFormPage
              page={pageOf(request, reply, { withForm: true })}
              thread={thread}
              values={keptValues(form.fields)}
              errors={errors}
            />,
          );
      const refusal = formRefusal(form);
      if (refusal) return again(refusal.status, refusal.errors);
      const parsed = replySchema.safeParse(form.fields);
      if (!parsed.success) return again(400, fieldErrors(parsed.error));
      try {
        const posted = await replyToThread(deps, request.actor, threadId, {
          body: parsed.data.body,
          quotePostId: parsed.data.quote,
          requestKey: parsed.data.requestKey,
          file: form.file,
        });
        const query = `page=${posted.page}&${NOTICE_OF_HELD(posted.held)}`;
        return reply.redirect(`/threads/${threadId}?${query}#post-${posted.postId}`, 303);
      } catch (err) {
        if (isAppError(err) && err.code === 'VALIDATION' && Object.keys(err.fields).length > 0)
          return again(400, err.fields);
        throw err;
      }
    },
  );

  app.get<IdParams>('/posts/:id/edit', async (request, reply) => {
    const { post } = await requireOwnPost(deps, request.actor, idParam(request.params.id));
    return reply.html(
      <PostEditPage
        page={pageOf(request, reply, { withForm: true })}
        postId={post.id}
        threadPath={`/threads/${post.threadId}#post-${post.id}`}
        values={{ body: post.body }}
        errors={{}}
      />,
    );
  });

  app.post<IdParams>('/posts/:id/edit', async (request, reply) => {
    const postId = idParam(request.params.id);
    const { post } = await requireOwnPost(deps, request.actor, postId);
    const parsed = editSchema.safeParse(request.body ?? {});
    if (!parsed.success) {
      const body = (request.body as Record<string, unknown> | undefined)?.body;
      return reply
        .status(400)
        .html(
          <PostEditPage
            page={pageOf(request, reply, { withForm: true })}
            postId={post.id}
            threadPath={`/threads/${post.threadId}#post-${post.id}`}
            values={{ body: typeof body === 'string' ? body.slice(0, 20_000) : '' }}
            errors={fieldErrors(parsed.error)}
          />,
        );
    }
    const done = await editPost(deps, request.actor, postId, parsed.data.body);
    return reply.redirect(
      `/threads/${done.threadId}?page=${done.page}&done=edited#post-${done.postId}`,
      303,
    );
  });

  app.post<IdParams>('/posts/:id/delete', async (request, reply) => {
    const done = await deletePost(deps, request.actor, idParam(request.params.id));
    return reply.redirect(
      `/threads/${done.threadId}?page=${done.page}&done=deleted#post-${done.postId}`,
      303,
    );
  });

  app.get<AttachmentParams>('/posts/:id/attachments/:attachmentId', async (request, reply) => {
    const file = await openAttachment(
      deps,
      request.actor,
      idParam(request.params.id),
      idParam(request.params.attachmentId),
    );
    return sendAttachment(reply, file);
  });
}
