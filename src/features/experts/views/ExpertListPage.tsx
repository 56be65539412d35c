import { countryOptions } from '../../../web/countries.ts';
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
import type { Directory } from '../directory.service.ts';
import { SECTORS } from '../experts.policy.ts';
import { FILTER_NAMES, LANGUAGE_CHOICES } from '../experts.schema.ts';
import { ExpertCards } from './ExpertCards.tsx';

// The expert directory: search, filters and one page of approved experts by name.

function listHref(values: Record<string, string>, pageNumber: number): string {
  const params = new URLSearchParams();
  for (const name of FILTER_NAMES) if (values[name]) params.set(name, values[name]);
  if (pageNumber > 1) params.set('page', String(pageNumber));
  const text = params.toString();
  return text ? `/experts?${text}` : '/experts';
}

function Filters(props: { page: Page; filters: FormState; data?: Directory }): JSX.Element {
  const { page, filters, data } = props;
  const { t } = page;
  const any: Option = { value: '', label: t('common.form.any') };
  const languages = LANGUAGE_CHOICES.map((l) => ({
    value: l,
    label: languageName(l, page.lang),
  })).sort((a, b) => a.label.localeCompare(b.label, page.lang));
  return (
    <form method="get" action="/experts" class="filters" role="search">
      <TextField
        page={page}
        form={filters}
        name="q"
        type="search"
        label={t('experts.filters.q')}
        maxlength={200}
      />
      <SelectField
        page={page}
        form={filters}
        name="sector"
        label={t('experts.fields.sector')}
        options={[any, ...SECTORS.map((s) => ({ value: s, label: t(`experts.sectors.${s}`) }))]}
      />
      <SelectField
        page={page}
        form={filters}
        name="theme"
        label={t('experts.fields.theme')}
        options={[any, ...(data?.themes ?? []).map((th) => ({ value: th.slug, label: th.name }))]}
      />
      <SelectField
        page={page}
        form={filters}
        name="language"
        label={t('experts.fields.language')}
        options={[any, ...languages]}
      />
      <SelectField
        page={page}
        form={filters}
        name="country"
        label={t('experts.fields.country')}
        options={[any, ...countryOptions(page.lang)]}
      />
      <SelectField
        page={page}
        form={filters}
        name="organisation"
        label={t('experts.fields.organisation')}
        options={[
          any,
          ...(data?.organisations ?? []).map((o) => ({ value: String(o.id), label: o.name })),
        ]}
      />
      <div class="field">
        <button type="submit" safe>
          {t('common.form.filter')}
        </button>
      </div>
    </form>
  );
}

export function ExpertListPage(props: {
  page: Page;
  filters: FormState;
  pageNumber: number;
  data?: Directory;
}): JSX.Element {
  const { page, filters, data, pageNumber } = props;
  const { t } = page;
  const filtered = FILTER_NAMES.some((n) => filters.values[n]);
  const experts = data?.experts ?? [];
  return (
    <Layout page={page} title={t('experts.list.title')}>
      <h1 safe>{t('experts.list.title')}</h1>
      <p class="lead" safe>
        {t('experts.list.intro')}
      </p>
      {page.actor ? (
        <p>
          {data?.ownSlug ? (
            <a href={`/experts/${data.ownSlug}`} safe>
              {t('experts.list.ownProfile')}
            </a>
          ) : (
            <a class="button" href="/experts/new" safe>
              {t('experts.list.create')}
            </a>
          )}{' '}
          <a href="/experts/invitations" safe>
            {t('experts.invitations.title')}
          </a>
        </p>
      ) : (
        ''
      )}
      <ErrorSummary page={page} errors={filters.errors} />
      <Filters page={page} filters={filters} data={data} />
      <section aria-labelledby="results-title">
        <h2 id="results-title" safe>
          {t('experts.list.results')}
        </h2>
        {experts.length === 0 ? (
          <div role="status">
            <p safe>{filtered ? t('experts.list.noMatch') : t('experts.list.empty')}</p>
            {filtered ? (
              <p>
                <a href="/experts" safe>
                  {t('experts.list.clearFilters')}
                </a>
              </p>
            ) : (
              ''
            )}
          </div>
        ) : (
          <ExpertCards page={page} experts={experts} />
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
    </Layout>
  );
}
