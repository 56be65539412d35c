import { nowIso } from '../../db/database.ts';
import type { Deps } from '../../deps.ts';
import { openDocument, type FileContent } from '../../files/index.ts';
import type { Actor } from '../accounts/actor.ts';
import { countDownload } from './resource-download.queries.ts';
import { selectResourceFile } from './resource-files.queries.ts';
import { loadVisibleResource } from './resource-page.service.ts';

// Downloads of a resource's files, each counted in its UTC month.

/**
 * One file of a resource the actor may see, with its bytes; NOT_FOUND for a draft they may not
 * see, a file of another resource, or no such file. Counts the download unless told not to.
 */
export async function downloadResourceFile(
  deps: Deps,
  actor: Actor | null,
  slug: string,
  resourceFileId: number | undefined,
  options: { count: boolean } = { count: true },
): Promise<{ name: string; file: FileContent }> {
  const resource = await loadVisibleResource(deps, actor, slug);
  const find = (id: number) => selectResourceFile(deps.db, resource.id, id);
  const found = await openDocument(deps.db, resourceFileId, find, 'resources.errors.fileNotFound');
  if (options.count) await countDownload(deps.db, resource.id, nowIso().slice(0, 7));
  return found;
}
