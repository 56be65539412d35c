import { countryName } from '../../../web/countries.ts';
import { languageList } from '../../../web/language-names.ts';
import type { Page } from '../../../web/page.ts';
import { DemoBadge } from '../../../web/views/DemoBadge.tsx';
import type { Profile } from '../experts.queries.ts';

// Cards of experts for the directory.

/** "Academic · Antwerp University · Belgium": what a card and a page show under the name. */
export function ExpertMeta({ page, expert }: { page: Page; expert: Profile }): JSX.Element {
  const parts = [
    page.t(`experts.sectors.${expert.sector}`),
    expert.organisationName ?? '',
    expert.country ? countryName(expert.country, page.lang) : '',
  ].filter(Boolean);
  return (
    <p class="meta">
      <DemoBadge page={page} when={expert.isDemo} />
      <span dir="auto" safe>
        {parts.join(' · ')}
      </span>
    </p>
  );
}

export function ExpertCards({ page, experts }: { page: Page; experts: Profile[] }): JSX.Element {
  return (
    <ul class="card-grid">
      {experts.map((expert) => (
        <li class="card">
          <h3>
            <a href={`/experts/${expert.slug}`} dir="auto" safe>
              {expert.name}
            </a>
          </h3>
          <ExpertMeta page={page} expert={expert} />
          {expert.languages.length ? (
            <p class="meta" safe>
              {page.t('experts.fields.languagesList', {
                languages: languageList(expert.languages, page.lang),
              })}
            </p>
          ) : (
            ''
          )}
        </li>
      ))}
    </ul>
  );
}
