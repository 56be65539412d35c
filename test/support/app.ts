import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../../src/app.ts';
import type { Deps } from '../../src/deps.ts';
import { createTestDatabase } from './database.ts';

// An in-process app on a fresh database, and a small client that keeps cookies and CSRF tokens
// the way a browser would, for HTTP tests through app.inject().

export interface TestApp {
  app: FastifyInstance;
  deps: Deps;
  close(): Promise<void>;
}

export async function createTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const database = await createTestDatabase(env);
  const app = await buildApp(database.deps);
  await app.ready();
  return {
    app,
    deps: database.deps,
    async close() {
      await app.close();
      await database.close();
    },
  };
}

/** A visitor with a cookie jar. */
export class Client {
  readonly cookies = new Map<string, string>();
  lang?: string;

  constructor(private readonly app: FastifyInstance) {}

  private cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  private remember(res: LightMyRequestResponse): void {
    for (const c of res.cookies as Array<{
      name: string;
      value: string;
      maxAge?: number;
      expires?: Date;
    }>) {
      const expired =
        c.maxAge === 0 || (c.expires && c.expires.getTime() < Date.now()) || c.value === '';
      if (expired) this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
  }

  async get(url: string, headers: Record<string, string> = {}): Promise<LightMyRequestResponse> {
    const res = await this.app.inject({
      method: 'GET',
      url,
      headers: {
        cookie: this.cookieHeader(),
        ...(this.lang ? { 'accept-language': this.lang } : {}),
        ...headers,
      },
    });
    this.remember(res);
    return res;
  }

  /** The CSRF token a form on `url` carries. */
  async csrfFrom(url: string): Promise<string> {
    const res = await this.get(url);
    const match = /name="_csrf" value="([^"]+)"/.exec(res.body);
    if (!match?.[1]) throw new Error(`no CSRF token on ${url} (status ${res.statusCode})`);
    return match[1];
  }

  /** Posts a form as a browser would, with the CSRF token of the page it came from. */
  async submit(
    formPage: string,
    action: string,
    fields: Record<string, string | string[]>,
    options: { csrf?: string | null } = {},
  ): Promise<LightMyRequestResponse> {
    const csrf = options.csrf === undefined ? await this.csrfFrom(formPage) : options.csrf;
    return this.post(action, csrf === null ? fields : { _csrf: csrf, ...fields });
  }

  async post(
    url: string,
    fields: Record<string, string | string[]>,
    headers: Record<string, string> = {},
  ): Promise<LightMyRequestResponse> {
    const body = new URLSearchParams();
    for (const [k, v] of Object.entries(fields))
      for (const one of Array.isArray(v) ? v : [v]) body.append(k, one);
    const res = await this.app.inject({
      method: 'POST',
      url,
      payload: body.toString(),
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        cookie: this.cookieHeader(),
        ...(this.lang ? { 'accept-language': this.lang } : {}),
        ...headers,
      },
    });
    this.remember(res);
    return res;
  }
}
