import { LANGUAGE_NAMES, isLanguage } from '../../../web/i18n.ts';
import type { Page } from '../../../web/page.ts';
import type { Localised } from '../learning-path.ts';
import type { RunSummary } from '../learning.queries.ts';
import { languageName } from '../../../web/language-names.ts';

// Pieces shared by the learner's pages: run dates, the content-language choice, fallback notes.

/** The run's dates, or that it is open at any time. */
export function RunDates({ page, run }: { page: Page; run: RunSummary }): JSX.Element {
  const { t } = page;
  if (run.isAlwaysOpen || !run.startsOn)
    return (
      <p class="meta" safe>
        {t('learning.run.anyTime')}
      </p>
    );
  const start = page.formatDate(run.startsOn, 'medium');
  const end = run.endsOn ? page.formatDate(run.endsOn, 'medium') : start;
  return (
    <p class="meta" safe>
      {t('learning.run.dates', { start, end })}
    </p>
  );
}

/** Links to read the course in each language it is offered in (none when it has only one). */
export function ContentLanguageChoice(props: {
  page: Page;
  baseHref: string;
  languages: string[];
  language: string;
}): JSX.Element {
  if (props.languages.length < 2) return <></>;
  return (
    <nav aria-labelledby="content-language-title">
      <p id="content-language-title" safe>
        {props.page.t('learning.contentLanguage')}
      </p>
      <ul>
        {props.languages.filter(isLanguage).map((l) => (
          <li>
            <a
              href={`${props.baseHref}?lang=${l}`}
              lang={l}
              hreflang={l}
              aria-current={l === props.language ? 'true' : undefined}
              safe
            >
              {LANGUAGE_NAMES[l]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** A visible note when a text is shown in another language than the one chosen. */
export function FallbackNote(props: {
  page: Page;
  text: Localised;
  wanted: string;
  messageKey: string;
}): JSX.Element {
  if (props.text.language === props.wanted || props.text.text === '') return <></>;
  const { page } = props;
  return (
    <p class="badge" role="note" safe>
      {page.t(props.messageKey, {
        wanted: languageName(props.wanted, page.lang),
        shown: languageName(props.text.language, page.lang),
      })}
    </p>
  );
}

/** A lesson's address for learners, keeping the chosen content language. */
export function lessonHref(runId: number, lessonId: number, language: string): string {
  return `/learn/${runId}/lessons/${lessonId}?lang=${language}`;
}

/** A lesson's kind, and whether it is done or optional, in words (not by colour alone). */
export function lessonFacts(
  page: Page,
  lesson: { kind: string; done: boolean; isRequired: boolean },
  preview: boolean,
): string {
  const { t } = page;
  return [
    t(`courses.kinds.${lesson.kind}`),
    preview ? '' : t(lesson.done ? 'learning.lesson.done' : 'learning.lesson.notDone'),
    lesson.isRequired ? '' : t('learning.lesson.optional'),
  ]
    .filter(Boolean)
    .join(' · ');
}

/** Said on every page an editor or facilitator opens without being enrolled. */
export function PreviewNote({ page, preview }: { page: Page; preview: boolean }): JSX.Element {
  if (!preview) return <></>;
  return (
    <p class="notice" role="note" safe>
      {page.t('learning.preview')}
    </p>
  );
}
