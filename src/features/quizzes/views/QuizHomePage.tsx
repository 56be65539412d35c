import { languageName } from '../../../web/language-names.ts';
import { renderMarkdown } from '../../../web/markdown.ts';
import type { Page } from '../../../web/page.ts';
import { Notice } from '../../../web/views/forms.tsx';
import { Layout } from '../../../web/views/Layout.tsx';
import type { getQuizHome } from '../attempts.service.ts';
import { AttemptList } from './AttemptList.tsx';
import { percent, pick } from './text.ts';

type Home = Awaited<ReturnType<typeof getQuizHome>>;

/** A quiz for a learner: its introduction and rules, their attempts, and the button to start. */
export function QuizHomePage({
  page,
  home,
  runId,
  noticeKey,
}: {
  page: Page;
  home: Home;
  runId: number;
  noticeKey?: string;
}): JSX.Element {
  const { t } = page;
  const { lesson, settings } = home;
  const text = pick(Object.fromEntries(lesson.texts.map((x) => [x.language, x])), page.lang);
  const title = text?.title || t('quizzes.edit.untitled');
  const base = `/learn/${runId}/quiz/${lesson.lessonId}`;
  const unlimited = settings.maxAttempts === null;
  // The lesson's Markdown is the introduction, rendered to a safe subset of HTML.
  const safeIntro = text?.body ? renderMarkdown(text.body) : '';
  return (
    <Layout page={page} title={title}>
      <p>
        <a href={`/learn/${runId}/lessons/${lesson.lessonId}`} safe>
          {t('quizzes.take.backToLesson')}
        </a>
      </p>
      <h1 dir="auto" safe>
        {title}
      </h1>
      <Notice page={page} messageKey={noticeKey} />
      {text && text.language !== page.lang ? (
        <p class="hint" safe>
          {t('quizzes.take.shownIn', { language: languageName(text.language, page.lang) })}
        </p>
      ) : (
        ''
      )}
      {text?.body ? (
        <div class="prose" dir="auto" lang={text.language}>
          {safeIntro}
        </div>
      ) : (
        ''
      )}
      <h2 safe>{t('quizzes.take.rules')}</h2>
      <ul>
        <li safe>{t('quizzes.take.questionCount', { n: home.questions.length })}</li>
        <li safe>{t('quizzes.take.passMark', { mark: percent(page, settings.passMark) })}</li>
        <li safe>
          {unlimited
            ? t('quizzes.take.attemptsUnlimited')
            : t('quizzes.take.attemptsLimited', {
                max: settings.maxAttempts ?? 0,
                left: home.left ?? 0,
              })}
        </li>
        <li safe>
          {settings.timeLimitMinutes === null
            ? t('quizzes.take.noTimeLimit')
            : t('quizzes.take.timeLimit', { count: settings.timeLimitMinutes })}
        </li>
      </ul>
      {home.passed ? (
        <p class="notice" safe>
          {t('quizzes.take.alreadyPassed')}
        </p>
      ) : (
        ''
      )}
      <StartOrResume page={page} home={home} base={base} />
      <AttemptList page={page} attempts={home.attempts} base={base} />
    </Layout>
  );
}

function StartOrResume({ page, home, base }: { page: Page; home: Home; base: string }) {
  const { t } = page;
  if (home.open)
    return (
      <p>
        <a class="button" href={`${base}/attempts/${home.open.id}`} safe>
          {t('quizzes.take.resume')}
        </a>
      </p>
    );
  if (!home.takeable) return <p safe>{t('quizzes.take.notReady')}</p>;
  if (home.left === 0)
    return (
      <p safe>{t('quizzes.errors.noAttemptsLeft', { count: home.settings.maxAttempts ?? 0 })}</p>
    );
  return (
    <form method="post" action={`${base}/attempts`}>
      <input type="hidden" name="_csrf" value={page.csrf} />
      <button type="submit" class="button" safe>
        {t(home.attempts.length === 0 ? 'quizzes.take.start' : 'quizzes.take.startAgain')}
      </button>
    </form>
  );
}
