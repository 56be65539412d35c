import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { multipart, smallPdf, smallPng, type FilePart } from '../../../test/factories/files.ts';
import { createResource } from '../../../test/factories/library.ts';
import { createOrganisation } from '../../../test/factories/organisations.ts';
import { createTestApp, type Client, type TestApp } from '../../../test/support/app.ts';
import { signInNew } from '../../../test/support/sign-in.ts';
import { sanitiseFileName } from '../../files/file-name.ts';
import { EXTRACT_TEXT_JOB } from './text-extraction-queue.ts';

// A resource's files: its editors upload PDF, Office and image files in a language each (queued
// for text extraction), see their status, and remove them; bad files are refused with a
// translated message and nothing stored; a double upload makes one row.

const LIMIT = 5000;
const HTML = Buffer.from('<!doctype html><html><body><script>alert(1)</script></body></html>');

describe('library: resource files', () => {
  let t: TestApp;
  let editor: Client;
  let outsider: Client;
  let resource: { id: number; slug: string };

  const url = () => `/library/${resource.slug}/files`;
  const upload = async (c: Client, file?: FilePart, language = 'fr', csrf?: string) => {
    const body = multipart(
      [
        ['_csrf', csrf ?? (await c.csrfFrom('/'))],
        ['language', language],
      ],
      file,
    );
    return t.app.inject({
      method: 'POST',
      url: url(),
      payload: body.payload,
      headers: {
        ...body.headers,
        cookie: [...c.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
      },
    });
  };
  const pdf = (text = 'Toolkit', filename = 'toolkit.pdf'): FilePart => ({
    filename,
    contentType: 'application/pdf',
    content: smallPdf(text),
  });
  const files = () =>
    t.deps.db
      .selectFrom('resource_files')
      .selectAll()
      .where('resource_id', '=', resource.id)
      .orderBy('id')
      .execute();
  const jobs = () =>
    t.deps.db.selectFrom('jobs').select('payload').where('kind', '=', EXTRACT_TEXT_JOB).execute();

  before(async () => {
    t = await createTestApp({ UPLOAD_LIMIT_BYTES: String(LIMIT) });
    const org = await createOrganisation(t.deps, { name: 'IOM', isPartner: true });
    const other = await createOrganisation(t.deps, { name: 'Elsewhere', isPartner: true });
    const role = { roles: ['partner_editor' as const] };
    editor = (await signInNew(t.app, t.deps, { ...role, partnerOrganisationId: org.id })).client;
    outsider = (await signInNew(t.app, t.deps, { ...role, partnerOrganisationId: other.id }))
      .client;
    resource = await createResource(t.deps, { organisationId: org.id, status: 'draft' });
  });
  after(() => t.close());

  it('records an uploaded file with its language, queues its text extraction and shows it', async () => {
    const res = await upload(editor, pdf('Accueil', 'Boîte à outils.pdf'));
    assert.equal(res.statusCode, 303);
    assert.equal(res.headers.location, `${url()}?done=uploaded`);
    const [file] = await files();
    assert.equal(file?.language, 'fr');
    assert.equal(file?.file_name, 'Boîte à outils.pdf');
    assert.equal(file?.extraction_status, 'pending');
    const queued = (await jobs()).map((j) => JSON.parse(j.payload).resourceFileId);
    assert.ok(queued.includes(file!.id));
    const page = await editor.get(url());
    assert.match(page.body, /Boîte à outils\.pdf/);
    assert.match(page.body, /Waiting to be read/);
    assert.match(page.body, /French/);
    const png = await upload(editor, { filename: 'photo.png', content: smallPng() }, 'en');
    assert.equal(png.statusCode, 303);
    assert.equal((await jobs()).length, 2, 'images are queued too (the job marks them)');
  });

  it('shows a failed extraction with its recorded reason, translated', async () => {
    const [file] = await files();
    await t.deps.db
      .updateTable('resource_files')
      .set({ extraction_status: 'failed', extraction_error: 'encrypted' })
      .where('id', '=', file!.id)
      .execute();
    const page = await editor.get(url());
    assert.match(page.body, /Could not be read/);
    assert.match(page.body, /the PDF is encrypted/);
  });

  it('refuses HTML named .pdf, empty files, files over the limit and unknown languages', async () => {
    const before = (await files()).length;
    const html = await upload(editor, { filename: 'report.pdf', content: HTML });
    assert.equal(html.statusCode, 415);
    assert.match(html.body, /href="#field-file"/);
    const empty = await upload(editor, { filename: 'empty.pdf', content: Buffer.alloc(0) });
    assert.equal(empty.statusCode, 400);
    const big = Buffer.concat([smallPdf('Big'), Buffer.alloc(LIMIT)]);
    const over = await upload(editor, { filename: 'big.pdf', content: big });
    assert.equal(over.statusCode, 413);
    const language = await upload(editor, pdf('Lang'), 'xx');
    assert.equal(language.statusCode, 400);
    assert.match(language.body, /href="#field-language"/);
    const none = await upload(editor, undefined);
    assert.equal(none.statusCode, 400);
    assert.equal((await files()).length, before);
  });

  it('stores a corrupt PDF (its extraction will record the error), never refusing it with a 500', async () => {
    const corrupt = Buffer.from('%PDF-1.7\n1 0 obj << /Encrypt 2 0 R >> garbage without xref');
    const res = await upload(editor, { filename: 'broken.pdf', content: corrupt }, 'en');
    assert.equal(res.statusCode, 303);
    assert.ok((await files()).some((f) => f.file_name === 'broken.pdf'));
  });

  it('refuses a body declared far over the limit before reading it', async () => {
    // A wrong CSRF token would be refused (403) if the body were read; the length comes first.
    const huge = { filename: 'huge.pdf', content: Buffer.alloc(LIMIT + 100 * 1024) };
    const res = await upload(editor, huge, 'en', 'not-the-token');
    assert.equal(res.statusCode, 413);
  });

  it('cleans file names with paths, control and right-to-left characters', async () => {
    assert.equal(sanitiseFileName('../../etc/passwd.pdf', 'pdf'), 'passwd.pdf');
    assert.equal(sanitiseFileName('evil\u202Efdp.exe', 'pdf'), 'evilfdp.pdf');
    assert.equal(sanitiseFileName('a\u0000b\u001fc.pdf', 'pdf'), 'abc.pdf');
    const res = await upload(editor, pdf('Names', '..\\..\\x/../re\u202Eport\u0007.pdf'));
    assert.equal(res.statusCode, 303);
    const names = (await files()).map((f) => f.file_name);
    assert.ok(names.includes('report.pdf'), names.join(', '));
  });

  it('makes one row when the same file is uploaded twice at once', async () => {
    const csrf = await editor.csrfFrom('/');
    const file = pdf('Twice', 'twice.pdf');
    const [a, b] = await Promise.all([
      upload(editor, file, 'es', csrf),
      upload(editor, file, 'es', csrf),
    ]);
    assert.deepEqual([a.statusCode, b.statusCode], [303, 303]);
    const twice = (await files()).filter((f) => f.file_name === 'twice.pdf');
    assert.equal(twice.length, 1);
  });

  it("refuses another organisation's editor, storing nothing", async () => {
    const before = (await files()).length;
    // A draft they may not see is a 404; a published resource of another organisation a 403.
    assert.equal((await upload(outsider, pdf('Outsider'))).statusCode, 404);
    await t.deps.db
      .updateTable('resources')
      .set({ status: 'published' })
      .where('id', '=', resource.id)
      .execute();
    assert.equal((await upload(outsider, pdf('Outsider'))).statusCode, 403);
    await t.deps.db
      .updateTable('resources')
      .set({ status: 'draft' })
      .where('id', '=', resource.id)
      .execute();
    assert.equal((await files()).length, before);
  });

  it('removes a file, records it, and answers 404 for a file it does not have', async () => {
    const [file] = await files();
    const csrf = await editor.csrfFrom(url());
    const res = await editor.post(`${url()}/${file!.id}/delete`, { _csrf: csrf });
    assert.equal(res.statusCode, 303);
    assert.ok(!(await files()).some((f) => f.id === file!.id));
    const again = await editor.post(`${url()}/${file!.id}/delete`, { _csrf: csrf });
    assert.equal(again.statusCode, 404);
    const odd = await editor.post(`${url()}/abc/delete`, { _csrf: csrf });
    assert.equal(odd.statusCode, 404);
    const actions = await t.deps.db
      .selectFrom('resource_changes')
      .select('action')
      .where('resource_id', '=', resource.id)
      .execute();
    assert.ok(actions.some((a) => a.action === 'file_removed'));
    assert.ok(actions.some((a) => a.action === 'file_added'));
  });
});
