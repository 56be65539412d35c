import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createCityCoordinator } from '../../../test/factories/cityshare.ts';
import { multipart, smallPdf, smallPng, type FilePart } from '../../../test/factories/files.ts';
import { createCity } from '../../../test/factories/organisations.ts';
import { createPractice } from '../../../test/factories/practices.ts';
import { Client, createTestApp, type TestApp } from '../../../test/support/app.ts';
import { signIn, signInNew } from '../../../test/support/sign-in.ts';

// Documents of good practices: the practice's editors upload (PDF, Office, images) and delete
// them; whoever sees the practice downloads them as attachments; bad files and outsiders add nothing.

const LIMIT = 5000;
const HTML = Buffer.from('<!doctype html><html><body><script>alert(1)</script></body></html>');

describe('good practices: documents', () => {
  let t: TestApp;
  let editor: Client;
  let outsider: Client;
  let visitor: Client;
  let published: { id: number; slug: string };
  let draft: { id: number; slug: string };

  const page = (slug: string) => `/practices/${slug}/documents`;
  const upload = async (
    c: Client,
    slug: string,
    fields: Array<[string, string]>,
    file?: FilePart,
  ) => {
    const csrf = await c.csrfFrom(c === visitor ? '/sign-in' : '/');
    const body = multipart([['_csrf', csrf], ...fields], file);
    return t.app.inject({
      method: 'POST',
      url: page(slug),
      payload: body.payload,
      headers: {
        ...body.headers,
        cookie: [...c.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
      },
    });
  };
  const pdf = (text = 'Report', filename = 'report.pdf'): FilePart => ({
    filename,
    contentType: 'application/pdf',
    content: smallPdf(text),
  });
  const documents = (practiceId: number) =>
    t.deps.db
      .selectFrom('practice_documents')
      .selectAll()
      .where('practice_id', '=', practiceId)
      .execute();

  before(async () => {
    t = await createTestApp({ UPLOAD_LIMIT_BYTES: String(LIMIT) });
    const city = await createCity(t.deps, { name: 'Antwerp' });
    const other = await createCity(t.deps, { name: 'Durban', country: 'ZA' });
    editor = await signIn(t.app, await createCityCoordinator(t.deps, city.id));
    outsider = await signIn(t.app, await createCityCoordinator(t.deps, other.id));
    visitor = new Client(t.app);
    published = await createPractice(t.deps, { organisationId: city.id, title: 'Welcome desk' });
    draft = await createPractice(t.deps, {
      organisationId: city.id,
      title: 'Draft idea',
      status: 'draft',
    });
  });
  after(() => t.close());

  it('lets an editor upload a document that readers download as an attachment', async () => {
    const res = await upload(
      editor,
      published.slug,
      [['title', 'Evaluation report']],
      pdf('Eval', 'Évaluation.pdf'),
    );
    assert.equal(res.statusCode, 303);
    assert.equal(res.headers.location, `${page(published.slug)}?done=uploaded`);
    const [doc] = await documents(published.id);
    assert.ok(doc);
    assert.equal(doc.file_name, 'Évaluation.pdf');
    const manage = await editor.get(`${page(published.slug)}?done=uploaded`);
    assert.match(manage.body, /The document was added\./);
    const practice = await visitor.get(`/practices/${published.slug}`);
    assert.match(practice.body, /Evaluation report/);
    assert.match(practice.body, new RegExp(`/practices/${published.slug}/documents/${doc.id}`));
    const file = await visitor.get(`/practices/${published.slug}/documents/${doc.id}`);
    assert.equal(file.statusCode, 200);
    assert.equal(file.headers['content-type'], 'application/pdf');
    assert.match(String(file.headers['content-disposition']), /^attachment;/);
    assert.equal(file.headers['x-content-type-options'], 'nosniff');
    assert.ok(file.rawPayload.equals(smallPdf('Eval')));
    const image = await upload(editor, published.slug, [['title', 'Photo']], {
      filename: 'desk.png',
      content: smallPng(),
    });
    assert.equal(image.statusCode, 303, 'images are accepted too');
  });

  it('refuses a wrong type (415), too large (413), empty or missing file and title (400)', async () => {
    const before = (await documents(draft.id)).length;
    const html = await upload(editor, draft.slug, [['title', 'Fake']], {
      filename: 'x.pdf',
      content: HTML,
    });
    assert.equal(html.statusCode, 415);
    assert.match(html.body, /This type of file is not accepted/);
    assert.match(html.body, /value="Fake"/, 'the title is kept');
    const big = await upload(editor, draft.slug, [['title', 'Big']], {
      filename: 'big.pdf',
      content: Buffer.concat([smallPdf(), Buffer.alloc(LIMIT, 32)]),
    });
    assert.equal(big.statusCode, 413);
    const empty = await upload(editor, draft.slug, [['title', 'Empty']], {
      filename: 'e.pdf',
      content: Buffer.alloc(0),
    });
    assert.equal(empty.statusCode, 400);
    assert.match(empty.body, /The file is empty\./);
    const none = await upload(editor, draft.slug, [['title', 'None']]);
    assert.equal(none.statusCode, 400);
    assert.match(none.body, /Choose a file to upload\./);
    const untitled = await upload(editor, draft.slug, [], pdf());
    assert.equal(untitled.statusCode, 400);
    assert.match(untitled.body, /href="#field-title"/);
    assert.equal((await documents(draft.id)).length, before);
  });

  it('keeps outsiders out: 403 on a published practice, 404 on a draft, 401 for visitors', async () => {
    const fields: Array<[string, string]> = [['title', 'Intrusion']];
    assert.equal((await upload(outsider, published.slug, fields, pdf('x'))).statusCode, 403);
    assert.equal((await upload(outsider, draft.slug, fields, pdf('x'))).statusCode, 404);
    assert.equal((await upload(visitor, published.slug, fields, pdf('x'))).statusCode, 401);
    assert.equal((await outsider.get(page(published.slug))).statusCode, 403);
    assert.equal((await outsider.get(page(draft.slug))).statusCode, 404);
    assert.equal(
      (await documents(published.id)).every((d) => d.title !== 'Intrusion'),
      true,
    );
  });

  it('hides a draft’s documents as the draft itself', async () => {
    assert.equal(
      (await upload(editor, draft.slug, [['title', 'Draft doc']], pdf('D'))).statusCode,
      303,
    );
    const [doc] = await documents(draft.id);
    assert.ok(doc);
    assert.equal(
      (await visitor.get(`/practices/${draft.slug}/documents/${doc.id}`)).statusCode,
      404,
    );
    assert.equal(
      (await outsider.get(`/practices/${draft.slug}/documents/${doc.id}`)).statusCode,
      404,
    );
    assert.equal(
      (await editor.get(`/practices/${draft.slug}/documents/${doc.id}`)).statusCode,
      200,
    );
    // A document is reached only through its own practice.
    const other = `/practices/${published.slug}/documents/${doc.id}`;
    assert.equal((await visitor.get(other)).statusCode, 404);
    assert.equal((await visitor.get(`/practices/${published.slug}/documents/x1`)).statusCode, 404);
  });

  it('records a double submission once', async () => {
    const programme = (await signInNew(t.app, t.deps, { roles: ['coordinator'] })).client;
    const results = await Promise.all(
      Array.from({ length: 4 }, () =>
        upload(programme, draft.slug, [['title', 'Twice']], pdf('Twice')),
      ),
    );
    assert.deepEqual(
      results.map((r) => r.statusCode),
      [303, 303, 303, 303],
    );
    assert.equal(results.filter((r) => /done=uploaded/.test(String(r.headers.location))).length, 1);
    assert.equal((await documents(draft.id)).filter((d) => d.title === 'Twice').length, 1);
  });

  it('lets editors, and no one else, delete a document', async () => {
    const [doc] = await documents(published.id);
    assert.ok(doc);
    const action = `${page(published.slug)}/${doc.id}/delete`;
    assert.equal((await outsider.submit('/', action, {})).statusCode, 403);
    const res = await editor.submit(page(published.slug), action, {});
    assert.equal(res.statusCode, 303);
    assert.equal(res.headers.location, `${page(published.slug)}?done=deleted`);
    assert.equal(
      (await visitor.get(`/practices/${published.slug}/documents/${doc.id}`)).statusCode,
      404,
    );
    assert.equal((await editor.submit(page(published.slug), action, {})).statusCode, 404);
  });
});
