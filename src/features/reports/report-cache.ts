import type { Db } from '../../db/database.ts';
import type { YearReport } from './report.service.ts';

// Computed yearly reports, kept in this process per database. One is served again while the
// version of its data has not moved (migrations 0016 and 0017: triggers on every table it counts
// bump it in the writing transaction, so a change shows at once on every process) and until the
// first published event of the year still to end has ended (it then counts as held).

export interface CachedReport {
  version: number;
  /** ISO-8601 UTC instant; null: no published event of the year is still to end. */
  validUntil: string | null;
  report: YearReport;
}

// A few dozen keys (year × language × summary or full); the oldest goes first.
const MAX_ENTRIES = 48;
const byDb = new WeakMap<Db, Map<string, CachedReport>>();

/** The report kept under this key if still valid for this version and instant (ISO-8601). */
export function cachedReport(
  db: Db,
  key: string,
  version: number,
  now: string,
): YearReport | undefined {
  const entry = byDb.get(db)?.get(key);
  if (!entry || entry.version !== version) return undefined;
  if (entry.validUntil !== null && now >= entry.validUntil) return undefined;
  return entry.report;
}

export function keepReport(db: Db, key: string, entry: CachedReport): void {
  let entries = byDb.get(db);
  if (!entries) byDb.set(db, (entries = new Map()));
  entries.delete(key);
  if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value!);
  entries.set(key, entry);
}
