import type { Kysely } from 'kysely';

// The file of a document lesson, one per content language (after 0007, which creates `files`).
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('lesson_documents')
    .addColumn('lesson_id', 'integer', (c) =>
      c.notNull().references('lessons.id').onDelete('cascade'),
    )
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('file_id', 'integer', (c) => c.notNull().references('files.id').onDelete('restrict'))
    .addColumn('file_name', 'text', (c) => c.notNull()) // sanitised, with the detected extension
    .addColumn('uploaded_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('uploaded_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('lesson_documents_pk', ['lesson_id', 'language'])
    .execute();
  for (const col of ['file_id', 'uploaded_by']) {
    await db.schema
      .createIndex(`lesson_documents_${col}_idx`)
      .on('lesson_documents')
      .column(col)
      .execute();
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('lesson_documents').execute();
}
