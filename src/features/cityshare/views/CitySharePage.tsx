import type { Page } from '../../../web/page.ts';
import { Layout } from '../../../web/views/Layout.tsx';
import type { CityShareHome } from '../suggestions.service.ts';

const STEPS = ['assessment', 'distillation', 'transmission', 'twinning'] as const;

/** The CityShare method in four steps, with the reader's own next steps when they have a city. */
export function CitySharePage({ page, home }: { page: Page; home: CityShareHome }): JSX.Element {
  const { t } = page;
  const { city } = home;
  return (
    <Layout page={page} title={t('suggestions.landing.title')}>
      <article class="prose">
        <h1 safe>{t('suggestions.landing.title')}</h1>
        <p class="lead" safe>
          {t('suggestions.landing.intro')}
        </p>
        {city ? (
          <section aria-labelledby="your-city">
            <h2 id="your-city" safe>
              {t('suggestions.landing.yourCity', { city: city.name })}
            </h2>
            <ul>
              <li>
                <a
                  href={`/cities/${city.slug}/assessment${home.hasAssessment ? '' : '/edit'}`}
                  safe
                >
                  {home.hasAssessment
                    ? t('suggestions.landing.seeAssessment')
                    : t('suggestions.landing.startAssessment')}
                </a>
              </li>
              <li>
                <a href={`/cities/${city.slug}/suggestions`} safe>
                  {t('suggestions.landing.seeSuggestions')}
                </a>
              </li>
            </ul>
          </section>
        ) : (
          ''
        )}
        <h2 safe>{t('suggestions.landing.stepsTitle')}</h2>
        <ol>
          {STEPS.map((s) => (
            <li>
              <strong safe>{t(`suggestions.landing.steps.${s}.title`)}</strong>{' '}
              <span safe>{t(`suggestions.landing.steps.${s}.text`)}</span>
            </li>
          ))}
        </ol>
        <h2 safe>{t('suggestions.landing.exploreTitle')}</h2>
        <ul>
          <li>
            <a href="/practices" safe>
              {t('suggestions.landing.practices')}
            </a>
          </li>
          <li>
            <a href="/exchanges" safe>
              {t('suggestions.landing.exchanges')}
            </a>
          </li>
          <li>
            <a href="/twinnings" safe>
              {t('suggestions.landing.twinnings')}
            </a>
          </li>
          <li>
            <a href="/cityshare/about-suggestions" safe>
              {t('suggestions.landing.aboutSuggestions')}
            </a>
          </li>
          {home.canPair ? (
            <li>
              <a href="/facilitate/pairings" safe>
                {t('suggestions.landing.pairings')}
              </a>
            </li>
          ) : (
            ''
          )}
          {home.canPair ? (
            <li>
              <a href="/facilitate/cityshare" safe>
                {t('suggestions.landing.dashboard')}
              </a>
            </li>
          ) : (
            ''
          )}
        </ul>
        {page.actor === null ? (
          <p>
            <a href="/sign-in?next=/cityshare" safe>
              {t('suggestions.landing.signIn')}
            </a>
          </p>
        ) : (
          ''
        )}
      </article>
    </Layout>
  );
}
