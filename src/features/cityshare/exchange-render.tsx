import type { FastifyReply, FastifyRequest } from 'fastify';
import { isAppError } from '../../web/errors.ts';
import { pageOf } from '../../web/page.ts';
import { getExchangePage } from './exchange-page.service.ts';
import { ExchangePage, type ExchangeFormName, type ExchangeForms } from './views/ExchangePage.tsx';

// The exchange page as both route files render it: after a GET, and again with one form's
// errors (400) when a POST from it was refused.

const NOTICES: Record<string, string> = {
  created: 'exchanges.notices.created',
  unchanged: 'exchanges.notices.unchanged',
  status: 'exchanges.notices.status',
  meeting: 'exchanges.notices.meeting',
  action: 'exchanges.notices.action',
  participant: 'exchanges.notices.participant',
  removed: 'exchanges.notices.removed',
  note: 'exchanges.notices.note',
  document: 'exchanges.notices.document',
  documentUnchanged: 'exchanges.notices.documentUnchanged',
};

export function noticeOf(done: unknown): string | undefined {
  return typeof done === 'string' && Object.hasOwn(NOTICES, done) ? NOTICES[done] : undefined;
}

export async function renderExchange(
  request: FastifyRequest,
  reply: FastifyReply,
  slug: string,
  options: { forms?: ExchangeForms; status?: number; noticeKey?: string } = {},
) {
  const { deps } = request.server;
  const data = await getExchangePage(deps, request.actor, request.lang, slug);
  return reply
    .status(options.status ?? 200)
    .header('cache-control', 'no-store')
    .html(
      <ExchangePage
        page={pageOf(request, reply, { withForm: true })}
        data={data}
        forms={options.forms ?? {}}
        maxBytes={deps.config.UPLOAD_LIMIT_BYTES}
        noticeKey={options.noticeKey}
      />,
    );
}

/**
 * Runs a change from one of the page's forms; a refusal that names fields (VALIDATION) re-renders
 * the page with that form's errors and the input kept (400).
 */
export async function fromForm(
  request: FastifyRequest,
  reply: FastifyReply,
  slug: string,
  form: { name: ExchangeFormName; values: Record<string, string> },
  change: () => Promise<string>,
) {
  try {
    const done = await change();
    return reply.redirect(`/exchanges/${slug}?done=${done}`, 303);
  } catch (err) {
    if (!isAppError(err) || err.code !== 'VALIDATION' || Object.keys(err.fields).length === 0)
      throw err;
    const forms = { [form.name]: { values: form.values, errors: err.fields } };
    return renderExchange(request, reply, slug, { forms, status: 400 });
  }
}
