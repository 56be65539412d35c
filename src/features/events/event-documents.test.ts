import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createEvent } from '../../../test/factories/events.ts';
import { multipart, smallPdf, smallPng, type FilePart } from '../../../test/factories/files.ts';
import { createOrganisation } from '../../../test/factories/organisations.ts';
import { Client, createTestApp, type TestApp } from '../../../test/support/app.ts';
import { signInNew } from '../../../test/support/sign-in.ts';

// Outcome documents: organisers upload PDFs (title, language) and delete them; the event's
// visitors list and download them; bad files, double submissions and outsiders add nothing.

const LIMIT = 5000;
const HTML = Buffer.from('<!doctype html><html><body><script>alert(1)</script></body></html>');

describe('outcome documents of events', () => {
  let t: TestApp;
  let organiser: Client;
  let outsider: Client;
  let learner: Client;
  let visitor: Client;
  let meeting: { id: number; slug: string };
  let draft: { id: number; slug: string };
  let other: { id: number; slug: string };

  const editPage = (id: number) => `/authoring/events/${id}/documents`;
  const upload = async (
    c: Client,
    eventId: number,
    fields: Array<[string, string]>,
    file?: FilePart,
  ) => {
    const csrf = await c.csrfFrom('/');
    const body = multipart([['_csrf', csrf], ...fields], file);
    return t.app.inject({
      method: 'POST',
      url: editPage(eventId),
      payload: body.payload,
      headers: {
        ...body.headers,
        cookie: [...c.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
        ...(c.lang ? { 'accept-language': c.lang } : {}),
      },
    });
  };
  const pdf = (text = 'Outcome', filename = 'outcome.pdf'): FilePart => ({
    filename,
    contentType: 'application/pdf',
    content: smallPdf(text),
  });
  const documents = (eventId: number) =>
    t.deps.db.selectFrom('event_documents').selectAll().where('event_id', '=', eventId).execute();
  const fileCount = async () =>
    Number(
      (
        await t.deps.db
          .selectFrom('files')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  before(async () => {
    t = await createTestApp({ UPLOAD_LIMIT_BYTES: String(LIMIT) });
    const owner = await createOrganisation(t.deps, { isPartner: true });
    const elsewhere = await createOrganisation(t.deps, { isPartner: true });
    organiser = (
      await signInNew(t.app, t.deps, { roles: ['partner_editor'], partnerOrganisationId: owner.id })
    ).client;
    outsider = (
      await signInNew(t.app, t.deps, {
        roles: ['partner_editor'],
        partnerOrganisationId: elsewhere.id,
      })
    ).client;
    learner = (await signInNew(t.app, t.deps)).client;
    visitor = new Client(t.app);
    meeting = await createEvent(t.deps, {
      organisationId: owner.id,
      kind: 'expert_meeting',
      title: 'Expert meeting on the curriculum',
    });
    draft = await createEvent(t.deps, { organisationId: owner.id, status: 'draft' });
    other = await createEvent(t.deps, { organisationId: owner.id });
  });
  after(() => t.close());

  it('lets an organiser upload a PDF that visitors list and download as an attachment', async () => {
    const res = await upload(
      organiser,
      meeting.id,
      [
        ['title', 'Conclusions of the meeting'],
        ['language', 'fr'],
      ],
      pdf('Conclusions', '../../Conclusions été.pdf'),
    );
    assert.equal(res.statusCode, 303);
    assert.equal(res.headers.location, `${editPage(meeting.id)}?done=uploaded`);
    const [doc] = await documents(meeting.id);
    assert.ok(doc);
    assert.equal(doc.title, 'Conclusions of the meeting');
    assert.equal(doc.language, 'fr');
    assert.equal(doc.file_name, 'Conclusions été.pdf');

    const edit = await organiser.get(`${editPage(meeting.id)}?done=uploaded`);
    assert.equal(edit.statusCode, 200);
    assert.match(edit.body, /The document was added\./);
    assert.match(edit.body, /Conclusions of the meeting/);

    const event = await visitor.get(`/events/${meeting.slug}`);
    assert.match(event.body, new RegExp(`href="/events/${meeting.slug}/documents"`));
    const list = await visitor.get(`/events/${meeting.slug}/documents`);
    assert.equal(list.statusCode, 200);
    assert.match(list.body, /Conclusions of the meeting/);
    assert.match(list.body, /French/);
    assert.match(list.body, new RegExp(`/events/${meeting.slug}/documents/${doc.id}`));

    const file = await visitor.get(`/events/${meeting.slug}/documents/${doc.id}`);
    assert.equal(file.statusCode, 200);
    assert.equal(file.headers['content-type'], 'application/pdf');
    assert.match(String(file.headers['content-disposition']), /^attachment;/);
    assert.equal(file.headers['x-content-type-options'], 'nosniff');
    assert.ok(file.rawPayload.equals(smallPdf('Conclusions')));
  });

  it('shows no documents section on an event without any', async () => {
    const page = await visitor.get(`/events/${other.slug}`);
    assert.equal(page.statusCode, 200);
    assert.doesNotMatch(page.body, /\/documents"/);
    const list = await visitor.get(`/events/${other.slug}/documents`);
    assert.match(list.body, /This event has no outcome documents yet\./);
  });

  it('refuses HTML named .pdf and an image with a translated 415, storing nothing', async () => {
    const files = await fileCount();
    organiser.cookies.set('lphm_lang', 'fr');
    const html = await upload(
      organiser,
      other.id,
      [
        ['title', 'Fake'],
        ['language', 'en'],
      ],
      { filename: 'report.pdf', contentType: 'application/pdf', content: HTML },
    );
    assert.equal(html.statusCode, 415);
    assert.match(html.body, /doivent être des fichiers PDF/);
    assert.match(html.body, /value="Fake"/, 'the title is kept');
    const png = await upload(
      organiser,
      other.id,
      [
        ['title', 'Photo'],
        ['language', 'en'],
      ],
      { filename: 'photo.pdf', content: smallPng() },
    );
    assert.equal(png.statusCode, 415);
    assert.match(png.body, /doivent être des fichiers PDF/);
    organiser.cookies.delete('lphm_lang');
    assert.equal((await documents(other.id)).length, 0);
    assert.equal(await fileCount(), files);
  });

  it('refuses a file over the limit (413), an empty file, no file and no title (400)', async () => {
    const big = Buffer.concat([smallPdf(), Buffer.alloc(LIMIT, 32)]);
    const fields: Array<[string, string]> = [
      ['title', 'Big'],
      ['language', 'en'],
    ];
    const tooBig = await upload(organiser, other.id, fields, {
      filename: 'big.pdf',
      content: big,
    });
    assert.equal(tooBig.statusCode, 413);
    assert.match(tooBig.body, /larger than the limit/);
    const empty = await upload(organiser, other.id, fields, {
      filename: 'empty.pdf',
      content: Buffer.alloc(0),
    });
    assert.equal(empty.statusCode, 400);
    assert.match(empty.body, /The file is empty\./);
    const none = await upload(organiser, other.id, fields);
    assert.equal(none.statusCode, 400);
    assert.match(none.body, /Choose a PDF file to upload\./);
    const untitled = await upload(organiser, other.id, [['language', 'es']], pdf());
    assert.equal(untitled.statusCode, 400);
    assert.match(untitled.body, /href="#field-title"/);
    assert.match(untitled.body, /<option value="es" selected/, 'the language is kept');
    const noLanguage = await upload(organiser, other.id, [['title', 'X']], pdf());
    assert.equal(noLanguage.statusCode, 400);
    assert.match(noLanguage.body, /Choose the language of the document\./);
    assert.equal((await documents(other.id)).length, 0);
  });

  it('keeps outsiders out: 403 on a published event, 404 on a draft, 401 for visitors', async () => {
    const fields: Array<[string, string]> = [
      ['title', 'Intrusion'],
      ['language', 'en'],
    ];
    assert.equal((await upload(outsider, other.id, fields, pdf('x'))).statusCode, 403);
    assert.equal((await upload(learner, other.id, fields, pdf('x'))).statusCode, 403);
    assert.equal((await upload(outsider, draft.id, fields, pdf('x'))).statusCode, 404);
    assert.equal((await outsider.get(editPage(other.id))).statusCode, 403);
    assert.equal((await outsider.get(editPage(draft.id))).statusCode, 404);
    assert.equal((await outsider.get(editPage(999_999))).statusCode, 404);
    assert.equal((await outsider.get('/authoring/events/abc/documents')).statusCode, 404);
    const csrf = await visitor.csrfFrom('/sign-in');
    const body = multipart([['_csrf', csrf], ...fields], pdf('x'));
    const anonymous = await t.app.inject({
      method: 'POST',
      url: editPage(other.id),
      payload: body.payload,
      headers: {
        ...body.headers,
        cookie: [...visitor.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
      },
    });
    assert.equal(anonymous.statusCode, 401);
    assert.equal((await documents(other.id)).length, 0);
    assert.equal((await documents(draft.id)).length, 0);
  });

  it('records a double submission once', async () => {
    const fields: Array<[string, string]> = [
      ['title', 'Report'],
      ['language', 'en'],
    ];
    // The bytes are stored already (another event has them), so no file insert makes them wait.
    assert.equal((await upload(organiser, meeting.id, fields, pdf('Twice'))).statusCode, 303);
    const results = await Promise.all(
      Array.from({ length: 4 }, () => upload(organiser, other.id, fields, pdf('Twice'))),
    );
    assert.deepEqual(
      results.map((r) => r.statusCode),
      [303, 303, 303, 303],
    );
    assert.equal(results.filter((r) => /done=uploaded/.test(String(r.headers.location))).length, 1);
    assert.equal((await documents(other.id)).length, 1);
    const page = await organiser.get(`${editPage(other.id)}?done=unchanged`);
    assert.match(
      page.body,
      /already among the event&#39;s documents|already among the event's documents/,
    );
  });

  it('hides a draft event’s documents from visitors, as the draft itself', async () => {
    const res = await upload(
      organiser,
      draft.id,
      [
        ['title', 'Draft outcome'],
        ['language', 'en'],
      ],
      pdf('Draft'),
    );
    assert.equal(res.statusCode, 303);
    const [doc] = await documents(draft.id);
    assert.ok(doc);
    assert.equal((await visitor.get(`/events/${draft.slug}/documents`)).statusCode, 404);
    assert.equal((await learner.get(`/events/${draft.slug}/documents/${doc.id}`)).statusCode, 404);
    assert.equal(
      (await organiser.get(`/events/${draft.slug}/documents/${doc.id}`)).statusCode,
      200,
    );
    // A document is reached only through its own event.
    assert.equal((await visitor.get(`/events/${other.slug}/documents/${doc.id}`)).statusCode, 404);
    assert.equal((await visitor.get(`/events/${other.slug}/documents/x1`)).statusCode, 404);
  });

  it('lets organisers, and no one else, delete a document', async () => {
    const [doc] = await documents(other.id);
    assert.ok(doc);
    const action = `${editPage(other.id)}/${doc.id}/delete`;
    assert.equal(
      (await outsider.submit('/', action, {})).statusCode,
      403,
      'an outsider may not delete',
    );
    assert.equal((await documents(other.id)).length, 1);
    const res = await organiser.submit(editPage(other.id), action, {});
    assert.equal(res.statusCode, 303);
    assert.equal(res.headers.location, `${editPage(other.id)}?done=deleted`);
    assert.equal((await documents(other.id)).length, 0);
    assert.equal((await visitor.get(`/events/${other.slug}/documents/${doc.id}`)).statusCode, 404);
    assert.equal((await organiser.submit(editPage(other.id), action, {})).statusCode, 404);
  });
});
