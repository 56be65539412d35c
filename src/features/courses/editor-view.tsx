import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Language } from '../../web/i18n.ts';
import { pageOf } from '../../web/page.ts';
import type { FormState } from '../../web/views/forms.tsx';
import type { CourseEditor } from './courses.service.ts';
import { noticeFor } from './route-helpers.ts';
import { CourseEditPage, detailsFormOf } from './views/CourseEditPage.tsx';
import type { Chosen } from './views/DetailsFields.tsx';

/** Renders a course's editing page (for GET, and again with errors after a bad POST). */
export function renderEditor(
  request: FastifyRequest,
  reply: FastifyReply,
  editor: CourseEditor,
  language: Language,
  options: { form?: FormState; chosen?: Chosen; sendBack?: FormState; status?: number } = {},
) {
  const page = pageOf(request, reply, { withForm: true });
  const query = request.query as { done?: string };
  return reply.status(options.status ?? 200).html(
    <CourseEditPage
      page={page}
      editor={editor}
      language={language}
      form={options.form ?? detailsFormOf(editor, language)}
      chosen={
        options.chosen ?? {
          theme_ids: editor.themeIds.map(String),
          partner_ids: editor.partners.map((p) => String(p.id)),
        }
      }
      sendBack={options.sendBack}
      noticeKey={options.status ? undefined : noticeFor(query.done)}
    />,
  );
}
