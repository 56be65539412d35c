import type { Page } from '../../../web/page.ts';
import { Layout } from '../../../web/views/Layout.tsx';
import { CsrfField, ErrorSummary, SubmitButton, TextField } from '../../../web/views/forms.tsx';
import { PostFields } from './PostForm.tsx';

/** A new thread in a subject: its title and first post (multipart, for an optional attachment). */
export function NewThreadPage({
  page,
  subjectPath,
  values,
  errors,
}: {
  page: Page;
  /** The subject's discussions, e.g. /discussions/run/4. */
  subjectPath: string;
  values: Record<string, string>;
  errors: Record<string, string>;
}): JSX.Element {
  const { t } = page;
  return (
    <Layout page={page} title={t('posts.newThread.title')}>
      <h1 safe>{t('posts.newThread.title')}</h1>
      <p safe>{t('posts.newThread.intro')}</p>
      <form method="post" action={`${subjectPath}/new`} enctype="multipart/form-data" class="stack">
        <CsrfField page={page} />
        <ErrorSummary page={page} errors={errors} />
        <TextField
          page={page}
          form={{ values, errors }}
          name="title"
          label={t('posts.form.title')}
          required
          maxlength={200}
          dir="auto"
        />
        <PostFields page={page} values={values} errors={errors} />
        <SubmitButton>
          <span safe>{t('posts.newThread.submit')}</span>
        </SubmitButton>
      </form>
      <p>
        <a href={subjectPath} safe>
          {t('posts.newThread.back')}
        </a>
      </p>
    </Layout>
  );
}
