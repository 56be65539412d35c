import { DemoBadge } from '../../../web/views/DemoBadge.tsx';
import { renderMarkdown } from '../../../web/markdown.ts';
import { languageList } from '../../../web/language-names.ts';
import type { Page } from '../../../web/page.ts';
import type { CityShareSection as Section } from '../assessment-summary.service.ts';
import { LevelsTable } from './AssessmentLevelsTable.tsx';
import { PracticeCards } from './PracticeCards.tsx';

/** The CityShare part of a city's organisation page: profile, coordinators, assessment, links. */
export function CityShareSection({ page, section }: { page: Page; section: Section }): JSX.Element {
  const { t } = page;
  const { city } = section;
  const base = `/cities/${city.slug}`;
  const safeContext = city.migrationContext ? renderMarkdown(city.migrationContext) : '';
  return (
    <section aria-labelledby="cityshare-title">
      <h2 id="cityshare-title" safe>
        {t('cities.section.title')}
      </h2>
      {safeContext ? (
        <>
          <h3 safe>{t('cities.section.migrationContext')}</h3>
          <div class="prose" dir="auto">
            {safeContext}
          </div>
        </>
      ) : (
        ''
      )}
      <dl>
        {city.languages.length ? (
          <>
            <dt safe>{t('cities.section.languages')}</dt>
            <dd safe>{languageList(city.languages, page.lang)}</dd>
          </>
        ) : (
          ''
        )}
        <dt safe>{t('cities.section.coordinators')}</dt>
        <dd dir="auto" safe>
          {section.coordinators.length
            ? section.coordinators.join(', ')
            : t('cities.section.noCoordinators')}
        </dd>
      </dl>
      <h3 safe>{t('cities.section.assessmentTitle')}</h3>
      {section.hidden ? (
        <p safe>{t('cities.assessment.privateNotice', { name: city.name })}</p>
      ) : section.assessment ? (
        <>
          <p class="meta">
            <DemoBadge page={page} when={section.assessment.isDemo} />
            <span safe>
              {t('cities.assessment.assessedOn', {
                date: page.formatDate(section.assessment.createdAt),
              })}
            </span>
          </p>
          <LevelsTable page={page} assessment={section.assessment} withEvidence={false} />
        </>
      ) : (
        <>
          <p safe>{t('cities.assessment.none')}</p>
          {section.canEdit ? <p safe>{t('cities.assessment.noneEditor')}</p> : ''}
        </>
      )}
      <h3 safe>{t('cities.section.practices')}</h3>
      {section.practices.length ? (
        <PracticeCards page={page} practices={section.practices} />
      ) : (
        <p safe>{t('cities.section.noPractices')}</p>
      )}
      <ul>
        {section.practices.length ? (
          <li>
            <a href={`/practices?city=${city.slug}`} safe>
              {t('cities.section.allPractices')}
            </a>
          </li>
        ) : (
          ''
        )}
        {section.canEdit ? (
          <li>
            <a href={`/practices/new?city=${city.id}`} safe>
              {t('cities.section.writePractice')}
            </a>
          </li>
        ) : (
          ''
        )}
        {section.assessment || section.hidden ? (
          <li>
            <a href={`${base}/assessment`} safe>
              {t('cities.section.seeAssessment')}
            </a>
          </li>
        ) : (
          ''
        )}
        <li>
          <a href={`${base}/suggestions`} safe>
            {t('cities.section.suggestions')}
          </a>
        </li>
        {section.canEdit ? (
          <>
            <li>
              <a href={`${base}/assessment/edit`} safe>
                {t(
                  section.assessment || section.hidden
                    ? 'cities.assessment.update'
                    : 'cities.assessment.start',
                )}
              </a>
            </li>
            <li>
              <a href={`${base}/profile`} safe>
                {t('cities.section.editProfile')}
              </a>
            </li>
            <li>
              <a href={`${base}/coordinators`} safe>
                {t('cities.section.members')}
              </a>
            </li>
          </>
        ) : (
          ''
        )}
      </ul>
    </section>
  );
}
