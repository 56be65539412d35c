import type { Page } from '../../../web/page.ts';
import type { WorkspaceResources } from '../../library/resources-for-organisation.service.ts';
import type { Count, WorkspaceData } from '../workspace.service.ts';
import { ResourceLinkList } from '../../library/views/ResourceLinkList.tsx';

// The partner workspace on an organisation page: counts of what it contributes, its library
// resources and experts, and for its editors and coordinators what is in progress.

function countText(page: Page, c: Count): string {
  const n = page.formatNumber(c.n);
  return c.more ? page.t('workspace.atLeast', { n }) : n;
}

/** Counts of the organisation's courses, events, resources and experts, each linking to its section. */
export function WorkspaceSummary({ page, data }: { page: Page; data: WorkspaceData }): JSX.Element {
  const { t } = page;
  const items: Array<[string, string, Count]> = [
    ['#related-courses', t('workspace.counts.courses'), data.courses],
    ['#upcoming-events', t('workspace.counts.events'), data.events],
    [
      '#workspace-resources',
      t('workspace.counts.resources'),
      { n: data.resources.publishedCount, more: false },
    ],
    ['#workspace-experts', t('workspace.counts.experts'), { n: data.experts.count, more: false }],
  ];
  return (
    <section aria-labelledby="workspace-title">
      <h2 id="workspace-title" safe>
        {t('workspace.title')}
      </h2>
      <p safe>{t('workspace.lead')}</p>
      <ul>
        {items.map(([href, label, count]) => (
          <li>
            <a href={href} safe>
              {t('workspace.count', { label, n: countText(page, count) })}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The organisation's published library resources. */
export function WorkspaceResourcesSection(props: {
  page: Page;
  resources: WorkspaceResources;
  organisationSlug: string;
}): JSX.Element {
  const { page, resources } = props;
  const { t } = page;
  return (
    <section aria-labelledby="workspace-resources">
      <h2 id="workspace-resources" safe>
        {t('workspace.resources.title')}
      </h2>
      {resources.published.length === 0 ? (
        <p safe>{t('workspace.resources.none')}</p>
      ) : (
        <>
          <ResourceLinkList
            page={page}
            items={resources.published}
            href={(r) => `/library/${r.slug}`}
          />
          <p>
            <a href={`/library?organisation=${encodeURIComponent(props.organisationSlug)}`} safe>
              {t('workspace.resources.all')}
            </a>
          </p>
        </>
      )}
    </section>
  );
}

/** The organisation's approved experts. */
export function WorkspaceExperts(props: {
  page: Page;
  experts: WorkspaceData['experts'];
  organisationId: number;
}): JSX.Element {
  const { page, experts } = props;
  const { t } = page;
  return (
    <section aria-labelledby="workspace-experts">
      <h2 id="workspace-experts" safe>
        {t('workspace.experts.title')}
      </h2>
      {experts.experts.length === 0 ? (
        <p safe>{t('workspace.experts.none')}</p>
      ) : (
        <>
          <ul>
            {experts.experts.map((e) => (
              <li>
                <a href={`/experts/${e.slug}`} dir="auto" safe>
                  {e.name}
                </a>{' '}
                <span class="meta" safe>
                  {t(`experts.sectors.${e.sector}`)}
                </span>
              </li>
            ))}
          </ul>
          <p>
            <a href={`/experts?organisation=${props.organisationId}`} safe>
              {t('workspace.experts.all')}
            </a>
          </p>
        </>
      )}
    </section>
  );
}

/** Drafts and resources waiting for review, for the organisation's editors and coordinators. */
export function WorkspaceInProgress({
  page,
  editing,
}: {
  page: Page;
  editing: NonNullable<WorkspaceResources['editing']>;
}): JSX.Element {
  const { t } = page;
  return (
    <section aria-labelledby="workspace-progress">
      <h2 id="workspace-progress" safe>
        {t('workspace.progress.title')}
      </h2>
      {editing.canAdd ? (
        <p>
          <a class="button" href="/library/new" safe>
            {t('workspace.progress.add')}
          </a>{' '}
          <a href="/authoring/resources" safe>
            {t('workspace.progress.mine')}
          </a>
        </p>
      ) : (
        ''
      )}
      <h3 safe>{t('workspace.progress.drafts', { n: page.formatNumber(editing.draftCount) })}</h3>
      {editing.drafts.length ? (
        <ResourceLinkList
          page={page}
          items={editing.drafts}
          href={(r) => `/library/${r.slug}/edit`}
        />
      ) : (
        <p safe>{t('workspace.progress.noDrafts')}</p>
      )}
      <h3 safe>
        {t('workspace.progress.inReview', { n: page.formatNumber(editing.inReviewCount) })}
      </h3>
      {editing.inReview.length ? (
        <ResourceLinkList page={page} items={editing.inReview} href={(r) => `/library/${r.slug}`} />
      ) : (
        <p safe>{t('workspace.progress.noneInReview')}</p>
      )}
    </section>
  );
}
