import type { Page } from '../../../web/page.ts';
import {
  CsrfField,
  ErrorSummary,
  SubmitButton,
  TextAreaField,
  type FormState,
} from '../../../web/views/forms.tsx';
import type { TwinningPageData } from '../twinning.service.ts';

// What the parties decide on the project page: each city's confirmation, the facilitator's
// status changes, and the public summary with the cities' consent to publish it.

function CityForm(props: {
  page: Page;
  slug: string;
  action: 'confirm' | 'publish';
  cityId: number;
  agree?: '0' | '1';
  label: string;
  secondary?: boolean;
}): JSX.Element {
  return (
    <form method="post" action={`/twinnings/${props.slug}/${props.action}`} class="inline-form">
      <CsrfField page={props.page} />
      <input type="hidden" name="city" value={String(props.cityId)} />
      {props.agree ? <input type="hidden" name="agree" value={props.agree} /> : ''}
      <button type="submit" class={props.secondary ? 'button button-secondary' : 'button'} safe>
        {props.label}
      </button>
    </form>
  );
}

export function TwinningCities({
  page,
  data,
}: {
  page: Page;
  data: TwinningPageData;
}): JSX.Element {
  const { t } = page;
  const { project } = data;
  return (
    <ul>
      {project.cities.map((c) => (
        <li>
          <a href={`/organisations/${c.slug}`} dir="auto" safe>
            {c.name}
          </a>{' '}
          <span class={c.confirmedAt ? 'badge' : 'badge badge-alert'} safe>
            {c.confirmedAt
              ? t('twinning.cities.confirmedOn', { date: page.formatDate(c.confirmedAt) })
              : t('twinning.cities.unconfirmed')}
          </span>
          {!c.confirmedAt && data.can.cities.includes(c.id) ? (
            <>
              {' '}
              <CityForm
                page={page}
                slug={project.slug}
                action="confirm"
                cityId={c.id}
                label={t('twinning.cities.confirm', { city: c.name })}
              />
            </>
          ) : (
            ''
          )}
        </li>
      ))}
    </ul>
  );
}

export function TwinningStatusForm({
  page,
  data,
}: {
  page: Page;
  data: TwinningPageData;
}): JSX.Element {
  const { t } = page;
  const next: Record<string, string[]> = {
    proposed: ['active', 'cancelled'],
    active: ['completed', 'cancelled'],
  };
  const choices = next[data.project.status] ?? [];
  if (!data.can.setStatus || choices.length === 0) return <></>;
  return (
    <p>
      {choices.map((s) => (
        <form method="post" action={`/twinnings/${data.project.slug}/status`} class="inline-form">
          <CsrfField page={page} />
          <input type="hidden" name="status" value={s} />
          <button
            type="submit"
            class={s === 'cancelled' ? 'button button-danger' : 'button button-secondary'}
            safe
          >
            {t(`twinning.statusAction.${s}`)}
          </button>{' '}
        </form>
      ))}
    </p>
  );
}

export function TwinningSummarySection(props: {
  page: Page;
  data: TwinningPageData;
  form?: FormState;
}): JSX.Element {
  const { page, data } = props;
  const { t } = page;
  const { project } = data;
  const everyone = project.cities.every((c) => c.publishesSummary);
  const form = props.form ?? { values: { public_summary: project.publicSummary }, errors: {} };
  return (
    <section aria-labelledby="summary">
      <h2 id="summary" safe>
        {t('twinning.summary.title')}
      </h2>
      <p safe>
        {t(
          everyone && project.publicSummary
            ? 'twinning.summary.public'
            : 'twinning.summary.notPublic',
        )}
      </p>
      <ul>
        {project.cities.map((c) => (
          <li>
            <span dir="auto" safe>
              {c.name}
            </span>
            {': '}
            <span safe>
              {t(c.publishesSummary ? 'twinning.summary.agrees' : 'twinning.summary.notYet')}
            </span>
            {data.can.cities.includes(c.id) ? (
              <>
                {' '}
                <CityForm
                  page={page}
                  slug={project.slug}
                  action="publish"
                  cityId={c.id}
                  agree={c.publishesSummary ? '0' : '1'}
                  secondary
                  label={t(
                    c.publishesSummary ? 'twinning.summary.withdraw' : 'twinning.summary.agree',
                    { city: c.name },
                  )}
                />
              </>
            ) : (
              ''
            )}
          </li>
        ))}
      </ul>
      <p>
        <a href={`/twinnings/${project.slug}/summary`} safe>
          {t('twinning.summary.view')}
        </a>
      </p>
      {data.can.writeSummary ? (
        <form method="post" action={`/twinnings/${project.slug}/summary`} class="stack" novalidate>
          <ErrorSummary page={page} errors={form.errors} />
          <CsrfField page={page} />
          <TextAreaField
            page={page}
            form={form}
            name="public_summary"
            label={t('twinning.fields.publicSummary')}
            maxlength={5000}
          />
          <p>
            <SubmitButton>
              <span safe>{t('twinning.summary.save')}</span>
            </SubmitButton>
          </p>
        </form>
      ) : (
        ''
      )}
    </section>
  );
}
