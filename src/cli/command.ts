import type { ParseArgsConfig } from 'node:util';
import type { CliIo } from './io.ts';

/** One `lphm` command: its help text, its options (node:util parseArgs) and what it does. */
export interface Command {
  name: string;
  summary: string;
  /** The text `lphm <name> --help` prints. */
  help: string;
  options: NonNullable<ParseArgsConfig['options']>;
  /** Returns the exit code; throws CliError for a failure the user can act on. */
  run(values: Record<string, string | boolean | undefined>, io: CliIo): Promise<number>;
}
