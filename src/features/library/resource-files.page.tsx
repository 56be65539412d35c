import type { FastifyReply, FastifyRequest } from 'fastify';
import { pageOf } from '../../web/page.ts';
import type { FormState } from '../../web/views/forms.tsx';
import { getFilesSetup } from './resource-files.service.ts';
import { ResourceFilesPage } from './views/ResourceFilesPage.tsx';

// The resource's editor page (files, upload, workflow), rendered by the files routes and again by
// the workflow's routes when a form on it was refused.

const NOTICES: Record<string, string> = {
  created: 'library-edit.notices.created',
  saved: 'library-edit.notices.saved',
  uploaded: 'library-edit.notices.uploaded',
  unchanged: 'library-edit.notices.unchanged',
  removed: 'library-edit.notices.removed',
  submitted: 'library-edit.notices.submitted',
  published: 'library-edit.notices.published',
  sent_back: 'library-edit.notices.sentBack',
  unpublished: 'library-edit.notices.unpublished',
};

/** Renders the editor page of `slug` (404 / 403 as getFilesSetup answers). */
export async function renderFilesPage(
  request: FastifyRequest,
  reply: FastifyReply,
  o: { slug: string; form: FormState; status?: number; done?: string },
) {
  const { deps } = request.server;
  const setup = await getFilesSetup(deps, request.actor, o.slug);
  return reply
    .status(o.status ?? 200)
    .header('cache-control', 'no-store')
    .html(
      <ResourceFilesPage
        page={pageOf(request, reply, { withForm: true })}
        setup={setup}
        form={o.form}
        maxBytes={deps.config.UPLOAD_LIMIT_BYTES}
        noticeKey={o.done && Object.hasOwn(NOTICES, o.done) ? NOTICES[o.done] : undefined}
      />,
    );
}
