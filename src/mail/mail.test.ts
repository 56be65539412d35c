import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { SMTPServer } from 'smtp-server';
import { createTestDatabase, type TestDatabase } from '../../test/support/database.ts';
import { jobHandlers } from '../jobs/handlers.ts';
import { runDueJobs } from '../jobs/jobs.ts';
import { queueEmail } from './mail.ts';
import { selectEmails } from './mail.queries.ts';

describe('e-mail', () => {
  let offline: TestDatabase;
  let online: TestDatabase;
  let smtp: SMTPServer;
  const received: string[] = [];

  before(async () => {
    // An in-process SMTP sink that keeps what it receives.
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onData(stream, _session, done) {
        let data = '';
        stream.on('data', (chunk: Buffer) => (data += chunk.toString()));
        stream.on('end', () => {
          received.push(data);
          done();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    const port = (smtp.server.address() as AddressInfo).port;
    offline = await createTestDatabase();
    online = await createTestDatabase({ SMTP_URL: `smtp://127.0.0.1:${port}` });
  });
  after(async () => {
    await offline.close();
    await online.close();
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
  });

  it('without SMTP, records the message as logged so that an admin can read it', async () => {
    await queueEmail(offline.deps.db, {
      to: 'ana@example.org',
      subject: 'Bienvenue',
      text: 'Bonjour Ana',
      kind: 'welcome',
    });
    await runDueJobs(offline.deps, jobHandlers);
    const [email] = await selectEmails(offline.deps.db, { limit: 10, to: 'ana@example.org' });
    assert.equal(email?.status, 'logged');
    assert.equal(email?.textBody, 'Bonjour Ana');
  });

  it('with SMTP, sends the message once and marks it sent', async () => {
    await queueEmail(online.deps.db, {
      to: 'li@example.org',
      subject: '欢迎',
      text: '你好，李',
      kind: 'welcome',
    });
    await runDueJobs(online.deps, jobHandlers);
    await runDueJobs(online.deps, jobHandlers);
    assert.equal(received.length, 1);
    assert.match(received[0]!, /li@example\.org/);
    const [email] = await selectEmails(online.deps.db, { limit: 10, to: 'li@example.org' });
    assert.equal(email?.status, 'sent');
  });
});
