import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { PDFDocument } from 'pdf-lib';
import { createCertificate } from '../../../test/factories/certificates.ts';
import { createOfficial, type CreatedOfficial } from '../../../test/factories/officials.ts';
import { Client, createTestApp, type TestApp } from '../../../test/support/app.ts';
import { signIn, signInNew } from '../../../test/support/sign-in.ts';

// The pages: the learner's list, public verification, downloads, and revocation by coordinators.

describe('certificate pages', () => {
  let t: TestApp;
  let owner: CreatedOfficial;
  let learner: Client;
  let other: Client;
  let coordinator: Client;
  let code: string;

  const post = async (c: Client, url: string, fields: Record<string, string>) =>
    c.post(url, { _csrf: await c.csrfFrom('/'), ...fields });
  const revocation = (certificateCode: string) =>
    t.deps.db
      .selectFrom('certificates')
      .select(['id', 'revoked_at', 'revoked_by', 'revocation_reason'])
      .where('code', '=', certificateCode)
      .executeTakeFirstOrThrow();

  before(async () => {
    t = await createTestApp();
    owner = await createOfficial(t.deps, { name: 'Amina بنت محمد' });
    ({ code } = await createCertificate(t.deps, { learnerId: owner.id, title: 'Media' }));
    learner = await signIn(t.app, owner);
    other = (await signInNew(t.app, t.deps)).client;
    coordinator = (await signInNew(t.app, t.deps, { roles: ['coordinator'] })).client;
  });
  after(() => t.close());

  it('lists the learner’s certificates with their downloads', async () => {
    const res = await learner.get('/certificates/mine');
    assert.equal(res.statusCode, 200);
    assert.ok(res.body.includes(`/certificates/${code}/certificate.pdf`));
    assert.ok(res.body.includes(`/certificates/${code}/credential.jwt`));
    const theirs = await other.get('/certificates/mine');
    assert.ok(!theirs.body.includes(code), 'nobody else’s certificates');
    assert.equal((await new Client(t.app).get('/certificates/mine')).statusCode, 303);
  });

  it('shows anyone that a certificate is valid, with its recipient, course and issuer', async () => {
    const res = await new Client(t.app).get(`/certificates/${code}`);
    assert.equal(res.statusCode, 200);
    assert.ok(res.body.includes('Amina بنت محمد'));
    assert.ok(res.body.includes('Media'));
    assert.ok(res.body.includes('Certificate Partner'));
    assert.ok(res.body.includes('Valid'));
    assert.ok(!res.body.includes('/revoke'), 'visitors get no revoke form');
  });

  it('answers an unknown or malformed code with a translated 404', async () => {
    const visitor = new Client(t.app);
    visitor.lang = 'fr';
    const unknown = await visitor.get('/certificates/AAAAAAAAAAAAAAAAAAAAAA');
    assert.equal(unknown.statusCode, 404);
    assert.ok(unknown.body.includes('Aucun certificat ne correspond à ce code'));
    assert.equal((await visitor.get('/certificates/not-a-code')).statusCode, 404);
    assert.equal((await visitor.get('/certificates/%3Cscript%3E/certificate.pdf')).statusCode, 303);
    assert.equal((await learner.get('/certificates/%3Cscript%3E/certificate.pdf')).statusCode, 404);
  });

  it('lets the recipient and coordinators download the PDF, not others', async () => {
    const res = await learner.get(`/certificates/${code}/certificate.pdf`);
    assert.equal(res.statusCode, 200);
    assert.equal(res.headers['content-type'], 'application/pdf');
    assert.match(String(res.headers['content-disposition']), /^attachment/);
    const doc = await PDFDocument.load(res.rawPayload);
    assert.equal(doc.getPageCount(), 1);
    assert.equal((await coordinator.get(`/certificates/${code}/certificate.pdf`)).statusCode, 200);
    assert.equal((await other.get(`/certificates/${code}/certificate.pdf`)).statusCode, 403);
    assert.equal((await other.get(`/certificates/${code}/credential.jwt`)).statusCode, 403);
    const visitor = await new Client(t.app).get(`/certificates/${code}/certificate.pdf`);
    assert.equal(visitor.statusCode, 303);
    assert.match(String(visitor.headers.location), /^\/sign-in\?next=/);
  });

  it('shows coordinators the revoke form; learners may not revoke', async () => {
    const page = await coordinator.get(`/certificates/${code}`);
    assert.ok(page.body.includes(`action="/certificates/${code}/revoke"`));
    const res = await post(learner, `/certificates/${code}/revoke`, { reason: 'Mine' });
    assert.equal(res.statusCode, 403);
    const anonymous = new Client(t.app);
    const csrf = await anonymous.csrfFrom('/sign-in');
    const res2 = await anonymous.post(`/certificates/${code}/revoke`, { _csrf: csrf, reason: 'x' });
    assert.equal(res2.statusCode, 401);
    assert.equal((await revocation(code)).revoked_at, null);
  });

  it('requires a reason to revoke, and keeps the certificate valid without one', async () => {
    const res = await post(coordinator, `/certificates/${code}/revoke`, { reason: '   ' });
    assert.equal(res.statusCode, 400);
    assert.ok(res.body.includes('field-reason'));
    assert.ok(res.body.includes('This field is required.'));
    assert.equal((await revocation(code)).revoked_at, null);
  });

  it('revokes with a reason, audits it, and shows the certificate as revoked', async () => {
    const { code: doomed } = await createCertificate(t.deps);
    const res = await post(coordinator, `/certificates/${doomed}/revoke`, {
      reason: 'Issued by mistake',
    });
    assert.equal(res.statusCode, 303);
    assert.equal(res.headers.location, `/certificates/${doomed}?done=revoked`);
    const row = await revocation(doomed);
    assert.ok(row.revoked_at);
    assert.equal(row.revocation_reason, 'Issued by mistake');
    const events = await t.deps.db
      .selectFrom('audit_events')
      .selectAll()
      .where('subject_type', '=', 'certificate')
      .where('subject_id', '=', row.id)
      .execute();
    assert.equal(events.length, 1);
    assert.equal(events[0]!.action, 'certificate.revoked');
    // A second submission changes nothing and audits nothing more.
    const again = await post(coordinator, `/certificates/${doomed}/revoke`, { reason: 'Again' });
    assert.equal(again.statusCode, 303);
    assert.equal((await revocation(doomed)).revocation_reason, 'Issued by mistake');
    const page = await new Client(t.app).get(`/certificates/${doomed}`);
    assert.equal(page.statusCode, 200);
    assert.ok(page.body.includes('Revoked'));
    assert.ok(page.body.includes('no longer valid'));
    // A revoked certificate is no longer offered for download.
    assert.equal(
      (await coordinator.get(`/certificates/${doomed}/certificate.pdf`)).statusCode,
      409,
    );
  });

  it('revokes once when a coordinator submits twice at the same moment', async () => {
    const { code: twice } = await createCertificate(t.deps);
    const csrf = await coordinator.csrfFrom('/');
    const results = await Promise.all(
      [1, 2, 3].map(() =>
        coordinator.post(`/certificates/${twice}/revoke`, { _csrf: csrf, reason: 'Duplicate' }),
      ),
    );
    assert.deepEqual(
      results.map((r) => r.statusCode),
      [303, 303, 303],
    );
    const { id } = await revocation(twice);
    const events = await t.deps.db
      .selectFrom('audit_events')
      .select('id')
      .where('subject_type', '=', 'certificate')
      .where('subject_id', '=', id)
      .execute();
    assert.equal(events.length, 1);
  });
});
