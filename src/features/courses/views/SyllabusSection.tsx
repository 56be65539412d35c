import type { Page } from '../../../web/page.ts';
import { CsrfField } from '../../../web/views/forms.tsx';
import type { CourseEditor } from '../courses.service.ts';
import { pickTitle } from './labels.ts';

interface Props {
  page: Page;
  editor: CourseEditor;
  /** The content language being edited: new titles are written in it. */
  language: string;
}

/** A small form with one button that posts to `action` (move, delete). */
function ActionButton(props: {
  page: Page;
  action: string;
  label: string;
  name?: string;
  value?: string;
  danger?: boolean;
  /** The id of what the button acts on (its heading or link), for screen readers. */
  describedBy: string;
}): JSX.Element {
  return (
    <form method="post" action={props.action} class="inline-form">
      <CsrfField page={props.page} />
      {props.name ? <input type="hidden" name={props.name} value={props.value} /> : ''}
      <button
        type="submit"
        class={props.danger ? 'button-danger' : 'button-secondary'}
        aria-describedby={props.describedBy}
        safe
      >
        {props.label}
      </button>
    </form>
  );
}

function TitleForm(props: {
  page: Page;
  action: string;
  id: string;
  label: string;
  button: string;
  language: string;
  value?: string;
}): JSX.Element {
  return (
    <form method="post" action={props.action} class="stack">
      <CsrfField page={props.page} />
      <input type="hidden" name="language" value={props.language} />
      <div class="field">
        <label for={props.id} safe>
          {props.label}
        </label>
        <input id={props.id} name="title" required maxlength={200} dir="auto" value={props.value} />
      </div>
      <button type="submit" class="button-secondary" safe>
        {props.button}
      </button>
    </form>
  );
}

/** The course's modules and lessons, with forms to add, rename, reorder and delete them. */
export function SyllabusSection({ page, editor, language }: Props): JSX.Element {
  const { t } = page;
  const draft = editor.course.status === 'draft';
  const move = (path: string, direction: 'up' | 'down', describedBy: string) => (
    <ActionButton
      page={page}
      describedBy={describedBy}
      action={`${path}/move`}
      name="direction"
      value={direction}
      label={t(direction === 'up' ? 'courses.syllabus.moveUp' : 'courses.syllabus.moveDown')}
    />
  );
  return (
    <section aria-labelledby="syllabus-title">
      <h2 id="syllabus-title" safe>
        {t('courses.syllabus.title')}
      </h2>
      {editor.modules.length === 0 ? <p safe>{t('courses.syllabus.empty')}</p> : ''}
      <ol class="stack">
        {editor.modules.map((m, index) => (
          <li>
            <h3 id={`module-${m.id}`} dir="auto" safe>
              {pickTitle(m.titles, language) || t('courses.syllabus.untitled')}
            </h3>
            <TitleForm
              page={page}
              action={`/authoring/modules/${m.id}`}
              id={`module-${m.id}-title`}
              label={t('courses.syllabus.moduleTitle')}
              button={t('courses.syllabus.rename')}
              language={language}
              value={m.titles[language] ?? ''}
            />
            <div>
              {index > 0 ? move(`/authoring/modules/${m.id}`, 'up', `module-${m.id}`) : ''}
              {index < editor.modules.length - 1
                ? move(`/authoring/modules/${m.id}`, 'down', `module-${m.id}`)
                : ''}
              {draft ? (
                <ActionButton
                  page={page}
                  action={`/authoring/modules/${m.id}/delete`}
                  describedBy={`module-${m.id}`}
                  label={t('courses.syllabus.deleteModule')}
                  danger
                />
              ) : (
                ''
              )}
            </div>
            <ol>
              {m.lessons.map((l, li) => (
                <li>
                  <a
                    id={`lesson-${l.id}`}
                    href={`/authoring/lessons/${l.id}?lang=${language}`}
                    dir="auto"
                    safe
                  >
                    {pickTitle(l.titles, language)}
                  </a>{' '}
                  <span class="meta" safe>
                    {t(`courses.kinds.${l.kind}`)}
                  </span>
                  {li > 0 ? move(`/authoring/lessons/${l.id}`, 'up', `lesson-${l.id}`) : ''}
                  {li < m.lessons.length - 1
                    ? move(`/authoring/lessons/${l.id}`, 'down', `lesson-${l.id}`)
                    : ''}
                  {draft ? (
                    <ActionButton
                      page={page}
                      action={`/authoring/lessons/${l.id}/delete`}
                      describedBy={`lesson-${l.id}`}
                      label={t('courses.syllabus.deleteLesson')}
                      danger
                    />
                  ) : (
                    ''
                  )}
                </li>
              ))}
            </ol>
            <TitleForm
              page={page}
              action={`/authoring/modules/${m.id}/lessons`}
              id={`module-${m.id}-new-lesson`}
              label={t('courses.syllabus.lessonTitle')}
              button={t('courses.syllabus.addLesson')}
              language={language}
            />
          </li>
        ))}
      </ol>
      <TitleForm
        page={page}
        action={`/authoring/courses/${editor.course.id}/modules`}
        id="new-module-title"
        label={t('courses.syllabus.moduleTitle')}
        button={t('courses.syllabus.addModule')}
        language={language}
      />
    </section>
  );
}
