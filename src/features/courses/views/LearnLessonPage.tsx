import { renderMarkdown } from '../../../web/markdown.ts';
import type { Page } from '../../../web/page.ts';
import { CsrfField, Notice } from '../../../web/views/forms.tsx';
import { fileSize } from '../../../web/views/FileField.tsx';
import { Layout } from '../../../web/views/Layout.tsx';
import { canMarkDone } from '../learning.policy.ts';
import type { LearnerLesson, SyllabusLesson } from '../learning.service.ts';
import { langAttrs } from './catalogue-card.tsx';
import {
  ContentLanguageChoice,
  FallbackNote,
  lessonFacts,
  lessonHref,
  PreviewNote,
} from './LearnParts.tsx';

/** The site a video link leads to, named so the learner knows where they go. */
function videoHost(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

/** What the learner does with the lesson beyond reading: watch, download, take, submit. */
function LessonAction(props: { page: Page; data: LearnerLesson }): JSX.Element {
  const { page } = props;
  const { t } = page;
  const { lesson, course, document } = props.data;
  const runId = course.run.id;
  switch (lesson.kind) {
    case 'video':
      // A plain link, not an embed: the CSP allows no third-party frames or scripts.
      return lesson.videoUrl ? (
        <p>
          <a class="button" href={lesson.videoUrl} rel="noopener noreferrer" safe>
            {t('learning.lesson.watch', { host: videoHost(lesson.videoUrl) })}
          </a>
        </p>
      ) : (
        <></>
      );
    case 'document':
      return document ? (
        <>
          <p>
            <a
              class="button"
              href={`/learn/${runId}/lessons/${lesson.id}/file?lang=${course.language}`}
              hreflang={document.language}
              safe
            >
              {t('learning.lesson.download', {
                name: document.fileName,
                size: fileSize(page, document.size),
              })}
            </a>
          </p>
          <FallbackNote
            page={page}
            text={{ text: document.fileName, language: document.language }}
            wanted={course.wanted}
            messageKey="learning.fallback.document"
          />
        </>
      ) : (
        <p class="meta" safe>
          {t('learning.lesson.noDocument')}
        </p>
      );
    case 'quiz':
    case 'assignment':
      return (
        <p>
          <a class="button" href={`/learn/${runId}/${lesson.kind}/${lesson.id}`} safe>
            {t(`learning.lesson.open.${lesson.kind}`)}
          </a>
        </p>
      );
    default:
      return <></>;
  }
}

function Neighbour(props: {
  page: Page;
  runId: number;
  language: string;
  lesson: SyllabusLesson | null;
  rel: 'prev' | 'next';
}): JSX.Element {
  if (!props.lesson) return <span />;
  const label = props.page.t(props.rel === 'prev' ? 'learning.previous' : 'learning.next');
  return (
    <a href={lessonHref(props.runId, props.lesson.id, props.language)} rel={props.rel}>
      <span safe>{label}</span>{' '}
      <span {...langAttrs(props.page, props.lesson.title)} safe>
        {props.lesson.title.text}
      </span>
    </a>
  );
}

/** A lesson as a learner reads it, with "mark as done" and the way to the previous and next. */
export function LearnLessonPage(props: {
  page: Page;
  data: LearnerLesson;
  noticeKey?: string;
}): JSX.Element {
  const { page, data } = props;
  const { t } = page;
  const { lesson, course } = data;
  const runId = course.run.id;
  const language = course.language;
  const preview = course.status === null;
  // Markdown rendered to a safe subset of HTML (raw HTML off, safe links only).
  const safeBody = renderMarkdown(lesson.body.text);
  return (
    <Layout page={page} title={lesson.title.text}>
      <p>
        <a href={`/learn/${runId}?lang=${language}`} {...langAttrs(page, course.title)} safe>
          {course.title.text}
        </a>
        {' · '}
        <span class="meta" {...langAttrs(page, lesson.moduleTitle)} safe>
          {lesson.moduleTitle.text}
        </span>
      </p>
      <h1 {...langAttrs(page, lesson.title)} safe>
        {lesson.title.text}
      </h1>
      <p class="meta" safe>
        {lessonFacts(page, lesson, preview)}
      </p>
      <FallbackNote
        page={page}
        text={lesson.title}
        wanted={course.wanted}
        messageKey="learning.fallback.lesson"
      />
      <Notice page={page} messageKey={props.noticeKey} />
      <PreviewNote page={page} preview={preview} />
      <ContentLanguageChoice
        page={page}
        baseHref={`/learn/${runId}/lessons/${lesson.id}`}
        languages={course.languages}
        language={language}
      />
      {lesson.body.text ? (
        <div class="prose" {...langAttrs(page, lesson.body)}>
          {safeBody}
        </div>
      ) : (
        ''
      )}
      <LessonAction page={page} data={data} />
      {canMarkDone(lesson) && !lesson.done && !preview ? (
        <form method="post" action={`/learn/${runId}/lessons/${lesson.id}/done`}>
          <CsrfField page={page} />
          <input type="hidden" name="lang" value={language} />
          <button type="submit" class="button" safe>
            {t('learning.lesson.markDone')}
          </button>
        </form>
      ) : (
        ''
      )}
      {lesson.done ? (
        <p class="badge" safe>
          {t('learning.lesson.youDidIt')}
        </p>
      ) : (
        ''
      )}
      <nav class="pagination" aria-label={t('learning.lessonNavigation')}>
        <Neighbour
          page={page}
          runId={runId}
          language={language}
          lesson={data.previous}
          rel="prev"
        />
        <Neighbour page={page} runId={runId} language={language} lesson={data.next} rel="next" />
      </nav>
    </Layout>
  );
}
