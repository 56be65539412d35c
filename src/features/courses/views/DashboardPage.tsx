import type { Page } from '../../../web/page.ts';
import { Layout } from '../../../web/views/Layout.tsx';
import type { DashboardEntry } from '../dashboard.service.ts';
import { langAttrs, langOf } from './catalogue-card.tsx';
import { languageName } from '../../../web/language-names.ts';
import { RunDates } from './LearnParts.tsx';
import { ProgressBar } from './ProgressBar.tsx';

function EntryCard({ page, entry }: { page: Page; entry: DashboardEntry }): JSX.Element {
  const { t } = page;
  const { run } = entry;
  const headingId = `run-${run.id}`;
  const learning = entry.progress !== null;
  const fallback = langOf(page, entry.title);
  return (
    <li class="card">
      <h3 id={headingId} {...langAttrs(page, entry.title)}>
        <a href={learning ? `/learn/${run.id}` : `/courses/${run.courseSlug}`} safe>
          {entry.title.text}
        </a>
      </h3>
      {fallback ? (
        <p class="meta" safe>
          {t('learning.notInYourLanguage', { language: languageName(fallback, page.lang) })}
        </p>
      ) : (
        ''
      )}
      <p>
        <span class="badge" safe>
          {t(
            run.status === 'cancelled'
              ? 'learning.runCancelled'
              : `learning.enrolmentStatus.${entry.status}`,
          )}
        </span>
      </p>
      <RunDates page={page} run={run} />
      {entry.progress ? (
        <ProgressBar page={page} progress={entry.progress} id={`progress-${run.id}`} />
      ) : (
        ''
      )}
      {entry.continueLessonId !== null ? (
        <p>
          <a
            class="button"
            href={`/learn/${run.id}/lessons/${entry.continueLessonId}`}
            aria-describedby={headingId}
            safe
          >
            {t('learning.continue')}
          </a>
        </p>
      ) : (
        ''
      )}
      {entry.status === 'completed' ? (
        <p>
          <a href="/certificates/mine" aria-describedby={headingId} safe>
            {t('learning.dashboard.certificate')}
          </a>
        </p>
      ) : (
        ''
      )}
    </li>
  );
}

function Section(props: {
  page: Page;
  id: string;
  title: string;
  entries: DashboardEntry[];
}): JSX.Element {
  if (props.entries.length === 0) return <></>;
  return (
    <section aria-labelledby={props.id}>
      <h2 id={props.id} safe>
        {props.title}
      </h2>
      <ul class="card-grid">
        {props.entries.map((entry) => (
          <EntryCard page={props.page} entry={entry} />
        ))}
      </ul>
    </section>
  );
}

/** "My learning": runs in progress, runs waited for, and runs completed. */
export function DashboardPage({
  page,
  entries,
}: {
  page: Page;
  entries: DashboardEntry[];
}): JSX.Element {
  const { t } = page;
  const title = t('learning.dashboard.title');
  const having = (...statuses: string[]) => entries.filter((e) => statuses.includes(e.status));
  return (
    <Layout page={page} title={title}>
      <h1 safe>{title}</h1>
      {entries.length === 0 ? (
        <div class="card">
          <p safe>{t('learning.dashboard.empty')}</p>
          <p>
            <a class="button" href="/courses" safe>
              {t('learning.dashboard.findCourse')}
            </a>
          </p>
        </div>
      ) : (
        <>
          <Section
            page={page}
            id="in-progress"
            title={t('learning.dashboard.inProgress')}
            entries={having('enrolled')}
          />
          <Section
            page={page}
            id="waiting"
            title={t('learning.dashboard.waiting')}
            entries={having('applied', 'waitlisted')}
          />
          <Section
            page={page}
            id="completed"
            title={t('learning.dashboard.completed')}
            entries={having('completed')}
          />
          <p>
            <a href="/courses" safe>
              {t('learning.dashboard.findAnother')}
            </a>
          </p>
        </>
      )}
    </Layout>
  );
}
