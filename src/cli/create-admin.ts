import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '../features/accounts/passwords.ts';
import { createAdmin } from '../features/admin/admin.service.ts';
import { email as emailSchema, line } from '../web/validation.ts';
import { isAppError } from '../web/errors.ts';
import type { Command } from './command.ts';
import { withRuntime } from './server-commands.ts';
import { CliError, configFrom, EXIT_USAGE, promptHidden, readAll, say, type CliIo } from './io.ts';

// The service's password problems (translation keys) in plain English for the terminal.
const PASSWORD_PROBLEMS: Record<string, string> = {
  'accounts.errors.passwordTooShort': `The password is too short: use at least ${MIN_PASSWORD_LENGTH} characters.`,
  'accounts.errors.passwordTooLong': `The password is too long: use at most ${MAX_PASSWORD_LENGTH} characters.`,
  'accounts.errors.passwordCommon': 'The password is one of the most common ones: choose another.',
  'accounts.errors.passwordPersonal':
    'The password contains the name or the e-mail address: choose another.',
};

const nameSchema = line({ max: 200 });

/** The password from --password-stdin, else ADMIN_PASSWORD, else typed twice at a terminal. */
async function readPassword(io: CliIo, fromStdin: boolean): Promise<string> {
  if (fromStdin) return (await readAll(io.stdin)).replace(/\r?\n$/, '');
  if (io.env.ADMIN_PASSWORD) return io.env.ADMIN_PASSWORD;
  if (!io.stdin.isTTY)
    throw new CliError(
      'No password: set ADMIN_PASSWORD, pipe it with --password-stdin, or run in a terminal to type it.',
      EXIT_USAGE,
    );
  const [password, repeated] = await promptHidden(io, ['Password: ', 'Repeat the password: ']);
  if (password !== repeated) throw new CliError('The two passwords differ: nothing was changed.');
  return password!;
}

export const createAdminCommand: Command = {
  name: 'create-admin',
  summary: 'Create an admin account, or make an existing official an admin',
  help: `Usage: lphm create-admin --email E --name N [--password-stdin]

Creates an admin account, or gives the admin role to the official who already has that e-mail
address (their password is then left as it is).

The password (at least ${MIN_PASSWORD_LENGTH} characters, not a common one) comes from, in this order:
  --password-stdin   standard input (one trailing newline is ignored)
  ADMIN_PASSWORD     the environment variable
  a prompt           typed twice without echo, when run in a terminal

Options:
  --email E          the admin's e-mail address
  --name N           the admin's full name
  --password-stdin   read the password from standard input
  -h, --help         show this help
`,
  options: {
    email: { type: 'string' },
    name: { type: 'string' },
    'password-stdin': { type: 'boolean' },
  },
  async run(values, io) {
    const email = emailSchema.safeParse(values.email ?? '');
    if (!email.success)
      throw new CliError(
        values.email ? `"${values.email}" is not an e-mail address.` : '--email is required.',
        EXIT_USAGE,
      );
    const name = nameSchema.safeParse(values.name ?? '');
    if (!name.success)
      throw new CliError(
        '--name is required: one line of visible text, at most 200 characters.',
        EXIT_USAGE,
      );
    const config = configFrom(io, { quiet: true });
    const password = await readPassword(io, values['password-stdin'] === true);
    let result: { created: boolean };
    try {
      result = await withRuntime(config, (runtime) =>
        createAdmin(runtime.deps, { email: email.data, name: name.data, password }),
      );
    } catch (err) {
      if (isAppError(err) && err.code === 'VALIDATION')
        throw new CliError(
          PASSWORD_PROBLEMS[err.messageKey] ?? `The password was refused (${err.messageKey}).`,
        );
      throw err;
    }
    say(
      io,
      result.created
        ? `Created the admin account ${email.data}. Sign in at ${config.BASE_URL}/sign-in`
        : `${email.data} already had an account: it now has the admin role (its password is unchanged).`,
    );
    return 0;
  },
};
