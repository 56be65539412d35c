import { Migrator, type Migration } from 'kysely';
import type { Db } from './database.ts';
import * as foundation from './migrations/20261128T0001-foundation.ts';
import * as courses from './migrations/20261128T0002-courses.ts';
import * as runs from './migrations/20261128T0003-runs.ts';
import * as quizzes from './migrations/20261128T0006-quizzes.ts';
import * as assignments from './migrations/20261128T0007-assignments.ts';
import * as certificates from './migrations/20261128T0008-certificates.ts';
import * as courseSearch from './migrations/20261128T0009-course-search.ts';
import * as documentLessons from './migrations/20261128T0010-document-lessons.ts';
import * as catalogueOrder from './migrations/20261128T0011-catalogue-order.ts';
import * as events from './migrations/20261128T0012-events.ts';
import * as eventCertificates from './migrations/20261128T0013-event-certificates.ts';
import * as reportIndexes from './migrations/20261128T0014-report-indexes.ts';
import * as timeZones from './migrations/20261128T0015-time-zones.ts';
import * as eventsCache from './migrations/20261128T0016-events-cache.ts';
import * as reportSpeed from './migrations/20261128T0017-report-speed.ts';
import * as runEvaluationInvites from './migrations/20261128T0018-run-evaluation-invites.ts';
import * as cityshare from './migrations/20261129T0019-cityshare.ts';
import * as twinning from './migrations/20261129T0020-twinning.ts';
import * as cityshareCache from './migrations/20261129T0021-cityshare-cache.ts';
import * as library from './migrations/20261129T0022-library.ts';
import * as experts from './migrations/20261129T0023-experts.ts';
import * as news from './migrations/20261129T0024-news.ts';
import * as libraryKeys from './migrations/20261129T0025-library-keys.ts';
import * as newsKeys from './migrations/20261129T0026-news-keys.ts';
import * as discussions from './migrations/20261129T0027-discussions.ts';
import * as notifications from './migrations/20261129T0028-notifications.ts';

// Listed by hand, in order, so that bundling and tsx both find them; never edit one that shipped.
const migrations: Record<string, Migration> = {
  '20261128T0001-foundation': foundation,
  '20261128T0002-courses': courses,
  '20261128T0003-runs': runs,
  '20261128T0006-quizzes': quizzes,
  '20261128T0007-assignments': assignments,
  '20261128T0008-certificates': certificates,
  '20261128T0009-course-search': courseSearch,
  '20261128T0010-document-lessons': documentLessons,
  '20261128T0011-catalogue-order': catalogueOrder,
  '20261128T0012-events': events,
  '20261128T0013-event-certificates': eventCertificates,
  '20261128T0014-report-indexes': reportIndexes,
  '20261128T0015-time-zones': timeZones,
  '20261128T0016-events-cache': eventsCache,
  '20261128T0017-report-speed': reportSpeed,
  '20261128T0018-run-evaluation-invites': runEvaluationInvites,
  '20261129T0019-cityshare': cityshare,
  '20261129T0020-twinning': twinning,
  '20261129T0021-cityshare-cache': cityshareCache,
  '20261129T0022-library': library,
  '20261129T0023-experts': experts,
  '20261129T0024-news': news,
  '20261129T0025-library-keys': libraryKeys,
  '20261129T0026-news-keys': newsKeys,
  '20261129T0027-discussions': discussions,
  '20261129T0028-notifications': notifications,
};

/** Brings the schema up to date; safe to run from several processes at once (Kysely takes a lock). */
export async function migrateToLatest(db: Db): Promise<string[]> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error;
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
