import { DemoBadge } from '../../../web/views/DemoBadge.tsx';
import type { Page } from '../../../web/page.ts';
import { Notice, type FormState } from '../../../web/views/forms.tsx';
import { Layout } from '../../../web/views/Layout.tsx';
import type { TwinningPageData } from '../twinning.service.ts';
import {
  TwinningCities,
  TwinningStatusForm,
  TwinningSummarySection,
} from './TwinningDecisions.tsx';
import { ActionPlan, Milestones } from './TwinningPlan.tsx';
import { TwinningTimeline } from './TwinningTimeline.tsx';

/** A twinning project: who takes part, its timeline, action plan, milestones, documents, summary. */
export function TwinningPage(props: {
  page: Page;
  data: TwinningPageData;
  noticeKey?: string;
  summaryForm?: FormState;
}): JSX.Element {
  const { page, data } = props;
  const { t } = page;
  const { project } = data;
  const base = `/twinnings/${project.slug}`;
  return (
    <Layout page={page} title={project.title}>
      <p class="meta">
        <a href="/twinnings" safe>
          {t('twinning.list.title')}
        </a>
      </p>
      <h1 dir="auto" safe>
        {project.title}
      </h1>
      <p class="meta">
        <span class="badge" safe>
          {t(`twinning.status.${project.status}`)}
        </span>{' '}
        <DemoBadge page={page} when={project.isDemo} />
        <span safe>
          {t('twinning.dates', {
            start: page.formatDate(project.startsOn),
            end: page.formatDate(project.endsOn),
          })}
        </span>
      </p>
      <Notice page={page} messageKey={props.noticeKey} />
      <p>
        <a href={`/discussions/twinning/${project.id}`} safe>
          {t('discussions.link')}
        </a>
      </p>
      <TwinningStatusForm page={page} data={data} />
      {project.objectives.split(/\n{2,}/).map((para) => (
        <p dir="auto" safe>
          {para}
        </p>
      ))}
      <h2 safe>{t('twinning.fields.cities')}</h2>
      <TwinningCities page={page} data={data} />
      <dl>
        <dt safe>{t('twinning.fields.partners')}</dt>
        <dd dir="auto" safe>
          {project.partners.length === 0
            ? t('twinning.none')
            : project.partners.map((p) => p.name).join(' · ')}
        </dd>
        <dt safe>{t('twinning.fields.facilitator')}</dt>
        <dd dir="auto" safe>
          {project.facilitatorName ?? t('twinning.none')}
        </dd>
        <dt safe>{t('twinning.fields.checkInEveryMonths')}</dt>
        <dd safe>{page.formatNumber(project.checkInEveryMonths)}</dd>
      </dl>
      <TwinningTimeline page={page} entries={data.timeline} />
      <ActionPlan page={page} data={data} />
      <Milestones page={page} data={data} />
      <section aria-labelledby="documents">
        <h2 id="documents" safe>
          {t('twinning.documents.title')}
        </h2>
        {data.documents.length === 0 ? (
          <p safe>{t('twinning.documents.empty')}</p>
        ) : (
          <ul>
            {data.documents.map((d) => (
              <li>
                <a href={`${base}/documents/${d.id}`} download="" dir="auto" safe>
                  {d.title}
                </a>
              </li>
            ))}
          </ul>
        )}
        <p>
          <a href={`${base}/documents`} safe>
            {t(data.can.change ? 'twinning.documents.manage' : 'twinning.documents.all')}
          </a>
        </p>
      </section>
      <section aria-labelledby="follow-up">
        <h2 id="follow-up" safe>
          {t('twinning.followUp.title')}
        </h2>
        <ul>
          <li>
            <a href={`${base}/check-ins`} safe>
              {t('twinning.followUp.checkIns', {
                total: page.formatNumber(data.checkIns.length),
                done: page.formatNumber(data.checkIns.filter((c) => c.submittedAt !== null).length),
              })}
            </a>
          </li>
          <li>
            <a href={`${base}/support`} safe>
              {t('twinning.followUp.support')}
            </a>
          </li>
        </ul>
      </section>
      <TwinningSummarySection page={page} data={data} form={props.summaryForm} />
    </Layout>
  );
}
