import assert from 'node:assert/strict';
import { after, afterEach, before, beforeEach } from 'node:test';
import { startAxeServer, stopAxeServer } from './axe.ts';
import { E2EBrowser } from './browser.ts';
import { startServer, type E2EServer } from './server.ts';

// One server and one browser per test file, started in `before` and closed in `after`.

export interface E2E {
  server: E2EServer;
  browser: E2EBrowser;
}

/**
 * Registers the file's hooks and returns a handle filled in once `before` has run. `seed` runs
 * against the fresh database before any journey (factories, never clicks). A journey fails when
 * the server answered any of its requests with a 5xx.
 */
export function useE2E<S>(seed: (server: E2EServer) => Promise<S>): E2E & { seeded: S } {
  const handle = {} as E2E & { seeded: S };
  let errorsBefore = 0;
  before(async () => {
    handle.server = await startServer();
    [handle.browser, handle.seeded] = await Promise.all([
      E2EBrowser.launch(handle.server.baseURL),
      seed(handle.server),
      startAxeServer(),
    ]);
  });
  beforeEach(() => {
    errorsBefore = handle.server.serverErrors.length;
  });
  afterEach(() => {
    const errors = handle.server.serverErrors.slice(errorsBefore);
    assert.deepEqual(errors, [], 'the server answered with a 5xx during this journey');
  });
  after(async () => {
    await handle.browser?.close();
    await handle.server?.close();
    await stopAxeServer();
  });
  return handle;
}
