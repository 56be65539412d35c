import type { Db } from '../../db/database.ts';

// The texts a post had before each edit, oldest first.

export interface Revision {
  id: number;
  body: string;
  editedByName: string | null;
  createdAt: string;
}

export async function selectRevisions(db: Db, postId: number): Promise<Revision[]> {
  return db
    .selectFrom('post_revisions as r')
    .leftJoin('users as u', 'u.id', 'r.edited_by')
    .select(['r.id', 'r.body', 'u.name as editedByName', 'r.created_at as createdAt'])
    .where('r.post_id', '=', postId)
    .orderBy('r.id', 'asc')
    .execute();
}
