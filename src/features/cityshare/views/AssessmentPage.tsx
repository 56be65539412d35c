import type { Page } from '../../../web/page.ts';
import { Notice } from '../../../web/views/forms.tsx';
import { Layout } from '../../../web/views/Layout.tsx';
import type { Assessment, HistoryEntry } from '../assessment.service.ts';
import type { City } from '../city-profile.service.ts';
import { LevelsTable } from './AssessmentLevelsTable.tsx';

export interface AssessmentPageProps {
  page: Page;
  city: City;
  shown: Assessment | null;
  hidden: boolean;
  history: HistoryEntry[];
  canEdit: boolean;
  noticeKey?: string;
}

/** Paragraphs of plain text, escaped. */
function Paragraphs({ text }: { text: string }): JSX.Element {
  return (
    <>
      {text
        .split(/\n{2,}/)
        .filter((p) => p.trim())
        .map((p) => (
          <p dir="auto" safe>
            {p}
          </p>
        ))}
    </>
  );
}

function History({ page, city, history, shown }: AssessmentPageProps): JSX.Element {
  const { t } = page;
  if (history.length <= 1) return <p safe>{t('cities.assessment.historyEmpty')}</p>;
  return (
    <div class="table-wrap">
      <table>
        <thead>
          <tr>
            <th scope="col" safe>
              {t('cities.assessment.date')}
            </th>
            <th scope="col" safe>
              {t('cities.assessment.changes')}
            </th>
          </tr>
        </thead>
        <tbody>
          {history.map((h) => {
            const date = page.formatDate(h.createdAt);
            return (
              <tr>
                <th scope="row">
                  {h.id === shown?.id ? (
                    <span aria-current="page" safe>
                      {date}
                    </span>
                  ) : (
                    <a
                      href={
                        h.isCurrent
                          ? `/cities/${city.slug}/assessment`
                          : `/cities/${city.slug}/assessment/${h.id}`
                      }
                      aria-label={t('cities.assessment.view', { date })}
                      safe
                    >
                      {date}
                    </a>
                  )}{' '}
                  {h.isCurrent ? (
                    <span class="badge" safe>
                      {t('cities.assessment.current')}
                    </span>
                  ) : (
                    ''
                  )}
                </th>
                <td>
                  {h.isFirst ? (
                    <span safe>{t('cities.assessment.first')}</span>
                  ) : h.changes.length === 0 ? (
                    <span safe>{t('cities.assessment.noChanges')}</span>
                  ) : (
                    <ul>
                      {h.changes.map((c) => (
                        <li safe>
                          {t(`cities.assessment.${c.what}Change`, {
                            theme: c.theme,
                            from: c.from,
                            to: c.to,
                          })}
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** A city's self-assessment (current or earlier) and its history, as far as the reader may see. */
export function AssessmentPage(props: AssessmentPageProps): JSX.Element {
  const { page, city, shown, hidden, canEdit } = props;
  const { t } = page;
  const earlier = shown !== null && !shown.isCurrent;
  const title = earlier
    ? t('cities.assessment.earlierTitle', {
        name: city.name,
        date: page.formatDate(shown.createdAt),
      })
    : t('cities.assessment.title', { name: city.name });
  const editLink = canEdit ? (
    <p>
      <a class="button" href={`/cities/${city.slug}/assessment/edit`} safe>
        {t(shown || hidden ? 'cities.assessment.update' : 'cities.assessment.start')}
      </a>
    </p>
  ) : (
    ''
  );
  return (
    <Layout page={page} title={title}>
      <Notice page={page} messageKey={props.noticeKey} />
      <h1 safe>{title}</h1>
      {hidden ? (
        <p safe>{t('cities.assessment.privateNotice', { name: city.name })}</p>
      ) : shown === null ? (
        <>
          <p safe>{t('cities.assessment.none')}</p>
          {canEdit ? <p safe>{t('cities.assessment.noneEditor')}</p> : ''}
        </>
      ) : (
        <>
          <p class="meta">
            <span safe>
              {shown.createdByName
                ? t('cities.assessment.assessedBy', {
                    date: page.formatDate(shown.createdAt),
                    name: shown.createdByName,
                  })
                : t('cities.assessment.assessedOn', { date: page.formatDate(shown.createdAt) })}
            </span>{' '}
            {shown.isPrivate ? (
              <span class="badge" safe>
                {t('cities.assessment.privateBadge')}
              </span>
            ) : (
              ''
            )}{' '}
            {shown.isDemo ? (
              <span class="badge demo-badge" safe>
                {t('common.demoData')}
              </span>
            ) : (
              ''
            )}
          </p>
          {earlier ? (
            <p>
              <span safe>{t('cities.assessment.earlierNote')}</span>{' '}
              <a href={`/cities/${city.slug}/assessment`} safe>
                {t('cities.assessment.backToCurrent')}
              </a>
            </p>
          ) : (
            ''
          )}
          <LevelsTable page={page} assessment={shown} withEvidence />
          {shown.priorities ? (
            <>
              <h2 safe>{t('cities.assessment.priorities')}</h2>
              <Paragraphs text={shown.priorities} />
            </>
          ) : (
            ''
          )}
        </>
      )}
      {editLink}
      {shown ? (
        <>
          <h2 safe>{t('cities.assessment.historyTitle')}</h2>
          <History {...props} />
        </>
      ) : (
        ''
      )}
      <p>
        <a href={`/organisations/${city.slug}`} safe>
          {city.name}
        </a>
      </p>
    </Layout>
  );
}
