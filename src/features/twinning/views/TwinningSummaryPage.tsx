import { DemoBadge } from '../../../web/views/DemoBadge.tsx';
import type { Page } from '../../../web/page.ts';
import { Layout } from '../../../web/views/Layout.tsx';
import type { TwinningDetail } from '../twinning.queries.ts';

/** The public summary of a project (a preview for its parties until every city agrees). */
export function TwinningSummaryPage(props: {
  page: Page;
  project: TwinningDetail;
  published: boolean;
}): JSX.Element {
  const { page, project } = props;
  const { t } = page;
  return (
    <Layout page={page} title={project.title}>
      <h1 dir="auto" safe>
        {project.title}
      </h1>
      <p class="meta">
        <DemoBadge page={page} when={project.isDemo} />
      </p>
      {props.published ? (
        ''
      ) : (
        <p class="notice" role="status" safe>
          {t('twinning.summary.preview')}
        </p>
      )}
      <p class="meta" dir="auto" safe>
        {project.cities.map((c) => c.name).join(' · ')}
      </p>
      <p class="meta" safe>
        {t('twinning.dates', {
          start: page.formatDate(project.startsOn),
          end: page.formatDate(project.endsOn),
        })}
      </p>
      {project.publicSummary === '' ? (
        <p safe>{t('twinning.summary.empty')}</p>
      ) : (
        project.publicSummary.split(/\n{2,}/).map((para) => (
          <p dir="auto" safe>
            {para}
          </p>
        ))
      )}
    </Layout>
  );
}
