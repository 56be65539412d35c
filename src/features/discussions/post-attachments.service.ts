import type { Deps } from '../../deps.ts';
import { openFile } from '../../files/index.ts';
import { AppError } from '../../web/errors.ts';
import type { Actor } from '../accounts/actor.ts';
import { selectAttachment, selectPost } from './post-write.queries.ts';
import { canDownloadFrom } from './posts.policy.ts';
import { requireThreadOfPost } from './thread-access.service.ts';

// A post's attachment, for readers of its thread (hidden and deleted posts' only for moderators).

/** The attachment's name, type and bytes, after the checks; 404 for anything not to be had. */
export async function openAttachment(
  deps: Deps,
  actor: Actor | null,
  postId: number,
  attachmentId: number,
): Promise<{ name: string; mediaType: string; bytes: Buffer }> {
  const { actor: me, rights } = await requireThreadOfPost(deps, actor, postId, 'read');
  const post = await selectPost(deps.db, postId);
  const attachment = await selectAttachment(deps.db, attachmentId, postId);
  const file =
    post && attachment && canDownloadFrom(me, post, rights)
      ? await openFile(deps.db, attachment.fileId)
      : undefined;
  if (!file || !attachment) throw new AppError('NOT_FOUND', 'posts.errors.attachmentNotFound');
  return { name: attachment.fileName, mediaType: file.mediaType, bytes: file.bytes };
}
