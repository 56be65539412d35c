import type { FastifyInstance } from 'fastify';

export async function curriculumRoutes(_app: FastifyInstance): Promise<void> {}
