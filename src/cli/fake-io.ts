import { Readable } from 'node:stream';
import type { CliIo } from './io.ts';

/** A CliIo for tests: the environment given, stdin from a string, output collected. */
export function fakeIo(
  env: Record<string, string>,
  stdin = '',
): CliIo & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    env: { LOG_LEVEL: 'silent', NODE_ENV: 'test', ...env },
    stdin: Readable.from([Buffer.from(stdin)]),
    stdout: { write: (text: string) => (out += text) },
    stderr: { write: (text: string) => (err += text) },
    out: () => out,
    err: () => err,
  };
}
