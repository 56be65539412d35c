import type { Page } from '../../../web/page.ts';
import type { Assessment } from '../assessment.service.ts';

/** The theme × strength/need table, each level with its words; evidence when asked. */
export function LevelsTable(props: {
  page: Page;
  assessment: Assessment;
  withEvidence: boolean;
}): JSX.Element {
  const { page, assessment, withEvidence } = props;
  const { t } = page;
  const words = (what: 'strength' | 'need', level: number) =>
    t('cities.levels.withWords', { level, words: t(`cities.levels.${what}.${level}`) });
  return (
    <div class="table-wrap">
      <table>
        <thead>
          <tr>
            <th scope="col" safe>
              {t('cities.assessment.theme')}
            </th>
            <th scope="col" safe>
              {t('cities.assessment.strength')}
            </th>
            <th scope="col" safe>
              {t('cities.assessment.need')}
            </th>
            {withEvidence ? (
              <th scope="col" safe>
                {t('cities.assessment.evidence')}
              </th>
            ) : (
              ''
            )}
          </tr>
        </thead>
        <tbody>
          {assessment.themes.map((l) => (
            <tr>
              <th scope="row" safe>
                {l.name}
              </th>
              <td safe>{words('strength', l.strength)}</td>
              <td safe>{words('need', l.need)}</td>
              {withEvidence ? (
                <td dir="auto" safe>
                  {l.evidence || t('cities.assessment.noEvidence')}
                </td>
              ) : (
                ''
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
