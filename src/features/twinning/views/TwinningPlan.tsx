import type { Page } from '../../../web/page.ts';
import { DeleteButton } from '../../../web/views/Documents.tsx';
import { isOverdue } from '../twinning-timeline.ts';
import type { ActionRow } from '../twinning.queries.ts';
import type { TwinningPageData } from '../twinning.service.ts';

// The action plan table and the milestones of the project page.

function num(page: Page, v: number | null): string {
  return v === null ? '–' : page.formatNumber(v);
}

/** "Indicator: baseline 41, now 44.5, target 55", or nothing when the action has no indicator. */
function indicatorText(page: Page, a: ActionRow): string {
  if (!a.indicator) return '';
  return page.t('twinning.plan.indicatorValues', {
    indicator: a.indicator,
    baseline: num(page, a.baseline),
    current: num(page, a.currentValue),
    target: num(page, a.target),
  });
}

export function ActionPlan({ page, data }: { page: Page; data: TwinningPageData }): JSX.Element {
  const { t } = page;
  const { project, actions } = data;
  const base = `/twinnings/${project.slug}`;
  return (
    <section aria-labelledby="plan">
      <h2 id="plan" safe>
        {t('twinning.plan.title')}
      </h2>
      <p class="meta">
        <a href={`${base}/action-plan.pdf`} safe>
          {t('twinning.plan.pdf')}
        </a>
        {' · '}
        <a href={`${base}/action-plan.csv`} safe>
          {t('twinning.plan.csv')}
        </a>
      </p>
      {actions.length === 0 ? (
        <p safe>{t(data.can.change ? 'twinning.plan.emptyChange' : 'twinning.plan.empty')}</p>
      ) : (
        <div class="table-wrap">
          <table>
            <caption safe>{t('twinning.plan.caption')}</caption>
            <thead>
              <tr>
                {['title', 'owner', 'dueOn', 'status', 'cost', 'indicator'].map((k) => (
                  <th scope="col" safe>
                    {t(
                      k === 'owner' || k === 'cost' || k === 'indicator'
                        ? `twinning.plan.${k}`
                        : `twinning.action.fields.${k}`,
                    )}
                  </th>
                ))}
                {data.can.change ? (
                  <th scope="col" safe>
                    {t('twinning.plan.change')}
                  </th>
                ) : (
                  ''
                )}
              </tr>
            </thead>
            <tbody>
              {actions.map((a) => (
                <tr>
                  <th scope="row" dir="auto">
                    <span safe>{a.title}</span>
                    {a.risks ? (
                      <p class="meta" safe>
                        {t('twinning.plan.risks', { risks: a.risks })}
                      </p>
                    ) : (
                      ''
                    )}
                  </th>
                  <td dir="auto" safe>
                    {a.ownerUserName ? `${a.ownerCityName} — ${a.ownerUserName}` : a.ownerCityName}
                  </td>
                  <td safe>{page.formatDate(a.dueOn, 'medium')}</td>
                  <td>
                    <span safe>{t(`twinning.actionStatus.${a.status}`)}</span>
                    {isOverdue(a, data.today) ? (
                      <>
                        {' '}
                        <span class="badge badge-alert" safe>
                          {t('twinning.plan.overdue')}
                        </span>
                      </>
                    ) : (
                      ''
                    )}
                  </td>
                  <td safe>
                    {a.costAmount === null
                      ? ''
                      : `${page.formatNumber(a.costAmount)} ${a.costCurrency}${a.fundingSource ? ` (${a.fundingSource})` : ''}`}
                  </td>
                  <td dir="auto" safe>
                    {indicatorText(page, a)}
                  </td>
                  {data.can.change ? (
                    <td>
                      <a
                        href={`${base}/actions/${a.id}/edit`}
                        aria-label={t('twinning.plan.editNamed', { title: a.title })}
                        safe
                      >
                        {t('twinning.plan.edit')}
                      </a>
                      <DeleteButton
                        page={page}
                        action={`${base}/actions/${a.id}/delete`}
                        label={t('twinning.plan.delete')}
                        ariaLabel={t('twinning.plan.deleteNamed', { title: a.title })}
                      />
                    </td>
                  ) : (
                    ''
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {data.can.change ? (
        <p>
          <a class="button" href={`${base}/actions/new`} safe>
            {t('twinning.plan.add')}
          </a>
        </p>
      ) : (
        ''
      )}
    </section>
  );
}

export function Milestones({ page, data }: { page: Page; data: TwinningPageData }): JSX.Element {
  const { t } = page;
  const base = `/twinnings/${data.project.slug}`;
  return (
    <section aria-labelledby="milestones">
      <h2 id="milestones" safe>
        {t('twinning.milestones.title')}
      </h2>
      {data.milestones.length === 0 ? (
        <p safe>{t('twinning.milestones.empty')}</p>
      ) : (
        <ul>
          {data.milestones.map((m) => (
            <li>
              <span dir="auto" safe>
                {m.title}
              </span>
              {' — '}
              <span safe>
                {m.reachedOn
                  ? t('twinning.milestones.reached', { date: page.formatDate(m.reachedOn) })
                  : t('twinning.milestones.due', { date: page.formatDate(m.dueOn) })}
              </span>
              {data.can.change ? (
                <>
                  {' · '}
                  <a
                    href={`${base}/milestones/${m.id}/edit`}
                    aria-label={t('twinning.plan.editNamed', { title: m.title })}
                    safe
                  >
                    {t('twinning.plan.edit')}
                  </a>
                </>
              ) : (
                ''
              )}
            </li>
          ))}
        </ul>
      )}
      {data.can.change ? (
        <p>
          <a class="button button-secondary" href={`${base}/milestones/new`} safe>
            {t('twinning.milestones.add')}
          </a>
        </p>
      ) : (
        ''
      )}
    </section>
  );
}
