import { LANGUAGES } from '../../../web/i18n.ts';
import type { Page } from '../../../web/page.ts';
import {
  ErrorSummary,
  SelectField,
  TextField,
  type FormState,
  type Option,
} from '../../../web/views/forms.tsx';
import { Layout } from '../../../web/views/Layout.tsx';
import { FILTER_NAMES } from '../catalogue-schema.ts';
import type { CataloguePage as Result } from '../catalogue.service.ts';
import { FORMATS, LEVELS } from '../courses.schema.ts';
import { CourseCard } from './catalogue-card.tsx';
import { languageName } from '../../../web/language-names.ts';
import { Pagination } from '../../../web/views/Pagination.tsx';

export interface CatalogueProps {
  page: Page;
  /** The filters as the visitor sent them, and what was wrong with them. */
  filters: FormState;
  result: Result;
  pageNumber: number;
}

/** The catalogue's address with the current filters kept, and a page number if past the first. */
function catalogueHref(values: Record<string, string>, pageNumber = 1): string {
  const params = new URLSearchParams();
  for (const name of FILTER_NAMES) if (values[name]) params.set(name, values[name]);
  if (pageNumber > 1) params.set('page', String(pageNumber));
  const text = params.toString();
  return text ? `/courses?${text}` : '/courses';
}

function Filters({ page, filters, result }: Omit<CatalogueProps, 'pageNumber'>): JSX.Element {
  const { t } = page;
  const any: Option = { value: '', label: t('common.form.any') };
  const select = (name: string, options: Option[]) => (
    <SelectField
      page={page}
      form={filters}
      name={name}
      label={t(`catalogue.filters.${name}`)}
      options={[any, ...options]}
    />
  );
  return (
    <form method="get" action="/courses" class="filters" role="search">
      <TextField
        page={page}
        form={filters}
        name="q"
        type="search"
        label={t('catalogue.filters.q')}
        maxlength={100}
      />
      {select(
        'theme',
        result.themes.map((th) => ({ value: th.slug, label: th.name })),
      )}
      {select(
        'language',
        LANGUAGES.map((l) => ({ value: l, label: languageName(l, page.lang) })),
      )}
      {select(
        'format',
        FORMATS.map((f) => ({ value: f, label: t(`courses.formats.${f}`) })),
      )}
      {select(
        'level',
        LEVELS.map((l) => ({ value: l, label: t(`courses.levels.${l}`) })),
      )}
      {select(
        'partner',
        result.partners.map((p) => ({ value: p.slug, label: p.name })),
      )}
      <div class="field">
        <button type="submit" safe>
          {t('common.form.filter')}
        </button>
      </div>
    </form>
  );
}

/** The public catalogue of published courses: filters, one page of results, page links. */
export function CataloguePage(props: CatalogueProps): JSX.Element {
  const { page, filters, result, pageNumber } = props;
  const { t } = page;
  const filtered = FILTER_NAMES.some((n) => filters.values[n]);
  const prevHref = pageNumber > 1 ? catalogueHref(filters.values, pageNumber - 1) : null;
  const nextHref = result.hasNext ? catalogueHref(filters.values, pageNumber + 1) : null;
  return (
    <Layout page={page} title={t('catalogue.title')}>
      <h1 safe>{t('catalogue.title')}</h1>
      <p class="lead" safe>
        {t('catalogue.intro')}
      </p>
      <ErrorSummary page={page} errors={filters.errors} />
      <Filters page={page} filters={filters} result={result} />
      <section aria-labelledby="results-title">
        <h2 id="results-title" safe>
          {t('catalogue.results')}
        </h2>
        {result.entries.length === 0 ? (
          <div role="status">
            <p safe>{filtered ? t('catalogue.noMatch') : t('catalogue.empty')}</p>
            {filtered ? (
              <p>
                <a href="/courses" safe>
                  {t('catalogue.clearFilters')}
                </a>
              </p>
            ) : (
              ''
            )}
          </div>
        ) : (
          <ul class="card-grid">
            {result.entries.map((entry) => (
              <CourseCard page={page} entry={entry} />
            ))}
          </ul>
        )}
        <Pagination
          page={page}
          back={
            prevHref ? { href: prevHref, label: t('catalogue.previousPage'), rel: 'prev' } : null
          }
          nextHref={nextHref}
        />
      </section>
    </Layout>
  );
}
