import type { FastifyInstance } from 'fastify';
import { pageOf } from '../../web/page.ts';
import { listQueryOf, subjectOf } from './discussions.schema.ts';
import { hubSubjects, searchAllThreads } from './hub.service.ts';
import { listSubjectThreads } from './thread-list.service.ts';
import { HubPage, SearchPage } from './views/HubPage.tsx';
import { ThreadListPage } from './views/ThreadListPage.tsx';

// Discussions: the hub, search across subjects, a subject's thread list (helper D1).

export async function discussionsRoutes(app: FastifyInstance): Promise<void> {
  const { deps } = app;

  app.get('/discussions', async (request, reply) => {
    const subjects = await hubSubjects(deps, request.actor, request.lang);
    return reply.html(<HubPage page={pageOf(request, reply)} subjects={subjects} />);
  });

  app.get('/discussions/search', async (request, reply) => {
    const { q } = listQueryOf(request.query);
    const found = await searchAllThreads(deps, request.actor, q, request.lang);
    return reply.html(<SearchPage page={pageOf(request, reply)} query={q} {...found} />);
  });

  app.get<{ Params: { kind: string; id: string } }>(
    '/discussions/:kind/:id',
    async (request, reply) => {
      const subject = subjectOf(request.params.kind, request.params.id);
      const list = await listSubjectThreads(deps, request.actor, subject, {
        ...listQueryOf(request.query),
        lang: request.lang,
      });
      return reply.html(<ThreadListPage page={pageOf(request, reply)} list={list} />);
    },
  );
}
