import type { Page } from '../../../web/page.ts';
import {
  ErrorSummary,
  Notice,
  PostForm,
  SelectField,
  TextAreaField,
  type FormState,
} from '../../../web/views/forms.tsx';
import { Layout } from '../../../web/views/Layout.tsx';
import { NOTE_MAX, REPORT_REASONS } from '../moderation.schema.ts';
import type { ReportForm } from '../reports.service.ts';
import { excerpt } from './ModerationParts.tsx';

// Reporting a post to the moderators of its discussion: a reason and an optional note.

export function ReportPage(props: {
  page: Page;
  data: ReportForm;
  form: FormState;
  noticeKey?: string;
}): JSX.Element {
  const { page, data, form } = props;
  const { t } = page;
  const { post, thread } = data;
  return (
    <Layout page={page} title={t('moderation.report.title')}>
      <h1 safe>{t('moderation.report.title')}</h1>
      <Notice page={page} messageKey={props.noticeKey} />
      <p class="meta">
        <a href={`/threads/${thread.id}#post-${post.id}`} dir="auto" safe>
          {thread.title}
        </a>
      </p>
      <div class="post">
        <blockquote dir="auto" safe>
          {excerpt(post.body)}
        </blockquote>
      </div>
      {data.alreadyReported ? (
        <p class="notice" role="status" safe>
          {t('moderation.report.already')}
        </p>
      ) : (
        <>
          <ErrorSummary page={page} errors={form.errors} />
          <PostForm
            page={page}
            action={`/posts/${post.id}/report`}
            submit={t('moderation.report.submit')}
          >
            <SelectField
              page={page}
              form={form}
              name="reason"
              label={t('moderation.report.reason')}
              required
              options={[
                { value: '', label: t('moderation.report.choose') },
                ...REPORT_REASONS.map((r) => ({ value: r, label: t(`moderation.reasons.${r}`) })),
              ]}
            />
            <TextAreaField
              page={page}
              form={form}
              name="note"
              label={t('moderation.report.note')}
              maxlength={NOTE_MAX}
              rows={4}
            />
          </PostForm>
        </>
      )}
    </Layout>
  );
}
