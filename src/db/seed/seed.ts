import type { Deps } from '../../deps.ts';

export interface SeedResult {
  password: string;
  accounts: Array<{ role: string; email: string }>;
}

/** Loads the demo data when the database has none yet (not in production). */
export async function seedDemoIfEmpty(_deps: Deps): Promise<SeedResult | null> {
  return null;
}
