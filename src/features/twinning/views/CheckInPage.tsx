import type { Page } from '../../../web/page.ts';
import { Layout } from '../../../web/views/Layout.tsx';
import {
  CsrfField,
  ErrorSummary,
  Notice,
  SelectField,
  TextAreaField,
  TextField,
  type FormState,
} from '../../../web/views/forms.tsx';
import { indicatorField } from '../check-in.schema.ts';
import type { CheckInForm } from '../check-ins.service.ts';
import type { IndicatorAction } from '../check-ins.queries.ts';
import { CheckInProjectLink, CheckInText, reporterText } from './CheckInParts.tsx';

function num(page: Page, n: number | null): string {
  return n === null ? '—' : page.formatNumber(n);
}

function IndicatorHint(page: Page, a: IndicatorAction): string {
  return page.t('follow-up.checkIn.indicatorHint', {
    indicator: a.indicator,
    baseline: num(page, a.baseline),
    target: num(page, a.target),
    current: num(page, a.currentValue),
  });
}

function Report({ page, data }: { page: Page; data: CheckInForm }): JSX.Element {
  const { t } = page;
  const c = data.checkIn;
  return (
    <>
      <p class="meta" safe>
        {reporterText(page, c)}
      </p>
      <h2 safe>{t('follow-up.checkIn.progress')}</h2>
      <CheckInText text={c.progress} />
      <h2 safe>{t('follow-up.checkIn.blockers')}</h2>
      {c.blockers ? (
        <CheckInText text={c.blockers} />
      ) : (
        <p safe>{t('follow-up.checkIn.noBlockers')}</p>
      )}
      <h2 safe>{t('follow-up.checkIn.indicators')}</h2>
      {c.indicators.length === 0 ? (
        <p safe>{t('follow-up.checkIn.noIndicators')}</p>
      ) : (
        <ul>
          {c.indicators.map((i) => (
            <li dir="auto" safe>
              {t('follow-up.checkIn.indicatorValue', {
                action: i.title,
                indicator: i.indicator,
                value: page.formatNumber(i.value),
              })}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function Form({ page, data, form }: { page: Page; data: CheckInForm; form: FormState }) {
  const { t } = page;
  const values = { ...form.values };
  if (!values.city && data.cities.length === 1) values.city = String(data.cities[0]!.id);
  const state = { values, errors: form.errors };
  return (
    <>
      <ErrorSummary page={page} errors={form.errors} />
      <form
        method="post"
        action={`/twinnings/${data.project.slug}/check-ins/${data.checkIn.id}`}
        class="stack"
        novalidate
      >
        <CsrfField page={page} />
        <SelectField
          page={page}
          form={state}
          name="city"
          label={t('follow-up.checkIn.city')}
          options={[
            { value: '', label: t('follow-up.choose') },
            ...data.cities.map((c) => ({ value: String(c.id), label: c.name })),
          ]}
          required
        />
        <TextAreaField
          page={page}
          form={state}
          name="progress"
          label={t('follow-up.checkIn.progress')}
          maxlength={8000}
          required
        />
        <TextAreaField
          page={page}
          form={state}
          name="blockers"
          label={t('follow-up.checkIn.blockers')}
          maxlength={8000}
        />
        {data.actions.length > 0 ? (
          <fieldset>
            <legend safe>{t('follow-up.checkIn.indicators')}</legend>
            {data.actions.map((a) => (
              <TextField
                page={page}
                form={state}
                name={indicatorField(a.id)}
                label={a.title}
                hint={IndicatorHint(page, a)}
                maxlength={24}
                dir="auto"
              />
            ))}
          </fieldset>
        ) : (
          ''
        )}
        <p>
          <button type="submit" class="button" safe>
            {t('follow-up.checkIn.submit')}
          </button>
        </p>
      </form>
    </>
  );
}

/** One check-in: its report once submitted, else the form for the cities and the facilitator. */
export function CheckInPage({
  page,
  data,
  form,
  notice,
}: {
  page: Page;
  data: CheckInForm;
  form: FormState;
  notice?: string;
}): JSX.Element {
  const { t } = page;
  const title = t('follow-up.checkIn.title', { date: page.formatDate(data.checkIn.dueOn) });
  return (
    <Layout page={page} title={`${title} · ${data.project.title}`}>
      <CheckInProjectLink page={page} project={data.project} />
      <p>
        <a href={`/twinnings/${data.project.slug}/check-ins`} safe>
          {t('follow-up.checkIns.all')}
        </a>
      </p>
      <h1 safe>{title}</h1>
      <Notice page={page} messageKey={notice} />
      {data.state === 'submitted' ? (
        <Report page={page} data={data} />
      ) : (
        <>
          {data.state === 'overdue' ? (
            <p class="notice" safe>
              {t('follow-up.checkIn.overdue')}
            </p>
          ) : (
            ''
          )}
          <p safe>{t('follow-up.checkIn.intro')}</p>
          <Form page={page} data={data} form={form} />
        </>
      )}
    </Layout>
  );
}
