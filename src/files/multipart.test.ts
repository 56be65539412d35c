import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createAssignmentRun } from '../../test/factories/assignments.ts';
import { multipart, smallPdf } from '../../test/factories/files.ts';
import { createTestApp, type Client, type TestApp } from '../../test/support/app.ts';
import { signIn } from '../../test/support/sign-in.ts';

// Multipart forms over HTTP (through the assignment form, which reads them with readUploadForm):
// the platform limit, broken bodies, and routes that do not read multipart at all.

describe('multipart forms', () => {
  let t: TestApp;
  let client: Client;
  let page: string;
  before(async () => {
    // A platform limit far below the assignment's own (which defaults to the platform's).
    t = await createTestApp({ UPLOAD_LIMIT_BYTES: '3000' });
    const a = await createAssignmentRun(t.deps, { settings: { maxFileBytes: 20_000_000 } });
    client = await signIn(t.app, a.learner);
    page = `/learn/${a.runId}/assignment/${a.lessonId}`;
  });
  after(() => t.close());

  const cookie = () => [...client.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  const post = (url: string, payload: Buffer | string, headers: Record<string, string>) =>
    t.app.inject({ method: 'POST', url, payload, headers: { ...headers, cookie: cookie() } });
  const countFiles = async () =>
    Number(
      (
        await t.deps.db
          .selectFrom('files')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('never takes more than the platform limit, whatever a form asks for (413)', async () => {
    const csrf = await client.csrfFrom(page);
    const big = Buffer.concat([smallPdf(), Buffer.alloc(4000, 32)]);
    const body = multipart([['_csrf', csrf]], { filename: 'big.pdf', content: big });
    const res = await post(`${page}/submit`, body.payload, body.headers);
    assert.equal(res.statusCode, 413);
    assert.equal(await countFiles(), 0);
  });

  it('answers a broken multipart body with 400, never 500', async () => {
    const csrf = await client.csrfFrom(page);
    const res = await post(
      `${page}/submit`,
      `--xyz\r\nContent-Disposition: form-data; name="_csrf"\r\n\r\n${csrf}\r\n--xyz\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n\r\n%PDF-1.4 trunc`,
      { 'content-type': 'multipart/form-data; boundary=xyz' },
    );
    assert.equal(res.statusCode, 400);
  });

  it('accepts the token in the x-csrf-token header instead of the first field', async () => {
    const csrf = await client.csrfFrom(page);
    const body = multipart([['text', 'Sent by a script']]);
    const res = await post(`${page}/submit`, body.payload, {
      ...body.headers,
      'x-csrf-token': csrf,
    });
    assert.equal(res.statusCode, 303);
    const bad = await post(`${page}/submit`, body.payload, {
      ...body.headers,
      'x-csrf-token': 'x',
    });
    assert.equal(bad.statusCode, 403);
  });

  it('is refused by routes that do not read multipart, even with a valid token (403)', async () => {
    const csrf = await client.csrfFrom(page);
    const body = multipart([['_csrf', csrf]]);
    const res = await post('/sign-out', body.payload, body.headers);
    assert.equal(res.statusCode, 403);
    assert.equal((await client.get(page)).statusCode, 200, 'still signed in');
  });
});
