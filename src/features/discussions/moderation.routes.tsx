import type { FastifyInstance } from 'fastify';

// Moderation: reports, the queue, hide and restore, held posts, suspensions (helper M).

export async function moderationRoutes(_app: FastifyInstance): Promise<void> {}
