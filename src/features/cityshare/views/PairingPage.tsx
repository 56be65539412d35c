import type { Page } from '../../../web/page.ts';
import {
  CsrfField,
  ErrorSummary,
  Notice,
  SelectField,
  SubmitButton,
  type FormState,
} from '../../../web/views/forms.tsx';
import { Layout } from '../../../web/views/Layout.tsx';
import type { PairedGroup, PairingView } from '../pairings.service.ts';
import { reasonsText, topThemes } from './SuggestionReasons.ts';

export interface PairingProps {
  page: Page;
  view: PairingView;
  themeNames: Record<string, string>;
  form: FormState;
  notice?: string;
}

function exchangeHref(view: PairingView, group: PairedGroup): string {
  const themes = group.pairs[0] ? topThemes(group.pairs[0].match) : [];
  const params = [
    `cities=${group.cities.map((c) => c.id).join(',')}`,
    themes.length ? `themes=${themes.join(',')}` : '',
    view.pairing.runId !== null ? `run=${view.pairing.runId}` : '',
  ].filter(Boolean);
  return `/exchanges/new?${params.join('&')}`;
}

function Group(props: PairingProps & { group: PairedGroup }): JSX.Element {
  const { page, group } = props;
  const { t } = page;
  return (
    <li class="card">
      <h3 safe>{t('pairings.show.group', { number: group.number })}</h3>
      <p class="meta" safe>
        {t('pairings.show.groupScore', { score: page.formatNumber(group.score) })}
      </p>
      <ul>
        {group.cities.map((c) => (
          <li>
            <a href={`/organisations/${c.slug}`} dir="auto" safe>
              {c.name}
            </a>
          </li>
        ))}
      </ul>
      {group.pairs.map((p) => (
        <p safe>
          {p.match.score > 0
            ? reasonsText(page, {
                own: p.a,
                partner: p.b,
                match: p.match,
                isMember: false,
                themeNames: props.themeNames,
              })
            : t('pairings.show.nothingToExchange', { a: p.a.name, b: p.b.name })}
        </p>
      ))}
      {group.cities.length > 1 ? (
        <p>
          <a class="button button-secondary" href={exchangeHref(props.view, group)} safe>
            {t('pairings.show.openExchange')}
          </a>
        </p>
      ) : (
        ''
      )}
    </li>
  );
}

function Adjust(props: PairingProps): JSX.Element {
  const { page, view, form } = props;
  const { t } = page;
  const base = `/facilitate/pairings/${view.pairing.id}`;
  const cityOptions = [
    { value: '', label: t('pairings.adjust.chooseCity') },
    ...view.placeable.map((c) => ({ value: String(c.id), label: c.name })),
  ];
  return (
    <section aria-labelledby="adjust-title">
      <h2 id="adjust-title" safe>
        {t('pairings.adjust.title')}
      </h2>
      <form method="post" action={`${base}/move`} class="filters">
        <CsrfField page={page} />
        <SelectField
          page={page}
          form={form}
          name="city"
          label={t('pairings.adjust.city')}
          options={cityOptions}
        />
        <SelectField
          page={page}
          form={form}
          name="group"
          label={t('pairings.adjust.toGroup')}
          options={[
            ...view.groups.map((g) => ({
              value: String(g.number),
              label: t('pairings.show.group', { number: g.number }),
            })),
            { value: 'new', label: t('pairings.adjust.newGroup') },
          ]}
        />
        <div class="field">
          <SubmitButton>
            <span safe>{t('pairings.adjust.move')}</span>
          </SubmitButton>
        </div>
      </form>
      <form method="post" action={`${base}/swap`} class="filters">
        <CsrfField page={page} />
        <SelectField
          page={page}
          form={form}
          name="first"
          label={t('pairings.adjust.first')}
          options={cityOptions}
        />
        <SelectField
          page={page}
          form={form}
          name="second"
          label={t('pairings.adjust.second')}
          options={cityOptions}
        />
        <div class="field">
          <SubmitButton>
            <span safe>{t('pairings.adjust.swap')}</span>
          </SubmitButton>
        </div>
      </form>
      <form method="post" action={`${base}/recompute`} class="inline-form">
        <CsrfField page={page} />
        <button type="submit" class="button-secondary" safe>
          {t('pairings.adjust.recompute')}
        </button>
      </form>
    </section>
  );
}

/** A pairing: its groups with scores and reasons, the totals, the cities not placed, adjustments. */
export function PairingPage(props: PairingProps): JSX.Element {
  const { page, view } = props;
  const { t } = page;
  const n = (x: number) => page.formatNumber(x);
  return (
    <Layout page={page} title={view.pairing.title}>
      <p>
        <a href="/facilitate/pairings" safe>
          {t('pairings.show.back')}
        </a>
      </p>
      <h1 dir="auto" safe>
        {view.pairing.title}
      </h1>
      <Notice page={page} messageKey={props.notice} />
      <ErrorSummary page={page} errors={props.form.errors} />
      <p class="lead" safe>
        {t('pairings.show.totals', {
          total: n(view.total),
          optimum: n(view.optimum),
          greedy: n(view.greedy),
        })}
      </p>
      <p safe>
        {view.total >= view.optimum
          ? t('pairings.show.isOptimum')
          : t('pairings.show.belowOptimum')}
      </p>
      {view.pairing.runId !== null ? (
        <p>
          <a href={`/facilitate/runs/${view.pairing.runId}`} safe>
            {t('pairings.show.run')}
          </a>
        </p>
      ) : (
        ''
      )}
      <section aria-labelledby="groups-title">
        <h2 id="groups-title" safe>
          {t('pairings.show.groups')}
        </h2>
        {view.groups.length === 0 ? (
          <p role="status" safe>
            {t('pairings.show.noGroups')}
          </p>
        ) : (
          <ol class="card-grid">
            {view.groups.map((group) => (
              <Group {...props} group={group} />
            ))}
          </ol>
        )}
      </section>
      {view.notPlaced.length > 0 ? (
        <section aria-labelledby="not-placed-title">
          <h2 id="not-placed-title" safe>
            {t('pairings.show.notPlaced')}
          </h2>
          <p safe>{t('pairings.show.notPlacedHint')}</p>
          <ul>
            {view.notPlaced.map((c) => (
              <li>
                <a href={`/organisations/${c.slug}`} dir="auto" safe>
                  {c.name}
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : (
        ''
      )}
      {view.placeable.length >= 2 ? <Adjust {...props} /> : ''}
    </Layout>
  );
}
