import type { FastifyInstance } from 'fastify';

// Filled in by its owner this round.
export async function expertsRoutes(app: FastifyInstance): Promise<void> {
  void app;
}
