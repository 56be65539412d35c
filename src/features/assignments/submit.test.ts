import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createAssignmentRun, setAssignment } from '../../../test/factories/assignments.ts';
import { multipart, smallPdf, smallPng, type FilePart } from '../../../test/factories/files.ts';
import { createOfficial } from '../../../test/factories/officials.ts';
import { Client, createTestApp, type TestApp } from '../../../test/support/app.ts';
import { signIn } from '../../../test/support/sign-in.ts';

// A learner's submissions over HTTP: uploads checked by content, CSRF before the file, deadline,
// resubmission until graded, and nobody else's assignment.

describe('submitting an assignment', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp();
  });
  after(() => t.close());

  const countRows = async (table: 'files' | 'assignment_submissions') =>
    Number(
      (
        await t.deps.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  async function send(
    client: Client,
    url: string,
    fields: Array<[string, string]>,
    file?: FilePart,
  ) {
    const body = multipart(fields, file);
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

  /** A run with an English-speaking learner (unless `french`), signed in on the assignment. */
  async function learnerOf(settings = {}, french = false) {
    const learner = french ? undefined : await createOfficial(t.deps);
    const a = await createAssignmentRun(t.deps, { settings, ...(learner ? { learner } : {}) });
    const client = await signIn(t.app, a.learner);
    const page = `/learn/${a.runId}/assignment/${a.lessonId}`;
    const csrf = await client.csrfFrom(page);
    const submit = (fields: Array<[string, string]>, file?: FilePart) =>
      send(client, `${page}/submit`, [['_csrf', csrf], ...fields], file);
    return { a, client, page, csrf, submit };
  }

  it('shows the instructions and a multipart form with the CSRF token first', async () => {
    const { client, page } = await learnerOf({ deadlineAt: '2031-05-15T12:00:00.000Z' }, true);
    const res = await client.get(page);
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /enctype="multipart\/form-data"/);
    assert.ok(res.body.indexOf('name="_csrf"') < res.body.indexOf('type="file"'));
    assert.match(res.body, /Date limite/);
    assert.match(res.body, /2031/);
  });

  it('accepts a real PDF whatever its name, sanitised, and serves it back as a download', async () => {
    const { a, client, page, submit } = await learnerOf();
    const pdf = smallPdf();
    const res = await submit([['text', 'My analysis']], {
      filename: '../../etc/passwd',
      content: pdf,
    });
    assert.equal(res.statusCode, 303);
    assert.equal(res.headers.location, `/learn/${a.runId}/assignment/${a.lessonId}?done=submitted`);
    const shown = await client.get(page);
    assert.match(shown.body, /passwd\.pdf/);
    assert.match(shown.body, /My analysis/);
    const file = await client.get(`${page}/file`);
    assert.equal(file.statusCode, 200);
    assert.equal(file.headers['content-type'], 'application/pdf');
    assert.equal(file.headers['x-content-type-options'], 'nosniff');
    assert.match(
      String(file.headers['content-disposition']),
      /^attachment; filename="passwd\.pdf"/,
    );
    assert.match(String(file.headers['content-security-policy']), /default-src 'none'; sandbox/);
    assert.ok(file.rawPayload.equals(pdf));
  });

  it('refuses HTML named .pdf and SVG with script (415), keeping the text and storing nothing', async () => {
    const { client, page, submit } = await learnerOf();
    const before = await countRows('files');
    const html = await submit([['text', 'Kept text']], {
      filename: 'report.pdf',
      contentType: 'application/pdf',
      content: Buffer.from('<html><body><script>alert(1)</script></body></html>'),
    });
    assert.equal(html.statusCode, 415);
    assert.match(html.body, /This type of file is not accepted/);
    assert.match(html.body, /Kept text/);
    const svg = await submit([], {
      filename: 'drawing.svg',
      contentType: 'image/svg+xml',
      content: Buffer.from(
        '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
      ),
    });
    assert.equal(svg.statusCode, 415);
    assert.equal(await countRows('files'), before);
    assert.match((await client.get(page)).body, /You have not submitted anything yet/);
  });

  it('refuses a file over the assignment limit (413) and stores nothing', async () => {
    const { submit } = await learnerOf({ maxFileBytes: 2000 });
    const before = await countRows('files');
    const submissions = await countRows('assignment_submissions');
    const big = Buffer.concat([smallPdf(), Buffer.alloc(5000, 32)]);
    const res = await submit([['text', 'x']], { filename: 'big.pdf', content: big });
    assert.equal(res.statusCode, 413);
    assert.match(res.body, /larger than the limit/);
    assert.equal(await countRows('files'), before);
    assert.equal(await countRows('assignment_submissions'), submissions);
  });

  it('checks the CSRF token before reading the file', async () => {
    const { page, client } = await learnerOf();
    const before = await countRows('files');
    const png = { filename: 'a.png', content: smallPng() };
    const url = `${page}/submit`;
    assert.equal((await send(client, url, [], png)).statusCode, 403);
    assert.equal((await send(client, url, [['_csrf', 'forged']], png)).statusCode, 403);
    // A token after the file does not count: the file would have been read first.
    const csrf = await client.csrfFrom(page);
    assert.equal((await send(client, url, [['text', 'x']], png)).statusCode, 403);
    assert.equal(
      (
        await send(client, url, [
          ['text', 'x'],
          ['_csrf', csrf],
        ])
      ).statusCode,
      403,
    );
    assert.equal(await countRows('files'), before);
  });

  it('takes a written answer alone, and asks for something when both are empty', async () => {
    const { submit } = await learnerOf();
    const empty = await submit([['text', '  ']]);
    assert.equal(empty.statusCode, 400);
    assert.match(empty.body, /Write your answer or choose a file/);
    assert.equal((await submit([['text', 'Only words']])).statusCode, 303);
  });

  it('replaces an ungraded submission, keeping the file when no new one is sent', async () => {
    const { a, client, page, submit } = await learnerOf();
    await submit([['text', 'First']], { filename: 'one.png', content: smallPng() });
    assert.equal((await submit([['text', 'Second']])).statusCode, 303);
    const rows = await t.deps.db
      .selectFrom('assignment_submissions')
      .selectAll()
      .where('enrolment_id', '=', a.enrolmentId)
      .execute();
    assert.equal(rows.length, 1);
    assert.equal(rows[0]?.text, 'Second');
    assert.equal(rows[0]?.file_name, 'one.png');
    assert.match((await client.get(page)).body, /one\.png/);
  });

  it('records one submission when the form is sent twice at once', async () => {
    const { a, submit } = await learnerOf();
    const results = await Promise.all([
      submit([['text', 'Twice']], { filename: 'x.pdf', content: smallPdf('twice') }),
      submit([['text', 'Twice']], { filename: 'x.pdf', content: smallPdf('twice') }),
    ]);
    assert.deepEqual(
      results.map((r) => r.statusCode),
      [303, 303],
    );
    const rows = await t.deps.db
      .selectFrom('assignment_submissions')
      .select('id')
      .where('enrolment_id', '=', a.enrolmentId)
      .execute();
    assert.equal(rows.length, 1);
  });

  it('refuses a submission after the deadline (409)', async () => {
    const { a, client, page, submit } = await learnerOf();
    await setAssignment(t.deps, a.lessonId, { deadlineAt: '2020-01-01T00:00:00.000Z' });
    const res = await submit([['text', 'Too late']]);
    assert.equal(res.statusCode, 409);
    assert.match(res.body, /deadline for this assignment has passed/);
    const shown = await client.get(page);
    assert.doesNotMatch(shown.body, /enctype="multipart\/form-data"/);
  });

  it('refuses a submission once graded (409)', async () => {
    const { a, submit } = await learnerOf();
    await submit([['text', 'Done']]);
    await t.deps.db
      .updateTable('assignment_submissions')
      .set({ status: 'graded', score: 80 })
      .where('enrolment_id', '=', a.enrolmentId)
      .execute();
    const res = await submit([['text', 'Changed my mind']]);
    assert.equal(res.statusCode, 409);
    assert.match(res.body, /graded already/);
  });

  it('is not found for officials not enrolled, for other lessons and for bad ids', async () => {
    const { a } = await learnerOf();
    const stranger = await signIn(t.app, await createOfficial(t.deps));
    const page = `/learn/${a.runId}/assignment/${a.lessonId}`;
    assert.equal((await stranger.get(page)).statusCode, 404);
    assert.equal((await stranger.get(`${page}/file`)).statusCode, 404);
    const csrf = await stranger.csrfFrom('/');
    assert.equal(
      (
        await send(stranger, `${page}/submit`, [
          ['_csrf', csrf],
          ['text', 'x'],
        ])
      ).statusCode,
      404,
    );
    const learner = await signIn(t.app, a.learner);
    assert.equal(
      (await learner.get(`/learn/${a.runId}/assignment/${a.textLessonId}`)).statusCode,
      404,
    );
    assert.equal((await learner.get(`/learn/${a.runId}/assignment/abc`)).statusCode, 404);
    assert.equal((await learner.get(`${page}/file`)).statusCode, 404);
    const visitor = await new Client(t.app).get(page);
    assert.equal(visitor.statusCode, 303);
    assert.match(String(visitor.headers.location), /^\/sign-in\?next=/);
  });
});
