import type { Page } from '../../../web/page.ts';
import {
  CsrfField,
  SubmitButton,
  TextAreaField,
  type FormState,
} from '../../../web/views/forms.tsx';
import { Layout } from '../../../web/views/Layout.tsx';
import type { ThemeSummary } from '../../curriculum/curriculum.service.ts';
import type { Assessment } from '../assessment.service.ts';
import { EVIDENCE_MAX, LEVELS, PRIORITIES_MAX } from '../assessment.schema.ts';
import type { City } from '../city-profile.service.ts';
import { THEME_SLUGS } from '../complementarity.ts';

export interface AssessmentFormPageProps {
  page: Page;
  city: City;
  themes: ThemeSummary[];
  form: FormState;
}

/** The form's starting values: the current assessment, or nothing chosen yet. */
export function assessmentFormOf(current: Assessment | null): FormState {
  const values: Record<string, string> = {
    priorities: current?.priorities ?? '',
    is_private: current?.isPrivate ? '1' : '',
    based_on: current ? String(current.id) : '',
  };
  for (const l of current?.themes ?? []) {
    values[`strength_${l.slug}`] = String(l.strength);
    values[`need_${l.slug}`] = String(l.need);
    values[`evidence_${l.slug}`] = l.evidence;
  }
  return { values, errors: {} };
}

/** One radio group (strength or need of one theme), each level with its words. */
function LevelGroup(props: {
  page: Page;
  form: FormState;
  what: 'strength' | 'need';
  slug: string;
  theme: string;
}): JSX.Element {
  const { page, form, what, slug } = props;
  const name = `${what}_${slug}`;
  const error = form.errors[name];
  return (
    <fieldset class={error ? 'field-error' : undefined}>
      <legend safe>{page.t(`cities.assessment.${what}Of`, { theme: props.theme })}</legend>
      {error ? (
        <p class="error" id={`field-${name}-error`} safe>
          {page.t(error)}
        </p>
      ) : (
        ''
      )}
      {LEVELS.map((level) => (
        <div class="field">
          <label>
            <input
              type="radio"
              name={name}
              value={String(level)}
              id={level === 0 ? `field-${name}` : undefined}
              checked={form.values[name] === String(level)}
              aria-describedby={error ? `field-${name}-error` : undefined}
            />{' '}
            <span safe>
              {page.t('cities.levels.withWords', {
                level,
                words: page.t(`cities.levels.${what}.${level}`),
              })}
            </span>
          </label>
        </div>
      ))}
    </fieldset>
  );
}

/** The errors at the top, each naming its theme (or field) and linking to it. */
function Errors({ page, form, themes }: AssessmentFormPageProps): JSX.Element {
  const entries = Object.entries(form.errors);
  if (entries.length === 0) return <></>;
  const text = (field: string, key: string) => {
    const i = THEME_SLUGS.findIndex((s) => field.endsWith(`_${s}`));
    const name =
      i >= 0
        ? themes[i]!.name
        : field === 'priorities'
          ? page.t('cities.assessment.priorities')
          : '';
    const message = page.t(key);
    return name ? page.t('cities.assessment.errorSummary', { field: name, message }) : message;
  };
  return (
    <div class="error-summary" role="alert" aria-labelledby="error-summary-title">
      <h2 id="error-summary-title" safe>
        {page.t('common.form.fixErrors')}
      </h2>
      <ul>
        {entries.map(([field, key]) => (
          <li>
            <a href={`#field-${field}`} safe>
              {text(field, key)}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Updating a city's self-assessment: six themes, each a strength and a need with evidence. */
export function AssessmentFormPage(props: AssessmentFormPageProps): JSX.Element {
  const { page, city, themes, form } = props;
  const { t } = page;
  const title = t('cities.assessment.editTitle', { name: city.name });
  return (
    <Layout page={page} title={title}>
      <h1 safe>{title}</h1>
      <p safe>{t('cities.assessment.editIntro')}</p>
      <Errors {...props} />
      <form method="post" action={`/cities/${city.slug}/assessment/edit`} class="stack" novalidate>
        <CsrfField page={page} />
        <input type="hidden" name="based_on" value={form.values.based_on ?? ''} />
        {themes.map((theme, i) => {
          const slug = THEME_SLUGS[i]!;
          return (
            <fieldset>
              <legend>
                <h2 safe>{theme.name}</h2>
              </legend>
              <LevelGroup page={page} form={form} what="strength" slug={slug} theme={theme.name} />
              <LevelGroup page={page} form={form} what="need" slug={slug} theme={theme.name} />
              <TextAreaField
                page={page}
                form={form}
                name={`evidence_${slug}`}
                label={t('cities.assessment.evidenceFor', { theme: theme.name })}
                maxlength={EVIDENCE_MAX}
                rows={3}
              />
            </fieldset>
          );
        })}
        <TextAreaField
          page={page}
          form={form}
          name="priorities"
          label={t('cities.assessment.priorities')}
          maxlength={PRIORITIES_MAX}
          rows={5}
        />
        <p class="hint" safe>
          {t('cities.assessment.prioritiesHint')}
        </p>
        <div class="field">
          <label for="field-is_private">
            <input
              id="field-is_private"
              type="checkbox"
              name="is_private"
              value="1"
              checked={form.values.is_private === '1'}
              aria-describedby="field-is_private-hint"
            />{' '}
            <span safe>{t('cities.assessment.isPrivate')}</span>
          </label>
          <p class="hint" id="field-is_private-hint" safe>
            {t('cities.assessment.isPrivateHint')}
          </p>
        </div>
        <p>
          <SubmitButton>
            <span safe>{t('cities.assessment.save')}</span>
          </SubmitButton>{' '}
          <a href={`/cities/${city.slug}/assessment`} safe>
            {t('common.form.cancel')}
          </a>
        </p>
      </form>
    </Layout>
  );
}
