import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';

// Real server processes for scale-out tests and benchmarks: the app as `npm start` runs it
// (`node --import tsx src/main.ts`), or any other Node script, on a free loopback port, with
// the environment given. Every process started here is killed when this process exits, even on
// a failure, so no test or benchmark leaves a server behind.

export const ROOT = join(import.meta.dirname, '..', '..');
const LOOPBACK = '127.0.0.1';
const MAX_OUTPUT_CHARS = 1_000_000;

export interface ServerProcess {
  /** e.g. http://127.0.0.1:43121 */
  url: string;
  port: number;
  pid: number;
  /** stdout and stderr so far (the last megabyte), for assertions and failure messages. */
  output(): string;
  /** SIGTERM, then SIGKILL if it has not exited within `graceMs`. Safe to call twice. */
  stop(graceMs?: number): Promise<void>;
}

/** A TCP port nothing listens on right now, chosen by the kernel. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, LOOPBACK, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => (port ? resolve(port) : reject(new Error('no port'))));
    });
  });
}

const live = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of live) child.kill('SIGKILL');
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    for (const child of live) child.kill('SIGKILL');
    process.exit(130);
  });
}

export interface StartOptions {
  /** Arguments after `node`; the app's entry point by default. */
  args?: string[];
  /** Added to (and overriding) this process's environment; PORT, HOST (loopback) and, unless
   * given, BASE_URL are set here. */
  env?: Record<string, string>;
  /** Answers 200 once the process is ready; polled. */
  readyPath?: string;
  timeoutMs?: number;
}

/** Starts a Node process on a free loopback port and resolves once `readyPath` answers 200. */
export async function startProcess(options: StartOptions = {}): Promise<ServerProcess> {
  const port = await freePort();
  const url = `http://${LOOPBACK}:${port}`;
  const env: NodeJS.ProcessEnv = { ...process.env, BASE_URL: url, ...options.env };
  env.PORT = String(port);
  env.HOST = LOOPBACK;
  // Under node:test this variable would make the child report to the test runner.
  delete env.NODE_TEST_CONTEXT;
  const child = spawn(process.execPath, options.args ?? ['--import', 'tsx', 'src/main.ts'], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  live.add(child);
  let output = '';
  const collect = (chunk: Buffer) => {
    output += chunk.toString('utf8');
    if (output.length > MAX_OUTPUT_CHARS) output = output.slice(-MAX_OUTPUT_CHARS);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const exited = new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
  void exited.then(() => live.delete(child));

  const stop = async (graceMs = 5000) => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    await exited;
    clearTimeout(timer);
  };

  const readyUrl = url + (options.readyPath ?? '/healthz');
  // Generous: a loaded 2-core CI machine compiling the app through tsx can take many seconds.
  const deadline = Date.now() + (options.timeoutMs ?? 60_000);
  let exitedEarly = false;
  void exited.then(() => (exitedEarly = true));
  for (;;) {
    if (exitedEarly) {
      throw new Error(`${describe(options)} exited before it was ready:\n${output}`);
    }
    if (Date.now() > deadline) {
      await stop(1000);
      throw new Error(`${describe(options)} was not ready at ${readyUrl} in time:\n${output}`);
    }
    try {
      const res = await fetch(readyUrl, { signal: AbortSignal.timeout(2000) });
      await res.arrayBuffer();
      if (res.status === 200) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return { url, port, pid: child.pid ?? 0, output: () => output, stop };
}

/** Starts the app (`node --import tsx src/main.ts`) with `env` and waits for /healthz. */
export function startApp(env: Record<string, string>, timeoutMs?: number): Promise<ServerProcess> {
  return startProcess({ env, readyPath: '/healthz', timeoutMs });
}

function describe(options: StartOptions): string {
  return `node ${(options.args ?? ['src/main.ts']).join(' ')}`;
}

/**
 * A visitor speaking real HTTP (fetch) that keeps cookies like a browser, without following
 * redirects, so tests see the 303s. One jar may be used against several processes.
 */
export class HttpVisitor {
  readonly cookies = new Map<string, string>();

  private remember(res: Response): void {
    for (const line of res.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      const expired =
        value === '' ||
        attributes.some((a) => {
          const [k = '', v = ''] = a.split('=').map((s) => s.trim());
          if (/^max-age$/i.test(k)) return Number(v) <= 0;
          if (/^expires$/i.test(k)) return new Date(v).getTime() < Date.now();
          return false;
        });
      if (expired) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  private headers(extra: Record<string, string>): Record<string, string> {
    const cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    return { ...(cookie ? { cookie } : {}), ...extra };
  }

  async get(url: string, headers: Record<string, string> = {}): Promise<HttpResult> {
    const res = await fetch(url, { redirect: 'manual', headers: this.headers(headers) });
    this.remember(res);
    return { status: res.status, headers: res.headers, body: await res.text() };
  }

  /** Posts a form, urlencoded, as a browser would. */
  async post(url: string, fields: Record<string, string>): Promise<HttpResult> {
    const res = await fetch(url, {
      method: 'POST',
      redirect: 'manual',
      headers: this.headers({ 'content-type': 'application/x-www-form-urlencoded' }),
      body: new URLSearchParams(fields).toString(),
    });
    this.remember(res);
    return { status: res.status, headers: res.headers, body: await res.text() };
  }
}

export interface HttpResult {
  status: number;
  headers: Headers;
  body: string;
}

/** The hidden `_csrf` value of the first form, or of the first form posting to `action` (any query). */
export function csrfFieldOf(html: string, action?: string): string {
  const forms = html.match(/<form\b[\s\S]*?<\/form>/g) ?? [];
  const form = action
    ? forms.find((f) => f.includes(`action="${action}"`) || f.includes(`action="${action}?`))
    : forms[0];
  const token = form && /name="_csrf" value="([^"]+)"/.exec(form)?.[1];
  if (!token) throw new Error(`no CSRF field${action ? ` in a form to ${action}` : ''}`);
  return token;
}
