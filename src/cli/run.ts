import { parseArgs } from 'node:util';
import { backupCommand, restoreCommand } from './backup.ts';
import type { Command } from './command.ts';
import { createAdminCommand } from './create-admin.ts';
import { CliError, EXIT_FAILURE, EXIT_USAGE, type CliIo } from './io.ts';
import { migrateCommand, seedCommand, serveCommand } from './server-commands.ts';

export const COMMANDS: Command[] = [
  serveCommand,
  migrateCommand,
  seedCommand,
  createAdminCommand,
  backupCommand,
  restoreCommand,
];

export const USAGE = `Usage: lphm <command> [options]

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(14)}${c.summary}`).join('\n')}

Run "lphm <command> --help" for a command's options. Settings such as DATABASE_URL come from
the environment (see README.md).
`;

/** Runs `lphm <argv>` and returns its exit code: 0 done, 1 failed, 2 wrong usage. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) {
    io.stderr.write(USAGE);
    return EXIT_USAGE;
  }
  if (name === 'help' || name === '--help' || name === '-h') {
    if (rest[0] === undefined) {
      io.stdout.write(USAGE);
      return 0;
    }
    return runCli([rest[0], '--help'], io);
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.stderr.write(`lphm: unknown command "${name}".\n\n${USAGE}`);
    return EXIT_USAGE;
  }
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: rest,
      options: { ...command.options, help: { type: 'boolean', short: 'h' } },
      strict: true,
      allowPositionals: false,
    }));
  } catch (err) {
    io.stderr.write(`lphm ${name}: ${(err as Error).message}\n\n${command.help}`);
    return EXIT_USAGE;
  }
  if (values.help) {
    io.stdout.write(command.help);
    return 0;
  }
  try {
    return await command.run(values, io);
  } catch (err) {
    if (err instanceof CliError) {
      io.stderr.write(`lphm ${name}: ${err.message}\n`);
      return err.exitCode;
    }
    // Anything else (a database that cannot be reached, a port in use) is still one clear line.
    io.stderr.write(`lphm ${name}: ${(err as Error).message ?? String(err)}\n`);
    return EXIT_FAILURE;
  }
}
