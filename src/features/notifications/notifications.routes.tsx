import type { FastifyInstance } from 'fastify';

// Notifications: the list, read marks, e-mail choices, unsubscribe (helper N).

export async function notificationsRoutes(_app: FastifyInstance): Promise<void> {}
