import type { FastifyBaseLogger } from 'fastify';
import type { Config } from './config.ts';
import type { Db, Dialect } from './db/database.ts';

/** What services need from the outside world; built once at start and handed to every route. */
export interface Deps {
  db: Db;
  dialect: Dialect;
  config: Config;
  log: FastifyBaseLogger;
}
