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
import type { ResourceLink } from '../../library/resources-for.service.ts';
import { ResourceLinkList } from '../../library/views/ResourceLinkList.tsx';

/** One theme: its summary, the curricula that cover it, its courses, events, practices and library resources. */
export function ThemePage({
  page,
  theme,
  curricula,
  courses,
  events,
  practices,
  resources,
}: {
  page: Page;
  theme: ThemeSummary;
  curricula: CurriculumSummary[];
  courses: CatalogueEntry[];
  events: EventSummary[];
  practices: PracticeSummary[];
  resources: ResourceLink[];
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
      {page.actor ? (
        <p>
          <a href={`/discussions/theme/${theme.id}`} safe>
            {t('discussions.link')}
          </a>
        </p>
      ) : (
        ''
      )}
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
      <section aria-labelledby="theme-resources">
        <h2 id="theme-resources" safe>
          {t('catalogue.related.resourcesTitle')}
        </h2>
        {resources.length ? (
          <ResourceLinkList page={page} items={resources} />
        ) : (
          <p safe>{t('catalogue.related.noResources')}</p>
        )}
        <p>
          <a href={`/library?theme=${encodeURIComponent(theme.slug)}`} safe>
            {t('catalogue.related.allResources')}
          </a>
        </p>
      </section>
    </Layout>
  );
}
