import type { Page } from '../../../web/page.ts';
import { Layout } from '../../../web/views/Layout.tsx';
import { CsrfField, ErrorSummary, SubmitButton, TextAreaField } from '../../../web/views/forms.tsx';
import { MAX_POST_CHARS } from './PostForm.tsx';

/** The author's own post: change its text, or delete it. */
export function PostEditPage({
  page,
  postId,
  threadPath,
  values,
  errors,
}: {
  page: Page;
  postId: number;
  /** The post on its thread page, for "cancel". */
  threadPath: string;
  values: Record<string, string>;
  errors: Record<string, string>;
}): JSX.Element {
  const { t } = page;
  return (
    <Layout page={page} title={t('posts.edit.title')}>
      <h1 safe>{t('posts.edit.title')}</h1>
      <p safe>{t('posts.edit.intro')}</p>
      <form method="post" action={`/posts/${postId}/edit`} class="stack">
        <CsrfField page={page} />
        <ErrorSummary page={page} errors={errors} />
        <TextAreaField
          page={page}
          form={{ values, errors }}
          name="body"
          label={t('posts.form.body')}
          rows={12}
          required
          maxlength={MAX_POST_CHARS}
        />
        <SubmitButton>
          <span safe>{t('posts.edit.submit')}</span>
        </SubmitButton>
      </form>
      <form method="post" action={`/posts/${postId}/delete`}>
        <CsrfField page={page} />
        <button type="submit" class="button button-danger" safe>
          {t('posts.delete.submit')}
        </button>
      </form>
      <p>
        <a href={threadPath} safe>
          {t('posts.edit.cancel')}
        </a>
      </p>
    </Layout>
  );
}
