import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createCourse } from '../../../test/factories/courses.ts';
import { createOrganisation } from '../../../test/factories/organisations.ts';
import { createRun, enrol } from '../../../test/factories/runs.ts';
import { Client, createTestApp, type TestApp } from '../../../test/support/app.ts';
import { signInNew } from '../../../test/support/sign-in.ts';
import { updateLesson } from './lessons.queries.ts';

// Document lessons: editors upload one file per language, checked by content; learners in the
// run download it as an attachment, in their language or visibly in another.

const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const HTML = Buffer.from('<!doctype html><html><body><script>alert(1)</script></body></html>');

/** A multipart form as a browser sends it: the CSRF token first, then fields, then the file. */
function multipart(
  csrf: string,
  fields: Record<string, string>,
  file?: { name: string; type: string; bytes: Buffer },
) {
  const boundary = '----lphm-test-boundary';
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries({ _csrf: csrf, ...fields }))
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
      ),
    );
  if (file)
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: ${file.type}\r\n\r\n`,
      ),
      file.bytes,
      Buffer.from('\r\n'),
    );
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return {
    payload: Buffer.concat(parts),
    contentType: `multipart/form-data; boundary=${boundary}`,
  };
}

describe('document lessons', () => {
  let t: TestApp;
  let editor: Client;
  let outsider: Client;
  let learner: Client;
  let lessonId: number;
  let textLessonId: number;
  let runId: number;

  const upload = async (
    c: Client,
    id: number,
    fields: Record<string, string>,
    file?: { name: string; type: string; bytes: Buffer },
  ) => {
    const body = multipart(await c.csrfFrom('/'), fields, file);
    return t.app.inject({
      method: 'POST',
      url: `/authoring/lessons/${id}/document`,
      payload: body.payload,
      headers: {
        'content-type': body.contentType,
        cookie: [...c.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
      },
    });
  };
  const documents = () => t.deps.db.selectFrom('lesson_documents').selectAll().execute();

  before(async () => {
    t = await createTestApp();
    const org = await createOrganisation(t.deps, { isPartner: true });
    const otherOrg = await createOrganisation(t.deps, { isPartner: true });
    const e = await signInNew(t.app, t.deps, {
      roles: ['partner_editor'],
      partnerOrganisationId: org.id,
    });
    editor = e.client;
    outsider = (
      await signInNew(t.app, t.deps, {
        roles: ['partner_editor'],
        partnerOrganisationId: otherOrg.id,
      })
    ).client;
    const course = await createCourse(t.deps, {
      organisationId: org.id,
      createdBy: e.official.id,
      status: 'published',
      modules: [2],
    });
    [lessonId, textLessonId] = course.lessonIds[0] as [number, number];
    await updateLesson(
      t.deps.db,
      lessonId,
      { kind: 'document', videoUrl: '', isRequired: true },
      new Date().toISOString(),
    );
    runId = (await createRun(t.deps, course.id)).id;
    const l = await signInNew(t.app, t.deps);
    learner = l.client;
    await enrol(t.deps, runId, l.official.id);
  });
  after(() => t.close());

  it('shows the set-up page to the course editors only', async () => {
    const res = await editor.get(`/authoring/lessons/${lessonId}/document`);
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /enctype="multipart\/form-data"/);
    assert.equal((await outsider.get(`/authoring/lessons/${lessonId}/document`)).statusCode, 404);
    assert.equal((await learner.get(`/authoring/lessons/${lessonId}/document`)).statusCode, 403);
    assert.equal((await editor.get(`/authoring/lessons/${textLessonId}/document`)).statusCode, 409);
  });

  it('refuses an HTML file named .pdf, a missing file and an outsider, storing nothing', async () => {
    const html = await upload(
      editor,
      lessonId,
      { language: 'en' },
      { name: 'guide.pdf', type: 'application/pdf', bytes: HTML },
    );
    assert.equal(html.statusCode, 415);
    assert.match(html.body, /This type of file is not accepted/);
    const none = await upload(editor, lessonId, { language: 'en' });
    assert.equal(none.statusCode, 400);
    assert.match(none.body, /Choose a file to upload\./);
    const badLanguage = await upload(
      editor,
      lessonId,
      { language: 'xx' },
      { name: 'guide.pdf', type: 'application/pdf', bytes: PDF },
    );
    assert.equal(badLanguage.statusCode, 400);
    const foreign = await upload(
      outsider,
      lessonId,
      { language: 'en' },
      { name: 'guide.pdf', type: 'application/pdf', bytes: PDF },
    );
    assert.equal(foreign.statusCode, 403);
    assert.deepEqual(await documents(), []);
  });

  it('stores a PDF under a safe name and lists it', async () => {
    const res = await upload(
      editor,
      lessonId,
      { language: 'en' },
      { name: '../../Guide <final>.PDF', type: 'text/plain', bytes: PDF },
    );
    assert.equal(res.statusCode, 303);
    assert.equal(
      res.headers.location,
      `/authoring/lessons/${lessonId}/document?lang=en&done=uploaded`,
    );
    const [doc] = await documents();
    assert.equal(doc?.file_name, 'Guide _final_.pdf');
    const page = await editor.get(String(res.headers.location));
    assert.match(page.body, /The document was uploaded\./);
    assert.match(page.body, /Guide _final_\.pdf/);
  });

  it('lets the learner download it as an attachment, with a visible language fallback', async () => {
    const page = await learner.get(`/learn/${runId}/lessons/${lessonId}?lang=fr`);
    assert.equal(page.statusCode, 200);
    assert.ok(page.body.includes(`href="/learn/${runId}/lessons/${lessonId}/file?lang=fr"`));
    assert.match(page.body, /This document is not available in French; it is offered in English\./);
    const file = await learner.get(`/learn/${runId}/lessons/${lessonId}/file?lang=fr`);
    assert.equal(file.statusCode, 200);
    assert.equal(file.headers['content-type'], 'application/pdf');
    assert.match(
      String(file.headers['content-disposition']),
      /^attachment; filename="Guide _final_\.pdf"/,
    );
    assert.equal(file.headers['x-content-type-options'], 'nosniff');
    assert.deepEqual(file.rawPayload, PDF);
    const stranger = (await signInNew(t.app, t.deps)).client;
    assert.equal((await stranger.get(`/learn/${runId}/lessons/${lessonId}/file`)).statusCode, 404);
    assert.equal(
      (await learner.get(`/learn/${runId}/lessons/${textLessonId}/file`)).statusCode,
      404,
    );
  });

  it('replaces the file of a language when another is uploaded for it', async () => {
    const other = Buffer.concat([PDF, Buffer.from('% second version\n')]);
    const res = await upload(
      editor,
      lessonId,
      { language: 'en' },
      { name: 'guide-v2.pdf', type: 'application/pdf', bytes: other },
    );
    assert.equal(res.statusCode, 303);
    const rows = await documents();
    assert.equal(rows.length, 1);
    assert.equal(rows[0]?.file_name, 'guide-v2.pdf');
  });
});
