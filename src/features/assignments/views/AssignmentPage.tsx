import { acceptAttribute } from '../../../files/index.ts';
import { renderMarkdown } from '../../../web/markdown.ts';
import type { Page } from '../../../web/page.ts';
import {
  CsrfField,
  ErrorSummary,
  Notice,
  SubmitButton,
  TextAreaField,
  type FormState,
} from '../../../web/views/forms.tsx';
import { Layout } from '../../../web/views/Layout.tsx';
import type { LearnerAssignment } from '../learner.service.ts';
import { GradeSummary, InputField, megabytes, pick, SubmissionBody } from './parts.tsx';

export interface AssignmentPageProps {
  page: Page;
  assignment: LearnerAssignment;
  form: FormState;
  noticeKey?: string;
}

/** A learner's assignment: instructions, deadline, their submission and grade, and the form. */
export function AssignmentPage({
  page,
  assignment,
  form,
  noticeKey,
}: AssignmentPageProps): JSX.Element {
  const { t } = page;
  const { settings, submission, refusal, runId, lessonId } = assignment;
  const titles = Object.fromEntries(Object.entries(assignment.texts).map(([l, x]) => [l, x.title]));
  const bodies = Object.fromEntries(Object.entries(assignment.texts).map(([l, x]) => [l, x.body]));
  const title = pick(titles, page.lang) || t('assignments.learner.untitled');
  const safeInstructions = renderMarkdown(pick(bodies, page.lang));
  const base = `/learn/${runId}/assignment/${lessonId}`;
  return (
    <Layout page={page} title={title}>
      <p>
        <a href={`/learn/${runId}`} safe>
          {t('assignments.learner.backToCourse')}
        </a>
      </p>
      <h1 dir="auto" safe>
        {title}
      </h1>
      <Notice page={page} messageKey={noticeKey} />
      <ErrorSummary page={page} errors={form.errors} />
      <ul class="meta">
        <li safe>
          {settings.deadlineAt
            ? t('assignments.learner.deadline', {
                when: page.formatDateTimeForReader(settings.deadlineAt),
              })
            : t('assignments.learner.noDeadline')}
        </li>
        <li safe>
          {t('assignments.learner.passMark', {
            pass: page.formatNumber(settings.passMark),
            max: page.formatNumber(settings.maxScore),
          })}
        </li>
      </ul>
      <section aria-labelledby="instructions-title">
        <h2 id="instructions-title" safe>
          {t('assignments.learner.instructions')}
        </h2>
        <div class="prose" dir="auto">
          {safeInstructions}
        </div>
      </section>
      <section aria-labelledby="submission-title">
        <h2 id="submission-title" safe>
          {t('assignments.learner.yourSubmission')}
        </h2>
        {submission ? (
          <>
            <p safe>
              {t(
                submission.status === 'graded'
                  ? 'assignments.state.graded'
                  : 'assignments.state.submitted',
                { when: page.formatDateTime(submission.submittedAt) },
              )}
            </p>
            <SubmissionBody page={page} submission={submission} fileHref={`${base}/file`} />
          </>
        ) : (
          <p safe>{t('assignments.state.none')}</p>
        )}
      </section>
      {submission ? <GradeSummary page={page} submission={submission} settings={settings} /> : ''}
      {refusal ? (
        <p class="notice" role="status" safe>
          {t(refusal)}
        </p>
      ) : (
        <SubmissionForm page={page} assignment={assignment} form={form} action={`${base}/submit`} />
      )}
    </Layout>
  );
}

function SubmissionForm({
  page,
  assignment,
  form,
  action,
}: {
  page: Page;
  assignment: LearnerAssignment;
  form: FormState;
  action: string;
}): JSX.Element {
  const { t } = page;
  const { settings, submission } = assignment;
  const fileHint = [
    t('assignments.learner.fileHint', { max: megabytes(page, settings.maxFileBytes) }),
    submission?.fileId ? t('assignments.learner.fileReplaces') : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <section aria-labelledby="submit-title">
      <h2 id="submit-title" safe>
        {t(submission ? 'assignments.learner.resubmitTitle' : 'assignments.learner.submitTitle')}
      </h2>
      {/* The CSRF token comes first: the server checks it before reading the file. */}
      <form method="post" action={action} enctype="multipart/form-data" class="stack" novalidate>
        <CsrfField page={page} />
        {settings.acceptsText ? (
          <TextAreaField
            page={page}
            form={form}
            name="text"
            label={t('assignments.learner.text')}
            maxlength={20000}
            rows={10}
          />
        ) : (
          ''
        )}
        {settings.acceptsFile ? (
          <InputField
            page={page}
            name="file"
            type="file"
            label={t('assignments.learner.file')}
            accept={acceptAttribute}
            hint={fileHint}
            error={form.errors.file}
          />
        ) : (
          ''
        )}
        <p>
          <SubmitButton>
            <span safe>{t('assignments.learner.submit')}</span>
          </SubmitButton>
        </p>
      </form>
    </section>
  );
}
