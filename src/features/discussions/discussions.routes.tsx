import type { FastifyInstance } from 'fastify';

// Discussions: the hub, a subject's thread list, a new thread, search (helper D1).

export async function discussionsRoutes(_app: FastifyInstance): Promise<void> {}
