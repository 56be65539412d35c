import type { Page } from '../../../web/page.ts';
import { CsrfField, ErrorSummary, Notice, SubmitButton } from '../../../web/views/forms.tsx';
import { Layout } from '../../../web/views/Layout.tsx';
import { EventCard } from '../../events/views/event-parts.tsx';
import type { RunEditor } from '../runs.service.ts';
import { pickTitle } from './labels.ts';
import { RunFields, type RunFormState } from './RunFields.tsx';
import { runName, seatsText } from './RunLabels.tsx';

/** One run for its editors: details, facilitators, applications, cancelling. */
export function RunEditPage(props: {
  page: Page;
  editor: RunEditor;
  form: RunFormState;
  noticeKey?: string;
}): JSX.Element {
  const { page, editor, form } = props;
  const { t } = page;
  const { run } = editor;
  const title = runName(page, run);
  return (
    <Layout page={page} title={title}>
      <p>
        <a href={`/authoring/courses/${editor.course.id}/runs`} dir="auto" safe>
          {t('runs.manage.title', { course: pickTitle(editor.titles, page.lang) })}
        </a>
      </p>
      <h1 dir="auto" safe>
        {title}
      </h1>
      <Notice page={page} messageKey={props.noticeKey} />
      <p class="meta">
        <span class="badge" safe>
          {t(`runs.status.${run.status}`)}
        </span>{' '}
        <span safe>{seatsText(page, run)}</span>
      </p>
      <p>
        <a href={`/authoring/runs/${run.id}/applications`} safe>
          {t('runs.applications.link')}
        </a>
      </p>
      <section aria-labelledby="run-details-title">
        <h2 id="run-details-title" safe>
          {t('runs.manage.details')}
        </h2>
        <ErrorSummary page={page} errors={form.errors} />
        <form method="post" action={`/authoring/runs/${run.id}`} class="stack" novalidate>
          <CsrfField page={page} />
          <RunFields
            page={page}
            form={form}
            alwaysOpen={run.isAlwaysOpen}
            facilitatorChoices={editor.facilitatorChoices}
          />
          <p>
            <SubmitButton>
              <span safe>{t('common.form.save')}</span>
            </SubmitButton>
          </p>
        </form>
      </section>
      <section aria-labelledby="live-sessions-title">
        <h2 id="live-sessions-title" safe>
          {t('runs.liveSessions.title')}
        </h2>
        {editor.liveSessions.length === 0 ? (
          <p safe>{t('runs.liveSessions.none')}</p>
        ) : (
          <ul class="card-grid">
            {editor.liveSessions.map((event) => (
              <EventCard page={page} event={event} />
            ))}
          </ul>
        )}
        <p>
          <a href="/authoring/events/new" safe>
            {t('runs.liveSessions.plan')}
          </a>
        </p>
      </section>
      {run.status === 'scheduled' ? (
        <section aria-labelledby="cancel-run-title">
          <h2 id="cancel-run-title" safe>
            {t('runs.cancel.title')}
          </h2>
          <p safe>{t('runs.cancel.explain')}</p>
          <form method="post" action={`/authoring/runs/${run.id}/cancel`}>
            <CsrfField page={page} />
            <button type="submit" class="button-danger" safe>
              {t('runs.cancel.button')}
            </button>
          </form>
        </section>
      ) : (
        ''
      )}
    </Layout>
  );
}
