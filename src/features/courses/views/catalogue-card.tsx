import { languageName } from '../../../web/language-names.ts';
import type { Page } from '../../../web/page.ts';
import type { CatalogueEntry, Localised } from '../catalogue.service.ts';
import { runDates } from './RunLabels.tsx';

// Pieces shared by the catalogue, the course page and the theme and organisation pages.

/** The `lang` attribute for a text, set only when it is not in the reader's language. */
export function langOf(page: Page, text: Localised): string | undefined {
  return text.language === page.lang ? undefined : text.language;
}

/** `lang` and `dir` for a text shown in another language than the reader's (none otherwise). */
export function langAttrs(page: Page, text: Localised): { lang?: string; dir?: 'ltr' | 'rtl' } {
  const lang = langOf(page, text);
  return lang ? { lang, dir: lang === 'ar' ? 'rtl' : 'ltr' } : {};
}

/** Format, level, duration and content languages, as one line of facts. */
export function courseFacts(page: Page, entry: CatalogueEntry): string {
  const { t } = page;
  return [
    t(`courses.formats.${entry.format}`),
    t(`courses.levels.${entry.level}`),
    t('catalogue.duration', { hours: page.formatNumber(entry.durationHours) }),
    t('catalogue.languagesValue', {
      languages: entry.languages.map((l) => languageName(l, page.lang)).join(', '),
    }),
  ].join(' · ');
}

/** One course as a card in a list. */
export function CourseCard({ page, entry }: { page: Page; entry: CatalogueEntry }): JSX.Element {
  const { t } = page;
  return (
    <li class="card">
      <h3 {...langAttrs(page, entry.title)}>
        <a href={`/courses/${entry.slug}`} safe>
          {entry.title.text}
        </a>
      </h3>
      {langOf(page, entry.title) ? (
        <p class="badge" safe>
          {t('catalogue.notInYourLanguage', {
            language: languageName(entry.title.language, page.lang),
          })}
        </p>
      ) : (
        ''
      )}
      {entry.summary.text ? (
        <p {...langAttrs(page, entry.summary)} safe>
          {entry.summary.text}
        </p>
      ) : (
        ''
      )}
      <p class="meta" safe>
        {courseFacts(page, entry)}
      </p>
      {entry.nextRun ? (
        <p class="meta" safe>
          {t('runs.nextRun', { dates: runDates(page, entry.nextRun) })}
        </p>
      ) : (
        ''
      )}
      {entry.themes.length ? (
        <p class="meta">
          <span safe>{t('catalogue.themes')}</span>{' '}
          {entry.themes.map((th, i) => (
            <>
              {i > 0 ? ', ' : ''}
              <a href={`/themes/${th.slug}`} safe>
                {th.name}
              </a>
            </>
          ))}
        </p>
      ) : (
        ''
      )}
      {entry.partners.length ? (
        <p class="meta">
          <span safe>{t('catalogue.partners')}</span>{' '}
          {entry.partners.map((p, i) => (
            <>
              {i > 0 ? ', ' : ''}
              <a href={`/organisations/${p.slug}`} safe>
                {p.name}
              </a>
            </>
          ))}
        </p>
      ) : (
        ''
      )}
    </li>
  );
}

/** A page section listing a theme's or an organisation's published courses, for their pages. */
export function RelatedCourses(props: {
  page: Page;
  courses: CatalogueEntry[];
  /** The catalogue filtered the same way, for more than the first page. */
  catalogueHref: string;
}): JSX.Element {
  const { page, courses } = props;
  const { t } = page;
  return (
    <section aria-labelledby="related-courses">
      <h2 id="related-courses" safe>
        {t('catalogue.related.title')}
      </h2>
      {courses.length === 0 ? (
        <p safe>{t('catalogue.related.none')}</p>
      ) : (
        <>
          <ul class="card-grid">
            {courses.map((entry) => (
              <CourseCard page={page} entry={entry} />
            ))}
          </ul>
          <p>
            <a href={props.catalogueHref} safe>
              {t('catalogue.related.all')}
            </a>
          </p>
        </>
      )}
    </section>
  );
}
