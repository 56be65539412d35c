import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import pino from 'pino';
import type { BrowserContext } from 'playwright-core';
import { buildApp } from '../../src/app.ts';
import type { Deps } from '../../src/deps.ts';
import { startSession } from '../../src/features/accounts/sessions.service.ts';
import { SESSION_COOKIE } from '../../src/web/context.ts';
import { createTestDatabase } from '../../test/support/database.ts';

// The app in this process, on a fresh database of its own, listening on a free loopback port.

export interface E2EServer {
  baseURL: string;
  deps: Deps;
  app: FastifyInstance;
  /** Every response with a 5xx status ("GET /path → 500"): a journey must cause none. */
  serverErrors: string[];
  close(): Promise<void>;
}

export async function startServer(): Promise<E2EServer> {
  const database = await createTestDatabase();
  // Unhandled errors are printed (with their stack) so a failing journey shows the cause.
  const deps: Deps = { ...database.deps, log: pino({ level: process.env.E2E_LOG ?? 'error' }) };
  const app = await buildApp(deps);
  const serverErrors: string[] = [];
  app.addHook('onResponse', async (request, reply) => {
    if (reply.statusCode >= 500)
      serverErrors.push(`${request.method} ${request.url} → ${reply.statusCode}`);
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  const baseURL = `http://127.0.0.1:${port}`;
  // Links in e-mails (password reset) must lead back to this server.
  deps.config.BASE_URL = baseURL;
  return {
    baseURL,
    deps,
    app,
    serverErrors,
    async close() {
      await app.close();
      await database.close();
    },
  };
}

/**
 * Signs an official in for a browser context without the sign-in form (setup, not the journey):
 * a real session in the database and its cookie in the context.
 */
export async function signInAs(
  server: E2EServer,
  context: BrowserContext,
  official: { id: number },
): Promise<void> {
  const { token } = await startSession(
    server.deps.db,
    {
      idleMinutes: server.deps.config.SESSION_IDLE_MINUTES,
      absoluteHours: server.deps.config.SESSION_ABSOLUTE_HOURS,
    },
    { userId: official.id, ip: '127.0.0.1', userAgent: 'e2e' },
  );
  await context.addCookies([
    {
      name: SESSION_COOKIE,
      value: token,
      url: server.baseURL,
      httpOnly: true,
      sameSite: 'Lax',
    },
  ]);
}
