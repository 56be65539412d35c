import { sql, type Expression, type SqlBool } from 'kysely';
import type { Db, Dialect } from '../../db/database.ts';
import type { Role } from '../accounts/actor.ts';
import { selectRolesOf, type RoleGrant } from './admin.queries.ts';

// Searching officials by name or e-mail, with filters and keyset pagination by (name, id).

export interface UserListRow {
  id: number;
  name: string;
  email: string;
  organisationName: string | null;
  isDemo: boolean;
  isDisabled: boolean;
  roles: RoleGrant[];
}

export interface UserFilter {
  q: string;
  role: Role | null;
  status: 'all' | 'active' | 'disabled';
  after: { name: string; id: number } | null;
  limit: number;
}

function likePattern(s: string): string {
  return `%${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

function likeExpr(column: string, pattern: string): Expression<SqlBool> {
  return sql<SqlBool>`${sql.ref(column)} like ${pattern} escape '\\'`;
}

/** The spellings of a query a name may be written in: as typed, lower, UPPER, Capitalised. */
function caseVariants(q: string): string[] {
  const lower = q.toLowerCase();
  const capitalised = lower.replace(
    /(^|[\s'’-])(\p{L})/gu,
    (_m, a: string, b: string) => a + b.toUpperCase(),
  );
  return [...new Set([q, lower, q.toUpperCase(), capitalised])];
}

/**
 * Name or e-mail contains the query, whatever the letter case. PostgreSQL's lower() folds every
 * script; SQLite's lower() and LIKE fold only ASCII, so there we also try the usual spellings of
 * a Cyrillic or Greek query. E-mails are stored lower-case.
 */
function nameOrEmailContains(dialect: Dialect, q: string): Expression<SqlBool> {
  const lower = likePattern(q.toLowerCase());
  const name =
    dialect === 'postgres'
      ? [sql<SqlBool>`lower(${sql.ref('u.name')}) like ${lower} escape '\\'`]
      : caseVariants(q).map((v) => likeExpr('u.name', likePattern(v)));
  const parts = [...name, likeExpr('u.email', lower)];
  return sql<SqlBool>`(${sql.join(parts, sql` or `)})`;
}

/** One page of officials by name (keyset: name, id), with their roles. */
export async function selectUsers(
  db: Db,
  dialect: Dialect,
  filter: UserFilter,
): Promise<UserListRow[]> {
  let query = db
    .selectFrom('users as u')
    .leftJoin('organisations as o', 'o.id', 'u.organisation_id')
    .select([
      'u.id',
      'u.name',
      'u.email',
      'u.is_demo as isDemo',
      'u.is_disabled as isDisabled',
      'o.name as organisationName',
    ])
    .orderBy('u.name')
    .orderBy('u.id')
    .limit(filter.limit);
  if (filter.q) query = query.where(nameOrEmailContains(dialect, filter.q));
  if (filter.status !== 'all')
    query = query.where('u.is_disabled', '=', filter.status === 'disabled' ? 1 : 0);
  if (filter.role) {
    const role = filter.role;
    query = query.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('user_roles as r')
          .select('r.id')
          .whereRef('r.user_id', '=', 'u.id')
          .where('r.role', '=', role),
      ),
    );
  }
  if (filter.after) {
    const { name, id } = filter.after;
    query = query.where((eb) => eb(eb.refTuple('u.name', 'u.id'), '>', eb.tuple(name, id)));
  }
  const rows = await query.execute();
  const roles = await selectRolesOf(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    email: r.email,
    organisationName: r.organisationName,
    isDemo: r.isDemo === 1,
    isDisabled: r.isDisabled === 1,
    roles: roles.get(r.id) ?? [],
  }));
}
