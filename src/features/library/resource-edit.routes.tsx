import type { FastifyInstance } from 'fastify';

// Filled in by its owner this round.
export async function resourceEditRoutes(app: FastifyInstance): Promise<void> {
  void app;
}
