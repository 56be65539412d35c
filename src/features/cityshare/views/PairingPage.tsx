import type { Page } from '../../../web/page.ts';
import {
  CsrfField,
  ErrorSummary,
  Notice,
  SelectField,
  SubmitButton,
  type FormState,
  type Option,
} from '../../../web/views/forms.tsx';
import { Layout } from '../../../web/views/Layout.tsx';
import type { PairedGroup, PairingView } from '../pairings.service.ts';
import { reasonsText, topThemes } from './SuggestionReasons.ts';

const STANDING: Record<PairingView['standing'], string> = {
  best: 'pairings.show.isOptimum',
  below: 'pairings.show.belowOptimum',
  otherShape: 'pairings.show.otherShape',
};

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

/** The cities as a list of links to their profiles. */
function CityLinks({ cities }: { cities: Array<{ slug: string; name: string }> }): JSX.Element {
  return (
    <ul>
      {cities.map((c) => (
        <li>
          <a href={`/organisations/${c.slug}`} dir="auto" safe>
            {c.name}
          </a>
        </li>
      ))}
    </ul>
  );
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
      <CityLinks cities={group.cities} />
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

/** One adjustment: a row of choices and its button. */
function AdjustForm(props: {
  page: Page;
  form: FormState;
  action: string;
  fields: Array<{ name: string; label: string; options: Option[] }>;
  submit: string;
}): JSX.Element {
  const { page, form } = props;
  return (
    <form method="post" action={props.action} class="filters">
      <CsrfField page={page} />
      {props.fields.map((f) => (
        <SelectField page={page} form={form} name={f.name} label={f.label} options={f.options} />
      ))}
      <div class="field">
        <SubmitButton>
          <span safe>{props.submit}</span>
        </SubmitButton>
      </div>
    </form>
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
      <AdjustForm
        page={page}
        form={form}
        action={`${base}/move`}
        fields={[
          { name: 'city', label: t('pairings.adjust.city'), options: cityOptions },
          {
            name: 'group',
            label: t('pairings.adjust.toGroup'),
            options: [
              ...view.groups.map((g) => ({
                value: String(g.number),
                label: t('pairings.show.group', { number: g.number }),
              })),
              { value: 'new', label: t('pairings.adjust.newGroup') },
            ],
          },
        ]}
        submit={t('pairings.adjust.move')}
      />
      <AdjustForm
        page={page}
        form={form}
        action={`${base}/swap`}
        fields={[
          { name: 'first', label: t('pairings.adjust.first'), options: cityOptions },
          { name: 'second', label: t('pairings.adjust.second'), options: cityOptions },
        ]}
        submit={t('pairings.adjust.swap')}
      />
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
      <p safe>{t(STANDING[view.standing])}</p>
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
          <CityLinks cities={view.notPlaced} />
        </section>
      ) : (
        ''
      )}
      {view.placeable.length >= 2 ? <Adjust {...props} /> : ''}
    </Layout>
  );
}
