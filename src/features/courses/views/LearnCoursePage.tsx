import type { Page } from '../../../web/page.ts';
import { Notice } from '../../../web/views/forms.tsx';
import { Layout } from '../../../web/views/Layout.tsx';
import { EventCard } from '../../events/views/event-parts.tsx';
import type { LearnerCourseHome } from '../learning.service.ts';
import { langAttrs } from './catalogue-card.tsx';
import {
  ContentLanguageChoice,
  FallbackNote,
  lessonFacts,
  lessonHref,
  PreviewNote,
  RunDates,
} from './LearnParts.tsx';
import { ProgressBar } from './ProgressBar.tsx';

/** The learner's course home: progress, "continue", and the syllabus with what is done. */
export function LearnCoursePage({
  page,
  course,
  noticeKey,
}: {
  page: Page;
  course: LearnerCourseHome;
  noticeKey?: string;
}): JSX.Element {
  const { t } = page;
  const { run, language } = course;
  const hasLessons = course.modules.some((m) => m.lessons.length > 0);
  const preview = course.status === null;
  return (
    <Layout page={page} title={course.title.text}>
      <p>
        <a href="/learning" safe>
          {t('learning.dashboard.title')}
        </a>
      </p>
      <h1 {...langAttrs(page, course.title)} safe>
        {course.title.text}
      </h1>
      <FallbackNote
        page={page}
        text={course.title}
        wanted={course.wanted}
        messageKey="learning.fallback.course"
      />
      <Notice page={page} messageKey={noticeKey} />
      <PreviewNote page={page} preview={preview} />
      <RunDates page={page} run={run} />
      {preview ? (
        ''
      ) : (
        <p>
          <a href={`/discussions/run/${run.id}`} safe>
            {t('discussions.link')}
          </a>
        </p>
      )}
      {course.status === 'completed' ? (
        <p>
          <span class="badge" safe>
            {t('learning.enrolmentStatus.completed')}
          </span>{' '}
          <a href="/certificates/mine" safe>
            {t('learning.dashboard.certificate')}
          </a>
        </p>
      ) : (
        ''
      )}
      <ContentLanguageChoice
        page={page}
        baseHref={`/learn/${run.id}`}
        languages={course.languages}
        language={language}
      />
      {preview ? '' : <ProgressBar page={page} progress={course.progress} id="course-progress" />}
      {course.continueLessonId !== null ? (
        <p>
          <a class="button" href={lessonHref(run.id, course.continueLessonId, language)} safe>
            {t('learning.continue')}
          </a>
        </p>
      ) : hasLessons && !preview ? (
        <p safe>{t('learning.allDone')}</p>
      ) : (
        ''
      )}
      <section aria-labelledby="syllabus-title">
        <h2 id="syllabus-title" safe>
          {t('learning.syllabus')}
        </h2>
        {hasLessons ? '' : <p safe>{t('learning.noLessons')}</p>}
        {course.modules.map((m) => (
          <>
            <h3 {...langAttrs(page, m.title)} safe>
              {m.title.text}
            </h3>
            <ol>
              {m.lessons.map((l) => (
                <li>
                  <a href={lessonHref(run.id, l.id, language)} {...langAttrs(page, l.title)} safe>
                    {l.title.text}
                  </a>{' '}
                  <span class="meta" safe>
                    {lessonFacts(page, l, preview)}
                  </span>
                </li>
              ))}
            </ol>
          </>
        ))}
      </section>
      {course.liveSessions.length > 0 ? (
        <section aria-labelledby="live-sessions-title">
          <h2 id="live-sessions-title" safe>
            {t('learning.liveSessions')}
          </h2>
          <ul class="card-grid">
            {course.liveSessions.map((event) => (
              <EventCard page={page} event={event} />
            ))}
          </ul>
        </section>
      ) : (
        ''
      )}
    </Layout>
  );
}
