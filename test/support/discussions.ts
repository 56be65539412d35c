import assert from 'node:assert/strict';
import type { Selectable } from 'kysely';
import type { PostsTable } from '../../src/db/tables-community.ts';
import { createCourse } from '../factories/courses.ts';
import { ageAccount } from '../factories/discussions.ts';
import { multipart } from '../factories/files.ts';
import { createOfficial } from '../factories/officials.ts';
import { createOrganisation } from '../factories/organisations.ts';
import { createRun, enrol } from '../factories/runs.ts';
import { createThemes } from '../factories/themes.ts';
import { createTestApp, type Client, type TestApp } from './app.ts';
import { signInNew } from './sign-in.ts';

// What the discussion tests over HTTP share: a run with its facilitator and an enrolled learner
// (old enough an account to post links), a theme, an official of neither, and a post form sent
// as a browser sends it.

/** Sends a post form as a browser does: multipart, the CSRF token of `formUrl` first. */
export async function sendPostForm(
  t: TestApp,
  client: Client,
  formUrl: string,
  url: string,
  fields: Array<[string, string]>,
  file?: { filename: string; content: Buffer },
) {
  const csrf = await client.csrfFrom(formUrl);
  const body = multipart([['_csrf', csrf], ...fields], file);
  return t.app.inject({
    method: 'POST',
    url,
    payload: body.payload,
    headers: {
      ...body.headers,
      cookie: [...client.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
    },
  });
}

export interface DiscussionSetup {
  t: TestApp;
  themeId: number;
  runId: number;
  learner: Client;
  learnerId: number;
  facilitator: Client;
  stranger: Client;
  /** Sends a post form to `url` as a browser does, with the CSRF token of a new-thread page. */
  send: (
    client: Client,
    url: string,
    fields: Record<string, string>,
    file?: { filename: string; content: Buffer },
  ) => ReturnType<typeof sendPostForm>;
  /** A post's row as stored. */
  postOf: (id: number) => Promise<Selectable<PostsTable>>;
}

/** The post a redirect points at (its `#post-<id>` anchor). */
export function postIdOf(location: string | undefined): number {
  const match = /#post-(\d+)$/.exec(location ?? '');
  assert.ok(match, `no post anchor in ${location}`);
  return Number(match[1]);
}

/** A fresh app with a run of a published course, its facilitator, its learner and a stranger. */
export async function createDiscussionSetup(): Promise<DiscussionSetup> {
  const t = await createTestApp();
  const themes = await createThemes(t.deps);
  const themeId = Object.values(themes)[0]!;
  const partner = await createOrganisation(t.deps);
  const author = await createOfficial(t.deps);
  const course = await createCourse(t.deps, {
    organisationId: partner.id,
    createdBy: author.id,
    status: 'published',
  });
  const f = await signInNew(t.app, t.deps, { roles: ['facilitator'] });
  const runId = (await createRun(t.deps, course.id, { facilitatorIds: [f.official.id] })).id;
  const l = await signInNew(t.app, t.deps);
  await ageAccount(t.deps, l.official.id);
  await enrol(t.deps, runId, l.official.id);
  const stranger = (await signInNew(t.app, t.deps)).client;
  const formUrl = `/discussions/theme/${themeId}/new`;
  return {
    t,
    themeId,
    runId,
    learner: l.client,
    learnerId: l.official.id,
    facilitator: f.client,
    stranger,
    send: (client, url, fields, file) =>
      sendPostForm(t, client, formUrl, url, Object.entries(fields), file),
    postOf: (id) =>
      t.deps.db.selectFrom('posts').selectAll().where('id', '=', id).executeTakeFirstOrThrow(),
  };
}
