import type { FastifyInstance } from 'fastify';

// A thread's page and its posts: reply, quote, edit, delete, attachments, follow, pin, lock, answer (helper D2).

export async function threadsRoutes(_app: FastifyInstance): Promise<void> {}
