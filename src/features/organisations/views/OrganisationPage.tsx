import { countryName } from '../../../web/countries.ts';
import type { Page } from '../../../web/page.ts';
import { Notice } from '../../../web/views/forms.tsx';
import { Layout } from '../../../web/views/Layout.tsx';
import type { CatalogueEntry } from '../../courses/catalogue.service.ts';
import { RelatedCourses } from '../../courses/views/catalogue-card.tsx';
import type { EventSummary } from '../../events/event-text.ts';
import { UpcomingEvents } from '../../events/views/event-parts.tsx';
import type { Organisation } from '../organisations.service.ts';
import { paragraphsOf, safeWebsite } from './labels.ts';
import { languageList } from '../../../web/language-names.ts';
import type { CityShareSection as CityShare } from '../../cityshare/assessment-summary.service.ts';
import { CityShareSection } from '../../cityshare/views/CityShareSection.tsx';
import {
  WorkspaceExperts,
  WorkspaceInProgress,
  WorkspaceResourcesSection,
  WorkspaceSummary,
} from './Workspace.tsx';
import type { WorkspaceData } from '../workspace.service.ts';

export interface OrganisationPageProps {
  page: Page;
  organisation: Organisation;
  members: number;
  canEdit: boolean;
  /** The published courses it owns or is credited on. */
  courses: CatalogueEntry[];
  /** Its next events: organised by it, or held in it (a city). */
  events: EventSummary[];
  /** A city's CityShare section; null for other organisations. */
  cityShare?: CityShare | null;
  /** Its resources, experts and counts (a partner's page is its workspace). */
  workspace: WorkspaceData;
  noticeKey?: string;
}

/** One fact as a term and its (escaped) value. */
function Fact({ label, value }: { label: string; value: string }): JSX.Element {
  return (
    <>
      <dt safe>{label}</dt>
      <dd safe>{value}</dd>
    </>
  );
}

function Coordinates({ page, org }: { page: Page; org: Organisation }): JSX.Element {
  const { latitude: lat, longitude: lon } = org;
  if (lat === null || lon === null) return <></>;
  const osm = `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lon}#map=12/${lat}/${lon}`;
  return (
    <>
      <dt safe>{page.t('organisations.facts.coordinates')}</dt>
      <dd>
        <span dir="ltr" safe>
          {`${page.formatNumber(lat)}, ${page.formatNumber(lon)}`}
        </span>{' '}
        <a href={osm} rel="external noopener noreferrer" safe>
          {page.t('organisations.facts.openStreetMap')}
        </a>
      </dd>
    </>
  );
}

/** An organisation's public page: what it is, where, its city facts and its size on the platform. */
export function OrganisationPage(props: OrganisationPageProps): JSX.Element {
  const { page, organisation: org } = props;
  const { t } = page;
  const website = safeWebsite(org.website);
  const { workspace } = props;
  // Shown in full for partners; other organisations' editors still see what is in progress.
  const editing = workspace.resources.editing;
  const showProgress =
    editing !== null && (org.isPartner || editing.draftCount + editing.inReviewCount > 0);
  return (
    <Layout page={page} title={org.name}>
      <Notice page={page} messageKey={props.noticeKey} />
      <article>
        <h1 safe>{org.name}</h1>
        <p class="meta">
          <span safe>{t(`organisations.kinds.${org.kind}`)}</span>
          {org.shortName ? <span safe>{` · ${org.shortName}`}</span> : ''}
        </p>
        <p>
          {org.isPartner ? (
            <span class="badge" safe>
              {t('organisations.partnerBadge')}
            </span>
          ) : (
            ''
          )}{' '}
          {org.isDemo ? (
            <span class="badge demo-badge" safe>
              {t('common.demoData')}
            </span>
          ) : (
            ''
          )}
        </p>
        {paragraphsOf(org.description).map((p) => (
          <p safe>{p}</p>
        ))}
        <h2 safe>{t('organisations.facts.title')}</h2>
        <dl>
          {org.country ? (
            <Fact
              label={t('organisations.facts.country')}
              value={countryName(org.country, page.lang)}
            />
          ) : (
            ''
          )}
          {org.region ? <Fact label={t('organisations.facts.region')} value={org.region} /> : ''}
          {org.population !== null ? (
            <Fact
              label={t('organisations.facts.population')}
              value={page.formatNumber(org.population)}
            />
          ) : (
            ''
          )}
          {org.languages.length ? (
            <Fact
              label={t('organisations.facts.languages')}
              value={languageList(org.languages, page.lang)}
            />
          ) : (
            ''
          )}
          <Coordinates page={page} org={org} />
          {website ? (
            <>
              <dt safe>{t('organisations.facts.website')}</dt>
              <dd>
                <a href={website} rel="external noopener noreferrer" dir="ltr" safe>
                  {website}
                </a>
              </dd>
            </>
          ) : (
            ''
          )}
          <Fact label={t('organisations.facts.members')} value={page.formatNumber(props.members)} />
        </dl>
        {props.cityShare ? <CityShareSection page={page} section={props.cityShare} /> : ''}
        {org.isPartner ? <WorkspaceSummary page={page} data={workspace} /> : ''}
        {showProgress && editing ? <WorkspaceInProgress page={page} editing={editing} /> : ''}
        <RelatedCourses
          page={page}
          courses={props.courses}
          catalogueHref={`/courses?partner=${encodeURIComponent(org.slug)}`}
        />
        <UpcomingEvents page={page} events={props.events} calendarHref="/events" />
        <WorkspaceResourcesSection
          page={page}
          resources={workspace.resources}
          organisationSlug={org.slug}
        />
        <WorkspaceExperts page={page} experts={workspace.experts} organisationId={org.id} />
        {props.canEdit ? (
          <p>
            <a class="button button-secondary" href={`/organisations/${org.slug}/edit`} safe>
              {t('organisations.page.edit')}
            </a>
          </p>
        ) : (
          ''
        )}
      </article>
    </Layout>
  );
}
