import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

// An SMTP sink in the test's own process: it accepts every message and keeps its envelope and
// text, so a journey counts what the platform really sent over SMTP (not just the outbox table).

export interface SentMessage {
  to: string[];
  data: string;
}

export interface SmtpSink {
  /** The SMTP_URL that sends to this sink. */
  url: string;
  received: SentMessage[];
  /** The messages sent to one address. */
  to(address: string): SentMessage[];
  close(): Promise<void>;
}

export async function startSmtpSink(): Promise<SmtpSink> {
  const received: SentMessage[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, done) {
      let data = '';
      stream.on('data', (chunk: Buffer) => (data += chunk.toString()));
      stream.on('end', () => {
        received.push({ to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()), data });
        done();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    to: (address) => received.filter((m) => m.to.includes(address.toLowerCase())),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
