import type { FastifyInstance } from 'fastify';
import { AppError } from '../../web/errors.ts';
import { pageOf } from '../../web/page.ts';
import { idOf } from '../../web/validation.ts';
import {
  setAnswer,
  setFollow,
  toggleThread,
  type FollowChoice,
  type ThreadToggle,
} from './thread-actions.service.ts';
import { getThreadPage } from './thread-page.service.ts';
import { ThreadPage } from './views/ThreadPage.tsx';
import { POST_NOTICES } from './views/PostForm.tsx';

// A thread's page (posts 50 at a time, the reply form) and the thread's actions: follow, mute,
// pin, lock and the accepted answer. Every action redirects back to the page it came from.

type IdParams = { Params: { id: string } };
type PageQuery = { Querystring: { page?: string; quote?: string; done?: string } };

/** The one-time notices after an action (?done=…), as translation keys. */
const NOTICES: Record<string, string> = {
  ...POST_NOTICES,
  follow: 'threads.notices.follow',
  mute: 'threads.notices.mute',
  unfollow: 'threads.notices.unfollow',
  pin: 'threads.notices.pin',
  unpin: 'threads.notices.unpin',
  lock: 'threads.notices.lock',
  unlock: 'threads.notices.unlock',
  answer: 'threads.notices.answer',
  unanswer: 'threads.notices.unanswer',
};

function idOrNotFound(text: string): number {
  const id = idOf(text);
  if (id === undefined) throw new AppError('NOT_FOUND', 'discussions.errors.notFound');
  return id;
}

/** Back to the thread page the form was on (its `page` field), with the notice and an anchor. */
function backTo(threadId: number, body: unknown, done: string, anchor = ''): string {
  const raw = body && typeof body === 'object' ? (body as Record<string, unknown>).page : undefined;
  const page = idOf(raw);
  const pagePart = page !== undefined && page > 1 ? `page=${page}&` : '';
  return `/threads/${threadId}?${pagePart}done=${done}${anchor}`;
}

export async function threadsRoutes(app: FastifyInstance): Promise<void> {
  const { deps } = app;

  app.get<IdParams & PageQuery>('/threads/:id', async (request, reply) => {
    const data = await getThreadPage(deps, request.actor, idOrNotFound(request.params.id), {
      page: idOf(request.query.page) ?? 1,
      quote: idOf(request.query.quote),
      lang: request.lang,
    });
    const done = request.query.done;
    return reply.html(
      <ThreadPage
        page={pageOf(request, reply, { withForm: true })}
        data={data}
        noticeKey={done !== undefined && Object.hasOwn(NOTICES, done) ? NOTICES[done] : undefined}
      />,
    );
  });

  const follows: FollowChoice[] = ['follow', 'mute', 'unfollow'];
  for (const choice of follows)
    app.post<IdParams>(`/threads/:id/${choice}`, async (request, reply) => {
      const id = await setFollow(deps, request.actor, idOrNotFound(request.params.id), choice);
      return reply.redirect(backTo(id, request.body, choice), 303);
    });

  const toggles: ThreadToggle[] = ['pin', 'unpin', 'lock', 'unlock'];
  for (const action of toggles)
    app.post<IdParams>(`/threads/:id/${action}`, async (request, reply) => {
      const id = await toggleThread(deps, request.actor, idOrNotFound(request.params.id), action);
      return reply.redirect(backTo(id, request.body, action), 303);
    });

  for (const mark of [true, false])
    app.post<IdParams>(`/posts/:id/${mark ? 'answer' : 'unanswer'}`, async (request, reply) => {
      const postId = idOrNotFound(request.params.id);
      const id = await setAnswer(deps, request.actor, postId, mark);
      const done = mark ? 'answer' : 'unanswer';
      return reply.redirect(backTo(id, request.body, done, `#post-${postId}`), 303);
    });
}
