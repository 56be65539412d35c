import { renderMarkdown } from '../../../web/markdown.ts';
import type { Page } from '../../../web/page.ts';
import type { AssignmentSettings, Submission } from '../assignments.queries.ts';

// Pieces the assignment pages share.

/** The text in the reader's language, else English, else any language there is. */
export function pick(texts: Record<string, string>, lang: string): string {
  return texts[lang] ?? texts.en ?? Object.values(texts)[0] ?? '';
}

/** A size in megabytes, formatted for the reader. */
export function megabytes(page: Page, bytes: number): string {
  return page.formatNumber(Math.floor((bytes / (1024 * 1024)) * 10) / 10);
}

/** A labelled input that forms.tsx does not offer (date-time, file), with its error. */
export function InputField(props: {
  page: Page;
  name: string;
  label: string;
  type: 'datetime-local' | 'file';
  value?: string;
  accept?: string;
  hint?: string;
  error?: string;
}): JSX.Element {
  const id = `field-${props.name}`;
  const describedBy = [props.hint ? `${id}-hint` : '', props.error ? `${id}-error` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div class={props.error ? 'field field-error' : 'field'}>
      <label for={id} safe>
        {props.label}
      </label>
      {props.hint ? (
        <p class="hint" id={`${id}-hint`} safe>
          {props.hint}
        </p>
      ) : (
        ''
      )}
      {props.error ? (
        <p class="error" id={`${id}-error`} safe>
          {props.page.t(props.error)}
        </p>
      ) : (
        ''
      )}
      <input
        id={id}
        name={props.name}
        type={props.type}
        value={props.value}
        accept={props.accept}
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={describedBy || undefined}
      />
    </div>
  );
}

/** What the submission says: its text (Markdown, rendered to a safe subset) and its file. */
export function SubmissionBody({
  page,
  submission,
  fileHref,
}: {
  page: Page;
  submission: Submission;
  fileHref: string;
}): JSX.Element {
  const safeText = submission.text ? renderMarkdown(submission.text) : '';
  return (
    <>
      {safeText ? (
        <div class="card" dir="auto">
          {safeText}
        </div>
      ) : (
        ''
      )}
      {submission.fileId ? (
        <p>
          <span safe>{page.t('assignments.submission.file')}</span>{' '}
          <a href={fileHref} dir="auto" safe>
            {submission.fileName}
          </a>
        </p>
      ) : (
        ''
      )}
    </>
  );
}

/** The grade of a graded submission: score, pass or not, the facilitator's feedback. */
export function GradeSummary({
  page,
  submission,
  settings,
}: {
  page: Page;
  submission: Submission;
  settings: AssignmentSettings;
}): JSX.Element {
  if (submission.status !== 'graded' || submission.score === null) return <></>;
  const { t } = page;
  const passed = submission.score >= settings.passMark;
  const safeFeedback = renderMarkdown(submission.feedback);
  return (
    <section aria-labelledby="grade-title">
      <h2 id="grade-title" safe>
        {t('assignments.grade.title')}
      </h2>
      <p>
        <strong safe>
          {t('assignments.grade.score', {
            score: page.formatNumber(submission.score),
            max: page.formatNumber(settings.maxScore),
          })}
        </strong>{' '}
        <span class="badge" safe>
          {t(passed ? 'assignments.grade.passed' : 'assignments.grade.notPassed')}
        </span>
      </p>
      {submission.feedback ? (
        <>
          <h3 safe>{t('assignments.grade.feedback')}</h3>
          <div class="card" dir="auto">
            {safeFeedback}
          </div>
        </>
      ) : (
        ''
      )}
    </section>
  );
}
