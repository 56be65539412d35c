import type { Page } from '../../../web/page.ts';
import { Layout } from '../../../web/views/Layout.tsx';
import type { ThemeSummary } from '../../curriculum/curriculum.service.ts';
import type { NewsItem } from '../../news/news.service.ts';
import { NewsCard } from '../../news/views/news-parts.tsx';

// Sections of the platform whose address is their name.
const SECTIONS = ['library', 'cityshare'] as const;

export function HomePage({
  page,
  themes,
  news,
}: {
  page: Page;
  themes: ThemeSummary[];
  news: NewsItem[];
}): JSX.Element {
  const { t } = page;
  return (
    <Layout page={page} title={t('site.home.title')}>
      <section class="hero">
        <h1 safe>{t('site.home.heading')}</h1>
        <p class="lead" safe>
          {t('site.home.lead')}
        </p>
        {page.actor ? (
          ''
        ) : (
          <p>
            <a class="button" href="/sign-up" safe>
              {t('site.home.join')}
            </a>{' '}
            <a href="/about" safe>
              {t('site.home.learnMore')}
            </a>
          </p>
        )}
      </section>
      <section aria-labelledby="themes-title">
        <h2 id="themes-title" safe>
          {t('site.home.themesTitle')}
        </h2>
        <ul class="card-grid">
          {themes.map((theme) => (
            <li class="card">
              <h3>
                <a href={`/themes/${theme.slug}`} safe>
                  {theme.name}
                </a>
              </h3>
              <p safe>{theme.summary}</p>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="news-title">
        <h2 id="news-title" safe>
          {t('news.home.title')}
        </h2>
        {news.length ? (
          <ul class="card-grid">
            {news.map((item) => (
              <NewsCard page={page} item={item} />
            ))}
          </ul>
        ) : (
          <p safe>{t('news.home.empty')}</p>
        )}
        <p>
          <a href="/news" safe>
            {t('news.home.all')}
          </a>
        </p>
      </section>
      <section aria-labelledby="sections-title">
        <h2 id="sections-title" safe>
          {t('site.home.sectionsTitle')}
        </h2>
        <ul class="card-grid">
          <li class="card">
            <h3>
              <a href="/courses" safe>
                {t('site.sections.courses.name')}
              </a>
            </h3>
            <p safe>{t('site.sections.courses.summary')}</p>
          </li>
          <li class="card">
            <h3>
              <a href="/events" safe>
                {t('site.sections.events.name')}
              </a>
            </h3>
            <p safe>{t('site.sections.events.summary')}</p>
          </li>
          {SECTIONS.map((s) => (
            <li class="card">
              <h3>
                <a href={`/${s}`} safe>
                  {t(`site.sections.${s}.name`)}
                </a>
              </h3>
              <p safe>{t(`site.sections.${s}.summary`)}</p>
            </li>
          ))}
          <li class="card">
            <h3>
              <a href="/organisations" safe>
                {t('site.sections.organisations.name')}
              </a>
            </h3>
            <p safe>{t('site.sections.organisations.summary')}</p>
          </li>
        </ul>
      </section>
    </Layout>
  );
}
