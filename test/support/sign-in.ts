import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../src/deps.ts';
import {
  createOfficial,
  type CreatedOfficial,
  type OfficialOptions,
} from '../factories/officials.ts';
import { Client } from './app.ts';

/** A browser signed in as the official through the sign-in form. */
export async function signIn(
  app: FastifyInstance,
  official: { email: string; password: string },
): Promise<Client> {
  const client = new Client(app);
  const res = await client.submit('/sign-in', '/sign-in', {
    email: official.email,
    password: official.password,
  });
  if (res.statusCode !== 303) throw new Error(`sign-in failed with status ${res.statusCode}`);
  return client;
}

/** A new official with the given roles, and a browser signed in as them. */
export async function signInNew(
  app: FastifyInstance,
  deps: Deps,
  options: OfficialOptions = {},
): Promise<{ official: CreatedOfficial; client: Client }> {
  const official = await createOfficial(deps, options);
  return { official, client: await signIn(app, official) };
}
