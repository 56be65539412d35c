import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isLanguage, translator } from '../../web/i18n.ts';
import { sendPage } from '../../web/page-cache.ts';
import { pageOf } from '../../web/page.ts';
import { randomToken } from '../../web/tokens.ts';
import { fieldErrors, formValues, idOf } from '../../web/validation.ts';
import type { FormState } from '../../web/views/forms.tsx';
import {
  createNewsPost,
  editNewsPost,
  getNewsPostForEdit,
  requireNewsWriter,
} from './news-edit.service.ts';
import { FEED_SIZE, FEED_TYPES, newsFeed, type FeedFormat } from './news-feed.ts';
import { canWriteNews } from './news.policy.ts';
import { newNewsPostSchema, newsPostSchema } from './news.schema.ts';
import { getNewsPost, latestNews, listNews, listNewsDrafts } from './news.service.ts';
import { NewsFormPage } from './views/NewsFormPage.tsx';
import { NewsListPage } from './views/NewsListPage.tsx';
import { NewsPostPage } from './views/NewsPostPage.tsx';

// News (issue 6, item 7): the list, a post, the Atom and RSS feeds, and coordinators' form to
// write and edit posts. Anonymous pages and the feeds are cached under the scope 'news'.

const NOTICES: Record<string, string> = {
  created: 'news.notices.created',
  saved: 'news.notices.saved',
};

type SlugParams = { Params: { slug: string } };

// A form re-shown after a mistake keeps its key (one post however often it is sent), unless the
// key itself was the mistake.
const KEY = /^[A-Za-z0-9_-]{20,100}$/;

function noticeOf(request: FastifyRequest): string | undefined {
  const done = (request.query as { done?: unknown }).done;
  return typeof done === 'string' && Object.hasOwn(NOTICES, done) ? NOTICES[done] : undefined;
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

export async function newsRoutes(app: FastifyInstance): Promise<void> {
  const { deps } = app;

  // The post form: a new post carries its request key, an edited one (slug given) its address.
  const showForm = (
    request: FastifyRequest,
    reply: FastifyReply,
    form: FormState,
    status: number,
    slug?: string,
  ) => {
    const requestKey = slug
      ? undefined
      : KEY.test(form.values.key ?? '')
        ? form.values.key
        : randomToken();
    return reply
      .status(status)
      .html(
        <NewsFormPage
          page={pageOf(request, reply, { withForm: true })}
          form={form}
          requestKey={requestKey}
          editing={slug ? { slug } : undefined}
        />,
      );
  };

  app.get('/news', async (request, reply) => {
    const pageNumber = idOf((request.query as { page?: unknown }).page) ?? 1;
    return sendPage(request, reply, 'news', async () => {
      const { items, hasNext } = await listNews(deps, request.lang, pageNumber);
      return (
        <NewsListPage
          page={pageOf(request, reply)}
          items={items}
          pageNumber={pageNumber}
          hasNext={hasNext}
          drafts={pageNumber === 1 ? await listNewsDrafts(deps, request.actor, request.lang) : []}
          canWrite={canWriteNews(request.actor)}
          noticeKey={noticeOf(request)}
        />
      );
    });
  });

  app.get('/news/new', async (request, reply) => {
    requireNewsWriter(request.actor);
    const values = { status: 'published', published_on: today(), original_language: request.lang };
    return showForm(request, reply, { values, errors: {} }, 200);
  });

  app.post('/news', async (request, reply) => {
    requireNewsWriter(request.actor);
    const values = formValues(request.body);
    const parsed = newNewsPostSchema.safeParse(request.body ?? {});
    if (!parsed.success)
      return showForm(request, reply, { values, errors: fieldErrors(parsed.error) }, 400);
    const slug = await createNewsPost(deps, request.actor, parsed.data);
    return reply.redirect(`/news/${slug}?done=created`, 303);
  });

  // A feed in the language asked for (?lang=), else the visitor's; the same for everyone, so cached.
  const sendFeed = async (request: FastifyRequest, reply: FastifyReply, format: FeedFormat) => {
    const asked = (request.query as { lang?: unknown }).lang;
    const lang = isLanguage(asked) ? asked : request.lang;
    const cache = app.pageCache;
    const key = `feed ${format} ${lang}`;
    const version = await cache.version(deps.db, 'news');
    let xml = cache.get(key, version);
    if (xml === undefined) {
      const items = await latestNews(deps, lang, FEED_SIZE);
      xml = newsFeed(format, items, { baseUrl: deps.config.BASE_URL, lang, t: translator(lang) });
      cache.set(key, version, xml);
    }
    return reply.type(FEED_TYPES[format]).send(xml);
  };

  app.get('/news/feed.atom', async (request, reply) => sendFeed(request, reply, 'atom'));
  app.get('/news/feed.rss', async (request, reply) => sendFeed(request, reply, 'rss'));

  app.get<SlugParams>('/news/:slug', async (request, reply) =>
    sendPage(request, reply, 'news', async () => {
      const { item, canEdit } = await getNewsPost(
        deps,
        request.actor,
        request.lang,
        request.params.slug,
      );
      return (
        <NewsPostPage
          page={pageOf(request, reply)}
          item={item}
          canEdit={canEdit}
          noticeKey={noticeOf(request)}
        />
      );
    }),
  );

  app.get<SlugParams>('/news/:slug/edit', async (request, reply) => {
    const post = await getNewsPostForEdit(deps, request.actor, request.params.slug);
    return showForm(request, reply, { values: post.values, errors: {} }, 200, post.slug);
  });

  app.post<SlugParams>('/news/:slug/edit', async (request, reply) => {
    // Access and existence first: an outsider learns nothing from a bad form.
    const post = await getNewsPostForEdit(deps, request.actor, request.params.slug);
    const values = formValues(request.body);
    const parsed = newsPostSchema.safeParse(request.body ?? {});
    if (!parsed.success)
      return showForm(
        request,
        reply,
        { values, errors: fieldErrors(parsed.error) },
        400,
        post.slug,
      );
    await editNewsPost(deps, request.actor, post.slug, parsed.data);
    return reply.redirect(`/news/${post.slug}?done=saved`, 303);
  });
}
