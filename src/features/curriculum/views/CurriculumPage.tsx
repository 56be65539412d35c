import type { Page } from '../../../web/page.ts';
import { Layout } from '../../../web/views/Layout.tsx';
import type { CurriculumDetail, ThemeSummary } from '../curriculum.service.ts';
import type { EventSummary } from '../../events/event-text.ts';
import { Translated } from './Translated.tsx';

/** A curriculum's record: its years, where and when it was validated, its summary and themes. */
export function CurriculumPage({
  page,
  curriculum: c,
  themes,
  meetings,
}: {
  page: Page;
  curriculum: CurriculumDetail;
  themes: ThemeSummary[];
  /** The events (expert meetings) recorded as having validated it. */
  meetings: EventSummary[];
}): JSX.Element {
  const { t } = page;
  const title = t('curriculum.curriculumName', { name: c.name });
  return (
    <Layout page={page} title={title}>
      <p class="meta">
        <a href="/themes" safe>
          {t('curriculum.themes.title')}
        </a>
      </p>
      <h1 safe>{title}</h1>
      {c.summary ? <Translated page={page} language={c.language} text={c.summary} /> : ''}
      <dl>
        <dt safe>{t('curriculum.curriculum.period')}</dt>
        <dd safe>
          {t('curriculum.years', { start: String(c.startYear), end: String(c.endYear) })}
        </dd>
        {c.validatedOn ? (
          <>
            <dt safe>{t('curriculum.curriculum.validatedOn')}</dt>
            <dd>
              <time datetime={c.validatedOn} safe>
                {page.formatDate(c.validatedOn)}
              </time>
            </dd>
          </>
        ) : (
          ''
        )}
        {c.validatedAtEvent ? (
          <>
            <dt safe>{t('curriculum.curriculum.validatedAt')}</dt>
            <dd safe>{c.validatedAtEvent}</dd>
          </>
        ) : (
          ''
        )}
      </dl>
      {meetings.length ? (
        <section aria-labelledby="curriculum-meetings">
          <h2 id="curriculum-meetings" safe>
            {t('curriculum.curriculum.meetingsTitle')}
          </h2>
          <ul>
            {meetings.map((m) => (
              <li>
                <a
                  href={`/events/${m.slug}`}
                  lang={m.titleLanguage === page.lang ? undefined : m.titleLanguage}
                  safe
                >
                  {m.title}
                </a>{' '}
                <time class="meta" datetime={m.startsAt} safe>
                  {page.formatDate(m.startsAt)}
                </time>
              </li>
            ))}
          </ul>
        </section>
      ) : (
        ''
      )}
      <section aria-labelledby="curriculum-themes">
        <h2 id="curriculum-themes" safe>
          {t('curriculum.curriculum.themesTitle')}
        </h2>
        {themes.length ? (
          <ul>
            {themes.map((theme) => (
              <li>
                <a
                  href={`/themes/${theme.slug}`}
                  lang={theme.language === page.lang ? undefined : theme.language}
                  safe
                >
                  {theme.name}
                </a>
              </li>
            ))}
          </ul>
        ) : (
          <p safe>{t('curriculum.curriculum.noThemes')}</p>
        )}
      </section>
    </Layout>
  );
}
