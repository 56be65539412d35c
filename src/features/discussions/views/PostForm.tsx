import { randomUUID } from 'node:crypto';
import { acceptAttribute } from '../../../files/index.ts';
import type { Page } from '../../../web/page.ts';
import { Layout } from '../../../web/views/Layout.tsx';
import { CsrfField, ErrorSummary, SubmitButton, TextAreaField } from '../../../web/views/forms.tsx';

/** The post being quoted, shown above the reply box. */
export interface QuotedPost {
  id: number;
  authorName: string | null;
  /** Plain text (the Markdown as written), shortened by the caller. */
  excerpt: string;
}

/** The thread page's one-time notices after writing (?done=…), as translation keys. */
export const POST_NOTICES: Readonly<Record<string, string>> = {
  posted: 'posts.notices.posted',
  held: 'posts.notices.held',
  edited: 'posts.notices.edited',
  deleted: 'posts.notices.deleted',
};

/** The most a post's Markdown may hold (characters). */
export const MAX_POST_CHARS = 20_000;

/**
 * The body, quote and attachment fields of a post (reply and new thread). The request key makes a
 * second submission of the same form a no-op; a new one is made for a fresh form.
 */
export function PostFields({
  page,
  values,
  errors,
  quote,
}: {
  page: Page;
  values: Record<string, string>;
  errors: Record<string, string>;
  quote?: QuotedPost;
}): JSX.Element {
  const { t } = page;
  const fileError = errors.file;
  return (
    <>
      <input type="hidden" name="requestKey" value={values.requestKey || randomUUID()} />
      {quote ? (
        <>
          <input type="hidden" name="quote" value={String(quote.id)} />
          <blockquote class="quote">
            <p class="meta" safe>
              {t('posts.form.quoting', { name: quote.authorName ?? t('posts.formerMember') })}
            </p>
            <p safe>{quote.excerpt}</p>
          </blockquote>
        </>
      ) : values.quote ? (
        <input type="hidden" name="quote" value={values.quote} />
      ) : (
        ''
      )}
      <TextAreaField
        page={page}
        form={{ values, errors }}
        name="body"
        label={t('posts.form.body')}
        rows={8}
        required
        maxlength={MAX_POST_CHARS}
      />
      <p class="hint" safe>
        {t('posts.form.bodyHint')}
      </p>
      <div class={fileError ? 'field field-error' : 'field'}>
        <label for="field-file" safe>
          {t('posts.form.file')}
        </label>
        <p class="hint" id="field-file-hint" safe>
          {t('posts.form.fileHint')}
        </p>
        {fileError ? (
          <p class="error" id="field-file-error" safe>
            {t(fileError)}
          </p>
        ) : (
          ''
        )}
        <input
          id="field-file"
          name="file"
          type="file"
          accept={acceptAttribute}
          aria-invalid={fileError ? 'true' : undefined}
          aria-describedby={fileError ? 'field-file-hint field-file-error' : 'field-file-hint'}
        />
      </div>
    </>
  );
}

/**
 * The reply form of a thread page (posts to /threads/:id/posts). `values` keeps what was typed
 * (body, quote, requestKey); `errors` maps fields to translation keys; `quote` is the quoted post.
 */
export function PostForm({
  page,
  action,
  values,
  errors,
  quote,
}: {
  page: Page;
  action: string;
  values: Record<string, string>;
  errors: Record<string, string>;
  quote?: QuotedPost;
}): JSX.Element {
  return (
    <form method="post" action={action} enctype="multipart/form-data" class="stack">
      <CsrfField page={page} />
      <ErrorSummary page={page} errors={errors} />
      <PostFields page={page} values={values} errors={errors} quote={quote} />
      <SubmitButton>
        <span safe>{page.t('posts.form.submit')}</span>
      </SubmitButton>
    </form>
  );
}

/** The reply form alone, re-shown with what to fix when a reply was refused (status 400/413/415). */
export function ReplyFormPage({
  page,
  thread,
  values,
  errors,
}: {
  page: Page;
  thread: { id: number; title: string };
  values: Record<string, string>;
  errors: Record<string, string>;
}): JSX.Element {
  const { t } = page;
  const title = t('posts.reply.title', { thread: thread.title });
  return (
    <Layout page={page} title={title}>
      <h1 safe>{title}</h1>
      <PostForm
        page={page}
        action={`/threads/${thread.id}/posts`}
        values={values}
        errors={errors}
      />
      <p>
        <a href={`/threads/${thread.id}`} safe>
          {t('posts.reply.back')}
        </a>
      </p>
    </Layout>
  );
}
