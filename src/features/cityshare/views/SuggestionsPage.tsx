import { DemoBadge } from '../../../web/views/DemoBadge.tsx';
import { countryName, WORLD_REGIONS } from '../../../web/countries.ts';
import { languageName } from '../../../web/language-names.ts';
import type { Page } from '../../../web/page.ts';
import { ErrorSummary, SelectField, type FormState } from '../../../web/views/forms.tsx';
import { Layout } from '../../../web/views/Layout.tsx';
import { MAX_SCORE, THEME_SLUGS, type Suggestion } from '../complementarity.ts';
import { SIZE_NAMES } from '../suggestion.schema.ts';
import type { Candidate } from '../candidates.service.ts';
import type { CitySuggestions } from '../suggestions.service.ts';
import { reasonsText, topThemes } from './SuggestionReasons.ts';

export interface SuggestionsProps {
  page: Page;
  data: CitySuggestions;
  filters: FormState;
  themeNames: Record<string, string>;
}

const FILTER_NAMES = ['region', 'size', 'language', 'theme'] as const;

function Filters(props: SuggestionsProps): JSX.Element {
  const { page, filters, data } = props;
  const { t } = page;
  const any = { value: '', label: t('common.form.any') };
  const action = `/cities/${data.city.slug}/suggestions`;
  return (
    <form method="get" action={action} class="filters" role="search">
      <SelectField
        page={page}
        form={filters}
        name="region"
        label={t('suggestions.filters.region')}
        options={[
          any,
          ...WORLD_REGIONS.map((r) => ({ value: r, label: t(`organisations.worldRegions.${r}`) })),
        ]}
      />
      <SelectField
        page={page}
        form={filters}
        name="size"
        label={t('suggestions.filters.size')}
        options={[
          any,
          ...SIZE_NAMES.map((s) => ({ value: s, label: t(`suggestions.sizes.${s}`) })),
        ]}
      />
      <SelectField
        page={page}
        form={filters}
        name="language"
        label={t('suggestions.filters.language')}
        options={[
          any,
          ...data.languages
            .map((l) => ({ value: l, label: languageName(l, page.lang) }))
            .sort((a, b) => a.label.localeCompare(b.label, page.lang)),
        ]}
      />
      <SelectField
        page={page}
        form={filters}
        name="theme"
        label={t('suggestions.filters.theme')}
        options={[any, ...THEME_SLUGS.map((s) => ({ value: s, label: props.themeNames[s] ?? s }))]}
      />
      <div class="field">
        <button type="submit" safe>
          {t('common.form.filter')}
        </button>
      </div>
    </form>
  );
}

function Entry(props: SuggestionsProps & { s: Suggestion<Candidate> }): JSX.Element {
  const { page, data, s } = props;
  const { t } = page;
  const own = data.own!;
  const partner = s.city;
  const score = t('suggestions.score', {
    score: page.formatNumber(s.match.score),
    max: page.formatNumber(MAX_SCORE),
  });
  const facts = [
    partner.country ? countryName(partner.country, page.lang) : '',
    partner.population !== undefined
      ? t('suggestions.population', { population: page.formatNumber(partner.population) })
      : '',
  ].filter(Boolean);
  const exchange =
    `/exchanges/new?cities=${own.id},${partner.id}` + `&themes=${topThemes(s.match).join(',')}`;
  return (
    <li class="card">
      <h3>
        <a href={`/organisations/${partner.slug}`} safe>
          {partner.name}
        </a>
      </h3>
      {facts.length ? (
        <p class="meta" safe>
          {facts.join(' · ')}
        </p>
      ) : (
        ''
      )}
      <p>
        <DemoBadge page={page} when={partner.isDemo} />
        <span safe>{score}</span>{' '}
        <meter min={0} max={MAX_SCORE} value={s.match.score} aria-hidden="true"></meter>
      </p>
      <p safe>
        {reasonsText(page, {
          own,
          partner,
          match: s.match,
          isMember: data.isMember,
          themeNames: props.themeNames,
        })}
      </p>
      {data.canPropose ? (
        <p>
          <a class="button button-secondary" href={exchange} safe>
            {t('suggestions.proposeExchange', { partner: partner.name })}
          </a>
        </p>
      ) : (
        ''
      )}
    </li>
  );
}

/** A city's suggested partners: filters, the ten best with score and reasons, or what to do first. */
export function SuggestionsPage(props: SuggestionsProps): JSX.Element {
  const { page, data, filters } = props;
  const { t } = page;
  const title = t('suggestions.page.title', { city: data.city.name });
  const filtered = FILTER_NAMES.some((n) => filters.values[n]);
  const self = `/cities/${data.city.slug}/suggestions`;
  return (
    <Layout page={page} title={title}>
      <h1 safe>{title}</h1>
      <p class="lead">
        <span safe>{t('suggestions.page.advice')}</span>{' '}
        <a href="/cityshare/about-suggestions" safe>
          {t('suggestions.page.howLink')}
        </a>
      </p>
      {data.own === null ? (
        <div role="status">
          <p safe>{t('suggestions.page.noAssessment', { city: data.city.name })}</p>
          <p>
            <a class="button" href={`/cities/${data.city.slug}/assessment/edit`} safe>
              {t('suggestions.page.assess')}
            </a>
          </p>
        </div>
      ) : (
        <>
          {data.own.isPrivate ? (
            <p class="notice" safe>
              {t('suggestions.page.ownPrivate')}
            </p>
          ) : (
            ''
          )}
          <ErrorSummary page={page} errors={filters.errors} />
          <Filters {...props} />
          <section aria-labelledby="results-title">
            <h2 id="results-title" safe>
              {t('suggestions.page.results')}
            </h2>
            {data.suggestions.length === 0 ? (
              <div role="status">
                <p safe>{filtered ? t('suggestions.page.noMatch') : t('suggestions.page.none')}</p>
                {filtered ? (
                  <p>
                    <a href={self} safe>
                      {t('suggestions.page.clearFilters')}
                    </a>
                  </p>
                ) : (
                  ''
                )}
              </div>
            ) : (
              <ol class="card-grid">
                {data.suggestions.map((s) => (
                  <Entry {...props} s={s} />
                ))}
              </ol>
            )}
          </section>
        </>
      )}
    </Layout>
  );
}
