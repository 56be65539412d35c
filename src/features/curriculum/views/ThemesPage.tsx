import type { Page } from '../../../web/page.ts';
import { Layout } from '../../../web/views/Layout.tsx';
import type { CurriculumSummary, ThemeSummary } from '../curriculum.service.ts';
import { CurriculumList } from './CurriculumList.tsx';
import { Translated } from './Translated.tsx';

/** The six themes with their summaries, and the curricula that organise them. */
export function ThemesPage({
  page,
  themes,
  curricula,
}: {
  page: Page;
  themes: ThemeSummary[];
  curricula: CurriculumSummary[];
}): JSX.Element {
  const { t } = page;
  return (
    <Layout page={page} title={t('curriculum.themes.title')}>
      <h1 safe>{t('curriculum.themes.title')}</h1>
      <p class="lead" safe>
        {t('curriculum.themes.intro')}
      </p>
      <ul class="card-grid">
        {themes.map((theme) => (
          <li class="card">
            <h2>
              <a
                href={`/themes/${theme.slug}`}
                lang={theme.language === page.lang ? undefined : theme.language}
                safe
              >
                {theme.name}
              </a>
            </h2>
            <Translated page={page} language={theme.language} text={theme.summary} />
          </li>
        ))}
      </ul>
      <section aria-labelledby="curricula-title">
        <h2 id="curricula-title" safe>
          {t('curriculum.themes.curriculaTitle')}
        </h2>
        <p safe>{t('curriculum.themes.curriculaIntro')}</p>
        <CurriculumList page={page} curricula={curricula} emptyKey="curriculum.noCurricula" />
      </section>
    </Layout>
  );
}
