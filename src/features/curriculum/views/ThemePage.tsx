import type { Page } from '../../../web/page.ts';
import { Layout } from '../../../web/views/Layout.tsx';
import type { CatalogueEntry } from '../../courses/catalogue.service.ts';
import { RelatedCourses } from '../../courses/views/catalogue-card.tsx';
import type { EventSummary } from '../../events/event-text.ts';
import { UpcomingEvents } from '../../events/views/event-parts.tsx';
import type { PracticeSummary } from '../../cityshare/practice.service.ts';
import { ThemePractices } from '../../cityshare/views/PracticeCards.tsx';
import type { CurriculumSummary, ThemeSummary } from '../curriculum.service.ts';
import { CurriculumList } from './CurriculumList.tsx';
import { Translated } from './Translated.tsx';

/** One theme: its summary, the curricula that cover it, its courses, and what will be listed here later. */
export function ThemePage({
  page,
  theme,
  curricula,
  courses,
  events,
  practices,
}: {
  page: Page;
  theme: ThemeSummary;
  curricula: CurriculumSummary[];
  courses: CatalogueEntry[];
  events: EventSummary[];
  practices: PracticeSummary[];
}): JSX.Element {
  const { t } = page;
  const fallback = theme.language !== page.lang;
  return (
    <Layout page={page} title={theme.name}>
      <p class="meta">
        <a href="/themes" safe>
          {t('curriculum.themes.title')}
        </a>
      </p>
      <h1 lang={fallback ? theme.language : undefined} dir={fallback ? 'ltr' : undefined} safe>
        {theme.name}
      </h1>
      <Translated page={page} language={theme.language} text={theme.summary} />
      <section aria-labelledby="theme-curricula">
        <h2 id="theme-curricula" safe>
          {t('curriculum.theme.curriculaTitle')}
        </h2>
        <CurriculumList page={page} curricula={curricula} emptyKey="curriculum.theme.noCurricula" />
      </section>
      <RelatedCourses
        page={page}
        courses={courses}
        catalogueHref={`/courses?theme=${encodeURIComponent(theme.slug)}`}
      />
      <UpcomingEvents
        page={page}
        events={events}
        calendarHref={`/events?theme=${encodeURIComponent(theme.slug)}`}
        feedHref={`/themes/${encodeURIComponent(theme.slug)}/events.ics`}
      />
      <ThemePractices page={page} themeSlug={theme.slug} practices={practices} />
      <section aria-labelledby="theme-later">
        <h2 id="theme-later" safe>
          {t('catalogue.related.laterTitle')}
        </h2>
        <p safe>{t('catalogue.related.themeLater')}</p>
      </section>
    </Layout>
  );
}
