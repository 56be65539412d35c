import { z } from 'zod';
import { idOf } from '../../web/validation.ts';
import { isSubjectKind, type SubjectRef } from './subjects.ts';

// Input of the hub, a subject's thread list and search: anything unexpected is ignored or "not
// found", never an error page.

/** The subject a path names (/discussions/:kind/:id), or undefined. */
export function subjectOf(kind: string, id: string): SubjectRef | undefined {
  const n = idOf(id);
  return isSubjectKind(kind) && n !== undefined ? { kind, id: n } : undefined;
}

const text = z.preprocess((v) => (typeof v === 'string' ? v : ''), z.string());

export const listQuerySchema = z.object({
  q: text.transform((s) => s.trim()),
  page: z.preprocess(
    (v) => (typeof v === 'string' && /^\d{1,6}$/.test(v) ? Number(v) : 1),
    z.number().int().min(1),
  ),
});
export type ListQuery = z.infer<typeof listQuerySchema>;

/** The list's query (?q=, ?page=), with defaults for whatever is missing or malformed. */
export function listQueryOf(query: unknown): ListQuery {
  const parsed = listQuerySchema.safeParse(query ?? {});
  return parsed.success ? parsed.data : { q: '', page: 1 };
}
