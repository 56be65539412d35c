import type { Page } from '../../../web/page.ts';
import { Layout } from '../../../web/views/Layout.tsx';

export function AboutPage({ page }: { page: Page }): JSX.Element {
  const { t } = page;
  return (
    <Layout page={page} title={t('site.about.title')}>
      <article class="prose">
        <h1 safe>{t('site.about.title')}</h1>
        <p safe>{t('site.about.intro')}</p>
        <h2 safe>{t('site.about.historyTitle')}</h2>
        <ul>
          <li safe>{t('site.about.history2012')}</li>
          <li safe>{t('site.about.historyExpertMeeting')}</li>
          <li safe>{t('site.about.history2013')}</li>
        </ul>
        <h2 safe>{t('site.about.cityshareTitle')}</h2>
        <p safe>{t('site.about.cityshare')}</p>
        <h2 safe>{t('site.about.partnersTitle')}</h2>
        <p safe>{t('site.about.partners')}</p>
        <p>
          <a href="/organisations" safe>
            {t('site.about.partnersLink')}
          </a>
        </p>
      </article>
    </Layout>
  );
}
