// lphm <command>: the platform's command line (see `lphm --help` and src/cli/).
import { processIo } from './cli/io.ts';
import { runCli } from './cli/run.ts';

process.exitCode = await runCli(process.argv.slice(2), processIo());
