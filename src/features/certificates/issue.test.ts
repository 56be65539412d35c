import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createCertificate, createEnrolledRun } from '../../../test/factories/certificates.ts';
import { createOfficial } from '../../../test/factories/officials.ts';
import { createOrganisation } from '../../../test/factories/organisations.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/support/database.ts';
import { countEmailsTo, latestEmailTo } from '../../../test/support/mail.ts';
import { completeLesson } from '../courses/progress.service.ts';
import { selectCertificateOfEnrolment } from './certificates.queries.ts';
import { ensureSigningKey } from './signing-keys.service.ts';

describe('issuing certificates on completion', () => {
  let t: TestDatabase;
  before(async () => {
    t = await createTestDatabase();
  });
  after(() => t.close());

  const certificatesOf = async (enrolmentId: number) =>
    t.deps.db
      .selectFrom('certificates')
      .selectAll()
      .where('enrolment_id', '=', enrolmentId)
      .execute();

  it('issues nothing until the last required lesson is done, then one certificate', async () => {
    const run = await createEnrolledRun(t.deps, { lessons: 2 });
    assert.equal(await completeLesson(t.deps, run.enrolmentId, run.lessonIds[0]!), false);
    assert.equal((await certificatesOf(run.enrolmentId)).length, 0);
    assert.equal(await completeLesson(t.deps, run.enrolmentId, run.lessonIds[1]!), true);
    assert.equal((await certificatesOf(run.enrolmentId)).length, 1);
    // Doing a lesson again later changes nothing.
    assert.equal(await completeLesson(t.deps, run.enrolmentId, run.lessonIds[1]!), false);
    assert.equal((await certificatesOf(run.enrolmentId)).length, 1);
  });

  it('issues exactly one certificate when the last lessons are completed in parallel', async () => {
    const learner = await createOfficial(t.deps);
    const run = await createEnrolledRun(t.deps, { lessons: 3, learnerId: learner.id });
    const calls = [...run.lessonIds, ...run.lessonIds, ...run.lessonIds].map((lessonId) =>
      completeLesson(t.deps, run.enrolmentId, lessonId),
    );
    const results = await Promise.all(calls);
    assert.equal(results.filter(Boolean).length, 1, 'one call completes the run');
    assert.equal((await certificatesOf(run.enrolmentId)).length, 1);
    assert.equal(await countEmailsTo(t.deps, learner.email), 1);
  });

  it('states the course, run dates, hours, issuers and signatory as they were', async () => {
    const owner = await createOrganisation(t.deps, { name: 'IOM', isPartner: true });
    const partner = await createOrganisation(t.deps, { name: 'JMDI', isPartner: true });
    const facilitator = await createOfficial(t.deps, { name: 'Fatou Diop' });
    const { enrolmentId } = await createCertificate(t.deps, {
      organisationId: owner.id,
      partnerIds: [partner.id],
      facilitatorIds: [facilitator.id],
      title: 'Communication strategies',
    });
    const c = await selectCertificateOfEnrolment(t.deps.db, enrolmentId);
    assert.ok(c);
    assert.equal(c.kind, 'run');
    assert.deepEqual(c.titles, { en: 'Communication strategies' });
    assert.equal(c.startsOn, '2013-05-15');
    assert.equal(c.endsOn, '2013-05-16');
    assert.equal(c.hours, 4);
    assert.deepEqual(c.issuers, ['IOM', 'JMDI']);
    assert.equal(c.signatoryName, 'Fatou Diop');
    assert.match(c.code, /^[A-Za-z0-9_-]{22}$/);
    assert.equal(c.revokedAt, null);
    assert.equal(c.credential.split('.').length, 3, 'a compact JWS');
  });

  it('e-mails the learner in their language, with the links and the run’s evaluation', async () => {
    const learner = await createOfficial(t.deps, { preferredLanguage: 'fr', name: 'Élodie' });
    const { code } = await createCertificate(t.deps, { learnerId: learner.id, title: 'Médias' });
    const mail = await latestEmailTo(t.deps, learner.email);
    assert.ok(mail);
    assert.equal(mail.kind, 'certificate-issued');
    assert.match(mail.subject, /Votre certificat/);
    assert.match(mail.text, new RegExp(`/certificates/${code}/certificate\\.pdf`));
    assert.match(mail.text, new RegExp(`/certificates/${code}/credential\\.jwt`));
    assert.match(mail.text, /cinq questions courtes\) : \S+\/learn\/\d+\/evaluation/);
  });

  it('creates one signing key even when several callers ask at once', async () => {
    const fresh = await createTestDatabase();
    try {
      const keys = await Promise.all([1, 2, 3, 4, 5].map(() => ensureSigningKey(fresh.deps)));
      assert.equal(new Set(keys.map((k) => k.kid)).size, 1);
      const rows = await fresh.deps.db.selectFrom('signing_keys').select('kid').execute();
      assert.equal(rows.length, 1);
    } finally {
      await fresh.close();
    }
  });
});
