import { countryName } from '../../../web/countries.ts';
import type { Page } from '../../../web/page.ts';
import {
  CsrfField,
  ErrorSummary,
  SelectField,
  SubmitButton,
  TextField,
  type FormState,
} from '../../../web/views/forms.tsx';
import { Layout } from '../../../web/views/Layout.tsx';
import type { newPairingChoices } from '../pairings.service.ts';

export type PairingChoices = Awaited<ReturnType<typeof newPairingChoices>>;

function runLabel(page: Page, run: PairingChoices['runs'][number]): string {
  const titles = run.courseTitles;
  const course = titles[page.lang] ?? titles.en ?? Object.values(titles)[0] ?? '';
  const name = run.title ? `${course} – ${run.title}` : course;
  const when = run.startsOn ? page.formatDate(run.startsOn, 'medium') : '';
  return page.t('pairings.new.runOption', {
    run: when ? `${name} (${when})` : name,
    count: run.learners,
  });
}

/** The two ways to start a pairing: the cities of a run, or cities chosen for an exchange call. */
export function PairingNewPage(props: {
  page: Page;
  choices: PairingChoices;
  form: FormState;
  /** The random key both forms carry, so that a double submission makes one pairing. */
  requestKey: string;
}): JSX.Element {
  const { page, choices, form } = props;
  const { t } = page;
  const chosen = new Set((form.values.cities ?? '').split(','));
  return (
    <Layout page={page} title={t('pairings.new.title')}>
      <h1 safe>{t('pairings.new.title')}</h1>
      <p class="lead" safe>
        {t('pairings.new.intro')}
      </p>
      <ErrorSummary page={page} errors={form.errors} />
      <h2 safe>{t('pairings.new.fromRun')}</h2>
      {choices.runs.length === 0 ? (
        <p safe>{t('pairings.new.noRuns')}</p>
      ) : (
        <form method="post" action="/facilitate/pairings" class="stack">
          <CsrfField page={page} />
          <input type="hidden" name="source" value="run" />
          <input type="hidden" name="key" value={props.requestKey} />
          <TextField
            page={page}
            form={form}
            name="run_title"
            label={t('pairings.new.name')}
            required
            maxlength={200}
          />
          <SelectField
            page={page}
            form={form}
            name="run"
            label={t('pairings.new.run')}
            required
            options={[
              { value: '', label: t('pairings.new.chooseRun') },
              ...choices.runs.map((r) => ({ value: String(r.id), label: runLabel(page, r) })),
            ]}
          />
          <SubmitButton>
            <span safe>{t('pairings.new.submitRun')}</span>
          </SubmitButton>
        </form>
      )}
      <h2 safe>{t('pairings.new.fromCities')}</h2>
      {choices.cities.length < 2 ? (
        <p safe>{t('pairings.new.noCities')}</p>
      ) : (
        <form method="post" action="/facilitate/pairings" class="stack">
          <CsrfField page={page} />
          <input type="hidden" name="source" value="cities" />
          <input type="hidden" name="key" value={props.requestKey} />
          <TextField
            page={page}
            form={form}
            name="call_title"
            label={t('pairings.new.name')}
            required
            maxlength={200}
          />
          <fieldset
            id="field-cities"
            class={form.errors.cities ? 'field-error' : undefined}
            aria-describedby={form.errors.cities ? 'field-cities-error' : undefined}
          >
            <legend safe>{t('pairings.new.cities')}</legend>
            {form.errors.cities ? (
              <p class="error" id="field-cities-error" safe>
                {t(form.errors.cities)}
              </p>
            ) : (
              ''
            )}
            {choices.cities.map((c) => (
              <div class="field">
                <label>
                  <input
                    type="checkbox"
                    name="cities"
                    value={String(c.id)}
                    checked={chosen.has(String(c.id))}
                  />{' '}
                  <span dir="auto" safe>
                    {c.country ? `${c.name} (${countryName(c.country, page.lang)})` : c.name}
                  </span>
                </label>
              </div>
            ))}
          </fieldset>
          <SubmitButton>
            <span safe>{t('pairings.new.submitCities')}</span>
          </SubmitButton>
        </form>
      )}
    </Layout>
  );
}
