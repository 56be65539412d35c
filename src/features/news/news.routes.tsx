import type { FastifyInstance } from 'fastify';

// Filled in by its owner this round.
export async function newsRoutes(app: FastifyInstance): Promise<void> {
  void app;
}
