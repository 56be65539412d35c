import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { parseEnv } from 'node:util';
import { after, before, describe, it } from 'node:test';
import { createTestDatabaseUrl } from '../test/support/database.ts';
import { fakeIo } from './cli/fake-io.ts';
import { COMMANDS, runCli } from './cli/run.ts';
import { loadConfig } from './config.ts';
import { openDatabase } from './db/database.ts';
import { verifyPassword } from './features/accounts/passwords.ts';

describe('lphm usage', () => {
  it('prints the usage and exits 2 without a command or with an unknown one', async () => {
    for (const argv of [[], ['frobnicate']]) {
      const io = fakeIo({});
      assert.equal(await runCli(argv, io), 2);
      assert.match(io.err(), /Usage: lphm <command>/);
    }
    const io = fakeIo({});
    await runCli(['frobnicate'], io);
    assert.match(io.err(), /unknown command "frobnicate"/);
  });

  it('prints the help of lphm and of every command, exit 0', async () => {
    const io = fakeIo({});
    assert.equal(await runCli(['--help'], io), 0);
    for (const command of COMMANDS) {
      assert.match(io.out(), new RegExp(`  ${command.name} `));
      for (const argv of [
        [command.name, '--help'],
        ['help', command.name],
        [command.name, '-h'],
      ]) {
        const one = fakeIo({});
        assert.equal(await runCli(argv, one), 0, argv.join(' '));
        assert.match(one.out(), new RegExp(`^Usage: lphm ${command.name}`));
      }
    }
  });

  it('exits 2 with the command help for an unknown option, a stray argument or a missing value', async () => {
    for (const argv of [
      ['backup', '--bogus'],
      ['migrate', 'now'],
      ['restore', '--from'],
    ]) {
      const io = fakeIo({});
      assert.equal(await runCli(argv, io), 2, argv.join(' '));
      assert.match(io.err(), new RegExp(`^lphm ${argv[0]}: .+\\n\\nUsage: lphm ${argv[0]}`));
    }
  });

  it('says in one line what is wrong with the configuration, exit 1', async () => {
    const io = fakeIo({ PORT: 'eighty' });
    assert.equal(await runCli(['migrate'], io), 1);
    assert.match(io.err(), /Invalid configuration:\n {2}PORT:/);
  });

  it('runs as a program: lphm --help', () => {
    const root = join(import.meta.dirname, '..');
    // Under node:test this variable would make the child report to the test runner.
    const env = { ...process.env };
    delete env.NODE_TEST_CONTEXT;
    const result = spawnSync(process.execPath, [join(root, 'bin', 'lphm.js'), '--help'], {
      cwd: root,
      encoding: 'utf8',
      env,
    });
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /Usage: lphm <command>[\s\S]*create-admin/);
  });
});

describe('configuration documentation', () => {
  it('README.md and .env.example name every setting the platform reads', () => {
    const root = join(import.meta.dirname, '..');
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const example = readFileSync(join(root, '.env.example'), 'utf8');
    for (const key of Object.keys(loadConfig({}))) {
      assert.ok(readme.includes(`| \`${key}\``), `README.md's table lacks ${key}`);
      assert.match(example, new RegExp(`^(# )?${key}=`, 'm'), `.env.example lacks ${key}`);
    }
    // Loaded as it is (node --env-file=.env), the example must be a valid configuration.
    assert.doesNotThrow(() => loadConfig(parseEnv(example)));
  });
});

describe('lphm migrate, seed and create-admin', () => {
  let url: string;
  let drop: () => Promise<void>;
  const env = () => ({ DATABASE_URL: url });

  before(async () => ({ url, drop } = await createTestDatabaseUrl()));
  after(() => drop());

  async function adminRows(email: string) {
    const database = openDatabase(url);
    try {
      return await database.db
        .selectFrom('users as u')
        .innerJoin('user_roles as r', 'r.user_id', 'u.id')
        .select(['u.name', 'u.password_hash as hash', 'r.role'])
        .where('u.email', '=', email)
        .execute();
    } finally {
      await database.close();
    }
  }

  it('migrate applies the migrations once, then says the schema is up to date', async () => {
    const first = fakeIo(env());
    assert.equal(await runCli(['migrate'], first), 0, first.err());
    assert.match(first.out(), /Applied \d+ migration\(s\)[\s\S]*foundation/);
    const second = fakeIo(env());
    assert.equal(await runCli(['migrate'], second), 0);
    assert.match(second.out(), /up to date/);
  });

  it('seed refuses in production and changes nothing', async () => {
    const io = fakeIo({ ...env(), NODE_ENV: 'production' });
    assert.equal(await runCli(['seed'], io), 1);
    assert.match(io.err(), /never loaded when NODE_ENV=production/);
  });

  it('seed loads the demo data and lists the accounts, then says it is already there', async () => {
    const first = fakeIo(env());
    assert.equal(await runCli(['seed'], first), 0, first.err());
    assert.match(first.out(), /password for all: \S{12,}\)[\s\S]*admin +admin@demo\.lphm\.example/);
    const second = fakeIo(env());
    assert.equal(await runCli(['seed'], second), 0);
    assert.match(second.out(), /already has data/);
  });

  it('create-admin creates an admin with the password from ADMIN_PASSWORD', async () => {
    const password = 'Ouagadougou rains in August';
    const io = fakeIo({ ...env(), ADMIN_PASSWORD: password });
    const code = await runCli(['create-admin', '--email', 'Root@Example.ORG', '--name', 'Ada'], io);
    assert.equal(code, 0, io.err());
    assert.match(io.out(), /Created the admin account root@example\.org/);
    const [row] = await adminRows('root@example.org');
    assert.equal(row?.role, 'admin');
    assert.ok(await verifyPassword(row.hash, password));
  });

  it('create-admin --password-stdin reads the password from standard input', async () => {
    const io = fakeIo(env(), 'a river runs through Płock\n');
    const argv = [
      'create-admin',
      '--email',
      'piped@example.org',
      '--name',
      'Pip',
      '--password-stdin',
    ];
    assert.equal(await runCli(argv, io), 0, io.err());
    const [row] = await adminRows('piped@example.org');
    assert.ok(await verifyPassword(row!.hash, 'a river runs through Płock'));
  });

  it('create-admin asks twice at a terminal, echoes nothing, and refuses two different answers', async () => {
    const terminal = (typed: string) => {
      const stdin = Object.assign(new PassThrough(), { isTTY: true, setRawMode: () => stdin });
      stdin.write(typed); // typed ahead, in one chunk
      return stdin;
    };
    const argv = ['create-admin', '--email', 'typed@example.org', '--name', 'Ty'];
    const differ = { ...fakeIo(env()), stdin: terminal('first answer 123\rsecond answer 45\r') };
    assert.equal(await runCli(argv, differ), 1);
    assert.match(differ.err(), /Password: \nRepeat the password: \n[\s\S]*differ/);
    assert.deepEqual(await adminRows('typed@example.org'), []);

    const same = {
      ...fakeIo(env()),
      stdin: terminal('Curitiba buses\x7f\x7f 2012\rCuritiba bus 2012\r'),
    };
    assert.equal(await runCli(argv, same), 0, same.err());
    assert.doesNotMatch(same.err() + same.out(), /Curitiba/);
    const [row] = await adminRows('typed@example.org');
    assert.ok(await verifyPassword(row!.hash, 'Curitiba bus 2012'));
  });

  it('create-admin gives an existing official the admin role and leaves the password', async () => {
    const io = fakeIo({ ...env(), ADMIN_PASSWORD: 'ignored for existing accounts' });
    const argv = ['create-admin', '--email', 'learner@demo.lphm.example', '--name', 'Awa'];
    assert.equal(await runCli(argv, io), 0, io.err());
    assert.match(io.out(), /already had an account/);
    const [row] = await adminRows('learner@demo.lphm.example');
    assert.equal(row?.role, 'admin');
    assert.equal(row.name, 'Awa Ndiaye');
  });

  it('create-admin refuses a weak password with a plain message, exit 1, creating nothing', async () => {
    for (const [password, message] of [
      ['short', /at least 12 characters/],
      ['password1234', /most common/],
    ] as const) {
      const io = fakeIo({ ...env(), ADMIN_PASSWORD: password });
      const argv = ['create-admin', '--email', 'weak@example.org', '--name', 'W'];
      assert.equal(await runCli(argv, io), 1);
      assert.match(io.err(), message);
    }
    assert.deepEqual(await adminRows('weak@example.org'), []);
  });

  it('create-admin exits 2 without a valid e-mail, a name or a way to get the password', async () => {
    const cases: Array<[string[], RegExp]> = [
      [['--name', 'N'], /--email is required/],
      [['--email', 'not-an-address', '--name', 'N'], /not an e-mail address/],
      [['--email', 'n@example.org'], /--name is required/],
      [['--email', 'n@example.org', '--name', 'N'], /No password/],
    ];
    for (const [args, message] of cases) {
      const io = fakeIo(env());
      assert.equal(await runCli(['create-admin', ...args], io), 2, args.join(' '));
      assert.match(io.err(), message);
    }
  });
});
