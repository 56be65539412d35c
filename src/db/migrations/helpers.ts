import { PostgresAdapter, type CreateTableBuilder, type Kysely } from 'kysely';

// Helpers that let one migration file serve SQLite and PostgreSQL alike.

export function isPostgres(db: Kysely<unknown>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

/** An integer identity key: both drivers return it as a number (DESIGN.md §5). */
export function withId<T extends string>(
  db: Kysely<unknown>,
  table: CreateTableBuilder<T, never>,
): CreateTableBuilder<T, 'id'> {
  return table.addColumn('id', 'integer', (col) =>
    isPostgres(db)
      ? col.primaryKey().generatedAlwaysAsIdentity()
      : col.primaryKey().autoIncrement(),
  );
}
