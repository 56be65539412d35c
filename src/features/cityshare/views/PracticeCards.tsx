import type { Page } from '../../../web/page.ts';
import type { PracticeSummary } from '../practice.service.ts';

// Cards of good practices, for the list page, the theme page and city pages.

function PracticeCard({ page, practice }: { page: Page; practice: PracticeSummary }): JSX.Element {
  const { t } = page;
  const date = practice.publishedAt ?? practice.updatedAt;
  return (
    <li class="card">
      <h3>
        <a href={`/practices/${practice.slug}`} lang={practice.language} dir="auto" safe>
          {practice.title}
        </a>
      </h3>
      <p class="meta">
        <span dir="auto" safe>
          {practice.city.name}
        </span>
        {' · '}
        <span safe>{practice.theme.name}</span>
        {' · '}
        <span safe>{page.formatDate(date, 'medium')}</span>
      </p>
      {practice.status === 'draft' ? (
        <p class="badge" safe>
          {t('practices.status.draft')}
        </p>
      ) : (
        ''
      )}
      {practice.isDemo ? (
        <p class="badge demo-badge" safe>
          {t('common.demoData')}
        </p>
      ) : (
        ''
      )}
    </li>
  );
}

export function PracticeCards({
  page,
  practices,
}: {
  page: Page;
  practices: PracticeSummary[];
}): JSX.Element {
  return (
    <ul class="card-grid">
      {practices.map((practice) => (
        <PracticeCard page={page} practice={practice} />
      ))}
    </ul>
  );
}

/** The theme page's section: its newest published practices and a link to all of them. */
export function ThemePractices({
  page,
  themeSlug,
  practices,
}: {
  page: Page;
  themeSlug: string;
  practices: PracticeSummary[];
}): JSX.Element {
  const { t } = page;
  return (
    <section aria-labelledby="theme-practices">
      <h2 id="theme-practices" safe>
        {t('practices.theme.title')}
      </h2>
      {practices.length === 0 ? (
        <p safe>{t('practices.theme.none')}</p>
      ) : (
        <PracticeCards page={page} practices={practices} />
      )}
      <p>
        <a href={`/practices?theme=${encodeURIComponent(themeSlug)}`} safe>
          {t('practices.theme.all')}
        </a>
      </p>
    </section>
  );
}
