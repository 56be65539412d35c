import { languageName } from '../../../web/language-names.ts';
import type { Page } from '../../../web/page.ts';
import {
  ErrorSummary,
  SelectField,
  TextField,
  type FormState,
  type Option,
} from '../../../web/views/forms.tsx';
import { Layout } from '../../../web/views/Layout.tsx';
import { Pagination } from '../../../web/views/Pagination.tsx';
import type { PracticeListPage as ListData } from '../practice-list.service.ts';
import { PracticeCards } from './PracticeCards.tsx';

// The public list of good practices: search and filters, one page, the reader's drafts.

const FILTER_NAMES = ['q', 'theme', 'city', 'language'] as const;

/** The list's address with the current filters kept, on the given page. */
function listHref(values: Record<string, string>, pageNumber: number): string {
  const params = new URLSearchParams();
  for (const name of FILTER_NAMES) if (values[name]) params.set(name, values[name]);
  if (pageNumber > 1) params.set('page', String(pageNumber));
  const text = params.toString();
  return text ? `/practices?${text}` : '/practices';
}

function Filters(props: { page: Page; filters: FormState; choices?: ListData['choices'] }) {
  const { page, filters, choices } = props;
  const { t } = page;
  const any: Option = { value: '', label: t('common.form.any') };
  const languages = (choices?.languages ?? [])
    .map((l) => ({ value: l, label: languageName(l, page.lang) }))
    .sort((a, b) => a.label.localeCompare(b.label, page.lang));
  return (
    <form method="get" action="/practices" class="filters" role="search">
      <TextField
        page={page}
        form={filters}
        name="q"
        type="search"
        label={t('practices.filters.q')}
        maxlength={100}
      />
      <SelectField
        page={page}
        form={filters}
        name="theme"
        label={t('practices.filters.theme')}
        options={[
          any,
          ...(choices?.themes ?? []).map((th) => ({ value: th.slug, label: th.name })),
        ]}
      />
      <SelectField
        page={page}
        form={filters}
        name="city"
        label={t('practices.filters.city')}
        options={[any, ...(choices?.cities ?? []).map((c) => ({ value: c.slug, label: c.name }))]}
      />
      <SelectField
        page={page}
        form={filters}
        name="language"
        label={t('practices.filters.language')}
        options={[any, ...languages]}
      />
      <div class="field">
        <button type="submit" safe>
          {t('common.form.filter')}
        </button>
      </div>
    </form>
  );
}

export function PracticeListPage(props: {
  page: Page;
  filters: FormState;
  pageNumber: number;
  data?: ListData;
}): JSX.Element {
  const { page, filters, data, pageNumber } = props;
  const { t } = page;
  const filtered = FILTER_NAMES.some((n) => filters.values[n]);
  const practices = data?.practices ?? [];
  return (
    <Layout page={page} title={t('practices.list.title')}>
      <h1 safe>{t('practices.list.title')}</h1>
      <p class="lead" safe>
        {t('practices.list.intro')}
      </p>
      {data?.canCreate ? (
        <p>
          <a class="button" href="/practices/new" safe>
            {t('practices.list.add')}
          </a>
        </p>
      ) : (
        ''
      )}
      <ErrorSummary page={page} errors={filters.errors} />
      <Filters page={page} filters={filters} choices={data?.choices} />
      <section aria-labelledby="results-title">
        <h2 id="results-title" safe>
          {t('practices.list.results')}
        </h2>
        {practices.length === 0 ? (
          <div role="status">
            <p safe>{filtered ? t('practices.list.noMatch') : t('practices.list.empty')}</p>
            {filtered ? (
              <p>
                <a href="/practices" safe>
                  {t('practices.list.clearFilters')}
                </a>
              </p>
            ) : (
              ''
            )}
          </div>
        ) : (
          <PracticeCards page={page} practices={practices} />
        )}
        <Pagination
          page={page}
          back={
            pageNumber > 1
              ? {
                  href: listHref(filters.values, pageNumber - 1),
                  label: t('common.pagination.previous'),
                  rel: 'prev',
                }
              : null
          }
          nextHref={data?.hasMore ? listHref(filters.values, pageNumber + 1) : null}
        />
      </section>
      {data && data.drafts.length > 0 ? (
        <section aria-labelledby="drafts-title">
          <h2 id="drafts-title" safe>
            {t('practices.list.drafts')}
          </h2>
          <PracticeCards page={page} practices={data.drafts} />
        </section>
      ) : (
        ''
      )}
    </Layout>
  );
}
