import { countryName, countryOptions, WORLD_REGIONS } from '../../../web/countries.ts';
import type { Page } from '../../../web/page.ts';
import {
  ErrorSummary,
  SelectField,
  TextField,
  type FormState,
  type Option,
} from '../../../web/views/forms.tsx';
import { Layout } from '../../../web/views/Layout.tsx';
import type { DirectoryRow } from '../organisations.service.ts';
import { KINDS } from '../organisations.schema.ts';
import { languageList } from '../../../web/language-names.ts';
import { Pagination } from '../../../web/views/Pagination.tsx';

export interface DirectoryProps {
  page: Page;
  /** The filters as the visitor sent them, and what was wrong with them. */
  filters: FormState;
  entries: DirectoryRow[];
  /** The cursor of the next page, if there is one. */
  next: string | null;
  /** Whether this is a later page, reached through a cursor. */
  paged: boolean;
  canCreate: boolean;
}

const FILTER_NAMES = ['q', 'kind', 'country', 'world_region', 'partners'] as const;

/** The directory's address with the current filters kept, and a page cursor if given. */
function directoryHref(values: Record<string, string>, after?: string): string {
  const params = new URLSearchParams();
  for (const name of FILTER_NAMES) if (values[name]) params.set(name, values[name]);
  if (after) params.set('after', after);
  const text = params.toString();
  return text ? `/organisations?${text}` : '/organisations';
}

function Filters({ page, filters }: { page: Page; filters: FormState }): JSX.Element {
  const { t } = page;
  const any: Option = { value: '', label: t('common.form.any') };
  return (
    <form method="get" action="/organisations" class="filters" role="search">
      <TextField
        page={page}
        form={filters}
        name="q"
        type="search"
        label={t('organisations.filters.name')}
        maxlength={100}
      />
      <SelectField
        page={page}
        form={filters}
        name="kind"
        label={t('organisations.filters.kind')}
        options={[any, ...KINDS.map((k) => ({ value: k, label: t(`organisations.kinds.${k}`) }))]}
      />
      <SelectField
        page={page}
        form={filters}
        name="country"
        label={t('organisations.filters.country')}
        options={[any, ...countryOptions(page.lang)]}
      />
      <SelectField
        page={page}
        form={filters}
        name="world_region"
        label={t('organisations.filters.worldRegion')}
        options={[
          any,
          ...WORLD_REGIONS.map((r) => ({ value: r, label: t(`organisations.worldRegions.${r}`) })),
        ]}
      />
      <div class="field">
        <label for="field-partners">
          <input
            id="field-partners"
            type="checkbox"
            name="partners"
            value="1"
            checked={filters.values.partners === '1'}
          />{' '}
          <span safe>{t('organisations.filters.partnersOnly')}</span>
        </label>
      </div>
      <div class="field">
        <button type="submit" safe>
          {t('common.form.filter')}
        </button>
      </div>
    </form>
  );
}

function Entry({ page, entry }: { page: Page; entry: DirectoryRow }): JSX.Element {
  const { t } = page;
  const place = [entry.region, entry.country ? countryName(entry.country, page.lang) : '']
    .filter(Boolean)
    .join(', ');
  return (
    <li class="card">
      <h3>
        <a href={`/organisations/${entry.slug}`} safe>
          {entry.name}
        </a>
      </h3>
      <p class="meta" safe>
        {[t(`organisations.kinds.${entry.kind}`), place].filter(Boolean).join(' · ')}
      </p>
      {entry.population !== null ? (
        <p safe>
          {t('organisations.facts.populationValue', {
            population: page.formatNumber(entry.population),
          })}
        </p>
      ) : (
        ''
      )}
      {entry.languages.length ? (
        <p safe>
          {t('organisations.facts.languagesValue', {
            languages: languageList(entry.languages, page.lang),
          })}
        </p>
      ) : (
        ''
      )}
      {entry.isPartner ? (
        <p class="badge" safe>
          {t('organisations.partnerBadge')}
        </p>
      ) : (
        ''
      )}
      {entry.isDemo ? (
        <p class="badge demo-badge" safe>
          {t('common.demoData')}
        </p>
      ) : (
        ''
      )}
    </li>
  );
}

/** The public directory of organisations and cities: filters, one page of results, next-page link. */
export function DirectoryPage(props: DirectoryProps): JSX.Element {
  const { page, filters, entries } = props;
  const { t } = page;
  const filtered = FILTER_NAMES.some((n) => filters.values[n]);
  const nextHref = props.next ? directoryHref(filters.values, props.next) : null;
  const firstHref = props.paged ? directoryHref(filters.values) : null;
  return (
    <Layout page={page} title={t('organisations.directory.title')}>
      <h1 safe>{t('organisations.directory.title')}</h1>
      <p class="lead" safe>
        {t('organisations.directory.intro')}
      </p>
      {props.canCreate ? (
        <p>
          <a class="button" href="/organisations/new" safe>
            {t('organisations.directory.add')}
          </a>
        </p>
      ) : (
        ''
      )}
      <ErrorSummary page={page} errors={filters.errors} />
      <Filters page={page} filters={filters} />
      <section aria-labelledby="results-title">
        <h2 id="results-title" safe>
          {t('organisations.directory.results')}
        </h2>
        {entries.length === 0 ? (
          <div role="status">
            <p safe>
              {filtered ? t('organisations.directory.noMatch') : t('organisations.directory.empty')}
            </p>
            {filtered ? (
              <p>
                <a href="/organisations" safe>
                  {t('organisations.directory.clearFilters')}
                </a>
              </p>
            ) : (
              ''
            )}
          </div>
        ) : (
          <ul class="card-grid">
            {entries.map((entry) => (
              <Entry page={page} entry={entry} />
            ))}
          </ul>
        )}
        <Pagination
          page={page}
          back={
            firstHref ? { href: firstHref, label: t('organisations.directory.firstPage') } : null
          }
          nextHref={nextHref}
        />
      </section>
    </Layout>
  );
}
