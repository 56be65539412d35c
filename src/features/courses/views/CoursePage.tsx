import type { Page } from '../../../web/page.ts';
import { Notice } from '../../../web/views/forms.tsx';
import { Layout } from '../../../web/views/Layout.tsx';
import type { RunOffer } from '../enrolment-options.service.ts';
import type { CourseDetails, Link } from '../catalogue.service.ts';
import { courseFacts, langAttrs, langOf } from './catalogue-card.tsx';
import { languageName } from '../../../web/language-names.ts';
import { EnrolPanel } from './EnrolPanel.tsx';

function Links({ base, links }: { base: string; links: Link[] }): JSX.Element {
  return (
    <ul>
      {links.map((l) => (
        <li>
          <a href={`${base}/${l.slug}`} safe>
            {l.name}
          </a>
        </li>
      ))}
    </ul>
  );
}

/** A published course's public page: what it teaches, its syllabus and who offers it. */
export function CoursePage(props: {
  page: Page;
  course: CourseDetails;
  offers: RunOffer[];
  noticeKey?: string;
}): JSX.Element {
  const { page, course } = props;
  const { t } = page;
  const titleLang = langOf(page, course.title);
  return (
    <Layout page={page} title={course.title.text}>
      <h1 {...langAttrs(page, course.title)} safe>
        {course.title.text}
      </h1>
      {titleLang ? (
        <p class="badge" safe>
          {t('catalogue.notInYourLanguage', { language: languageName(titleLang, page.lang) })}
        </p>
      ) : (
        ''
      )}
      {course.summary.text ? (
        <p class="lead" {...langAttrs(page, course.summary)} safe>
          {course.summary.text}
        </p>
      ) : (
        ''
      )}
      <p class="meta" safe>
        {courseFacts(page, course)}
      </p>
      <Notice page={page} messageKey={props.noticeKey} />
      <EnrolPanel page={page} offers={props.offers} slug={course.slug} />
      {course.objectives.length ? (
        <section aria-labelledby="objectives-title">
          <h2 id="objectives-title" safe>
            {t('catalogue.course.objectives')}
          </h2>
          <ul {...langAttrs(page, { text: '', language: course.objectivesLanguage })}>
            {course.objectives.map((o) => (
              <li safe>{o}</li>
            ))}
          </ul>
        </section>
      ) : (
        ''
      )}
      <section aria-labelledby="syllabus-title">
        <h2 id="syllabus-title" safe>
          {t('catalogue.course.syllabus')}
        </h2>
        {course.modules.length === 0 ? (
          <p safe>{t('catalogue.course.noSyllabus')}</p>
        ) : (
          <ol>
            {course.modules.map((m) => (
              <li>
                <h3 {...langAttrs(page, m.title)} safe>
                  {m.title.text}
                </h3>
                {m.lessons.length ? (
                  <ol>
                    {m.lessons.map((l) => (
                      <li {...langAttrs(page, l)} safe>
                        {l.text}
                      </li>
                    ))}
                  </ol>
                ) : (
                  ''
                )}
              </li>
            ))}
          </ol>
        )}
      </section>
      {course.themes.length ? (
        <section aria-labelledby="themes-title">
          <h2 id="themes-title" safe>
            {t('catalogue.themes')}
          </h2>
          <Links base="/themes" links={course.themes} />
        </section>
      ) : (
        ''
      )}
      <section aria-labelledby="partners-title">
        <h2 id="partners-title" safe>
          {t('catalogue.partners')}
        </h2>
        <Links base="/organisations" links={course.partners} />
      </section>
      <p>
        <a href="/courses" safe>
          {t('catalogue.course.back')}
        </a>
      </p>
    </Layout>
  );
}
