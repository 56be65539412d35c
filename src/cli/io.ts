import { loadConfig, type Config } from '../config.ts';

// What a command reads and writes, passed in so that tests run commands without a terminal.

export interface CliIo {
  env: NodeJS.ProcessEnv;
  stdin: NodeJS.ReadableStream & { isTTY?: boolean; setRawMode?(mode: boolean): unknown };
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
}

export function processIo(): CliIo {
  return { env: process.env, stdin: process.stdin, stdout: process.stdout, stderr: process.stderr };
}

export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

/** A failure the user can act on: its message is printed as is, without a stack trace. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT_FAILURE,
  ) {
    super(message);
  }
}

export function say(io: CliIo, ...lines: string[]): void {
  io.stdout.write(lines.join('\n') + '\n');
}

/**
 * The configuration from the command's environment. Commands other than `serve` log only
 * warnings unless LOG_LEVEL says otherwise, so their own output stays readable.
 */
export function configFrom(io: CliIo, options: { quiet?: boolean } = {}): Config {
  try {
    return loadConfig(options.quiet ? { LOG_LEVEL: 'warn', ...io.env } : io.env);
  } catch (err) {
    throw new CliError((err as Error).message);
  }
}

/** Everything on standard input, e.g. a password piped from a secrets file. */
export async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as string | Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Asks each question in turn in a terminal and reads the answers without echoing them; keys typed
 * ahead carry over to the next question. Ctrl-C cancels.
 */
export function promptHidden(io: CliIo, questions: string[]): Promise<string[]> {
  const { stdin } = io;
  return new Promise((resolve, reject) => {
    const answers: string[] = [];
    let value = '';
    const finish = (outcome: () => void) => {
      stdin.off('data', onData);
      stdin.setRawMode?.(false);
      stdin.pause();
      outcome();
    };
    const onData = (chunk: Buffer | string) => {
      for (const ch of chunk.toString()) {
        if (ch === '\u0003') {
          io.stderr.write('\n');
          return finish(() => reject(new CliError('Cancelled.', 130)));
        }
        if (ch === '\r' || ch === '\n' || ch === '\u0004') {
          io.stderr.write('\n');
          answers.push(value);
          value = '';
          if (answers.length === questions.length) return finish(() => resolve(answers));
          io.stderr.write(questions[answers.length]!);
        } else if (ch === '\u007f' || ch === '\b') value = Array.from(value).slice(0, -1).join('');
        else if (ch >= ' ') value += ch;
      }
    };
    io.stderr.write(questions[0] ?? '');
    stdin.setRawMode?.(true);
    stdin.on('data', onData);
    stdin.resume();
  });
}
