import type { Page } from '../../../web/page.ts';
import {
  CsrfField,
  ErrorSummary,
  Notice,
  SubmitButton,
  TextAreaField,
  TextField,
  type FormState,
} from '../../../web/views/forms.tsx';
import { Layout } from '../../../web/views/Layout.tsx';
import type { SubmissionForGrading } from '../grading.service.ts';
import { GradeSummary, pick, SubmissionBody } from './parts.tsx';

export interface SubmissionPageProps {
  page: Page;
  found: SubmissionForGrading;
  form: FormState;
  noticeKey?: string;
}

/** One submission for its facilitators: what the learner sent, and the grade form (or grade). */
export function SubmissionPage({ page, found, form, noticeKey }: SubmissionPageProps): JSX.Element {
  const { t } = page;
  const { submission, settings, runId } = found;
  const lessonTitle = pick(found.lessonTitles, page.lang);
  const title = t('assignments.grading.title', { name: found.learner.name });
  const base = `/facilitate/runs/${runId}/submissions/${submission.id}`;
  return (
    <Layout page={page} title={title}>
      <p>
        <a href={`/facilitate/runs/${runId}/submissions`} safe>
          {t('assignments.grading.backToQueue')}
        </a>
      </p>
      <h1 dir="auto" safe>
        {title}
      </h1>
      <Notice page={page} messageKey={noticeKey} />
      <ul class="meta">
        <li dir="auto" safe>
          {t('assignments.grading.lesson', { lesson: lessonTitle })}
        </li>
        <li safe>
          {t('assignments.state.submitted', { when: page.formatDateTime(submission.submittedAt) })}
        </li>
      </ul>
      <section aria-labelledby="submission-title">
        <h2 id="submission-title" safe>
          {t('assignments.grading.submission')}
        </h2>
        <SubmissionBody page={page} submission={submission} fileHref={`${base}/file`} />
      </section>
      {submission.status === 'graded' ? (
        <GradeSummary page={page} submission={submission} settings={settings} />
      ) : (
        <section aria-labelledby="grade-form-title">
          <h2 id="grade-form-title" safe>
            {t('assignments.grading.formTitle')}
          </h2>
          <ErrorSummary page={page} errors={form.errors} />
          <form method="post" action={`${base}/grade`} class="stack" novalidate>
            <CsrfField page={page} />
            <TextField
              page={page}
              form={form}
              name="score"
              type="number"
              required
              label={t('assignments.grading.score', {
                max: page.formatNumber(settings.maxScore),
              })}
              hint={t('assignments.grading.scoreHint', {
                pass: page.formatNumber(settings.passMark),
              })}
            />
            <TextAreaField
              page={page}
              form={form}
              name="feedback"
              label={t('assignments.grading.feedback')}
              maxlength={5000}
              rows={8}
            />
            <p class="hint" safe>
              {t('assignments.grading.final')}
            </p>
            <p>
              <SubmitButton>
                <span safe>{t('assignments.grading.save')}</span>
              </SubmitButton>
            </p>
          </form>
        </section>
      )}
    </Layout>
  );
}
