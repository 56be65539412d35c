import { LANGUAGES } from '../../../web/i18n.ts';
import { languageName } from '../../../web/language-names.ts';
import type { Page } from '../../../web/page.ts';
import {
  CsrfField,
  ErrorSummary,
  Notice,
  SelectField,
  SubmitButton,
  TextAreaField,
  TextField,
  type FormState,
} from '../../../web/views/forms.tsx';
import { Layout } from '../../../web/views/Layout.tsx';
import { STATUS_CHANGES } from '../event-edit.schema.ts';
import type { EditorChoices } from '../event-edit.service.ts';
import { EVENT_KINDS } from '../events.schema.ts';

export interface EventEditProps {
  page: Page;
  form: FormState;
  /** Chosen ids of the multi-valued fields, as strings. */
  chosen: { theme_ids: string[]; partner_ids: string[] };
  choices: EditorChoices;
  /** The event being edited; none for a new one. */
  event?: { id: number; slug: string; status: string };
  noticeKey?: string;
}

/** A local date-time input (in the event's own time zone). */
function DateTimeField({
  page,
  form,
  name,
  required,
}: {
  page: Page;
  form: FormState;
  name: string;
  required?: boolean;
}): JSX.Element {
  const id = `field-${name}`;
  const error = form.errors[name];
  return (
    <div class={error ? 'field field-error' : 'field'}>
      <label for={id} safe>
        {page.t(`events.edit.${name}`)}
      </label>
      {error ? (
        <p class="error" id={`${id}-error`} safe>
          {page.t(error)}
        </p>
      ) : (
        ''
      )}
      <input
        id={id}
        name={name}
        type="datetime-local"
        value={form.values[name]}
        required={required}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      />
    </div>
  );
}

function MultiSelect(props: {
  page: Page;
  form: FormState;
  name: 'theme_ids' | 'partner_ids';
  options: Array<{ id: number; label: string }>;
  chosen: string[];
}): JSX.Element {
  const { page, name } = props;
  const id = `field-${name}`;
  const error = props.form.errors[name];
  return (
    <fieldset id={id} class={error ? 'field field-error' : 'field'}>
      <legend safe>{page.t(`events.edit.${name}`)}</legend>
      {error ? (
        <p class="error" id={`${id}-error`} safe>
          {page.t(error)}
        </p>
      ) : (
        ''
      )}
      {props.options.map((o) => (
        <label>
          <input
            type="checkbox"
            name={name}
            value={String(o.id)}
            checked={props.chosen.includes(String(o.id))}
          />{' '}
          <span safe>{o.label}</span>
        </label>
      ))}
    </fieldset>
  );
}

/** The event form (new or edit) and, when editing, the status buttons. */
export function EventEditPage(props: EventEditProps): JSX.Element {
  const { page, form, choices, event } = props;
  const { t } = page;
  const title = event ? t('events.edit.editTitle') : t('events.edit.newTitle');
  const field = (name: string) => ({ page, form, name, label: t(`events.edit.${name}`) });
  const none = t('events.edit.none');
  const action = event ? `/authoring/events/${event.id}` : '/authoring/events/new';
  return (
    <Layout page={page} title={title}>
      <h1 safe>{title}</h1>
      <Notice page={page} messageKey={props.noticeKey} />
      {event ? (
        <p>
          <span class="badge" safe>
            {t(`events.status.${event.status}`)}
          </span>{' '}
          <a href={`/events/${event.slug}`} safe>
            {t('events.edit.view')}
          </a>
          {' · '}
          <a href={`/authoring/events/${event.id}/documents`} safe>
            {t('events.edit.documents')}
          </a>
          {' · '}
          <a href={`/authoring/events/${event.id}/questions`} safe>
            {t('registration-questions.link')}
          </a>
        </p>
      ) : (
        ''
      )}
      <ErrorSummary page={page} errors={form.errors} />
      <form method="post" action={action} class="stack" novalidate>
        <CsrfField page={page} />
        <SelectField
          {...field('language')}
          required
          options={LANGUAGES.map((l) => ({ value: l, label: languageName(l, page.lang) }))}
        />
        <TextField {...field('title')} required maxlength={200} dir="auto" />
        <TextAreaField {...field('description')} maxlength={20_000} rows={8} />
        <SelectField
          {...field('kind')}
          required
          options={EVENT_KINDS.map((k) => ({ value: k, label: t(`events.kinds.${k}`) }))}
        />
        <MultiSelect
          page={page}
          form={form}
          name="theme_ids"
          options={choices.themes.map((th) => ({ id: th.id, label: th.name }))}
          chosen={props.chosen.theme_ids}
        />
        <MultiSelect
          page={page}
          form={form}
          name="partner_ids"
          options={choices.partners}
          chosen={props.chosen.partner_ids}
        />
        <TextAreaField {...field('facilitator_emails')} rows={3} />
        <TextAreaField {...field('speaker_emails')} rows={3} />
        <SelectField
          {...field('time_zone')}
          required
          options={choices.timeZones.map((z) => ({ value: z, label: z }))}
        />
        <DateTimeField page={page} form={form} name="starts_local" required />
        <DateTimeField page={page} form={form} name="ends_local" required />
        <SelectField
          {...field('venue_city_id')}
          options={[
            { value: '', label: none },
            ...choices.cities.map((c) => ({ value: String(c.id), label: c.label })),
          ]}
        />
        <TextField {...field('venue_address')} maxlength={300} />
        <TextField {...field('online_url')} type="url" maxlength={500} />
        <TextField {...field('capacity')} type="number" hint={t('events.edit.capacityHint')} />
        <DateTimeField page={page} form={form} name="registration_opens_local" />
        <DateTimeField page={page} form={form} name="registration_closes_local" />
        <div class="field">
          <label>
            <input
              type="checkbox"
              name="requires_approval"
              value="1"
              checked={form.values.requires_approval === '1'}
            />{' '}
            <span safe>{t('events.edit.requires_approval')}</span>
          </label>
        </div>
        <SelectField
          {...field('run_id')}
          options={[
            { value: '', label: none },
            ...choices.runs.map((r) => ({ value: String(r.id), label: r.label })),
          ]}
        />
        <SelectField
          {...field('curriculum_id')}
          hint={t('events.edit.curriculum_idHint')}
          options={[
            { value: '', label: none },
            ...choices.curricula.map((c) => ({ value: String(c.id), label: c.label })),
          ]}
        />
        <SubmitButton>
          <span safe>{event ? t('events.edit.save') : t('events.edit.create')}</span>
        </SubmitButton>
      </form>
      {event && (STATUS_CHANGES[event.status] ?? []).length > 0 ? (
        <section aria-labelledby="status-title">
          <h2 id="status-title" safe>
            {t('events.edit.statusTitle')}
          </h2>
          {(STATUS_CHANGES[event.status] ?? []).map((to) => (
            <form method="post" action={`/authoring/events/${event.id}/status`} class="inline-form">
              <CsrfField page={page} />
              <input type="hidden" name="status" value={to} />
              <button
                type="submit"
                class={to === 'cancelled' ? 'button button-danger' : 'button'}
                safe
              >
                {t(`events.edit.to.${to}`)}
              </button>
            </form>
          ))}
        </section>
      ) : (
        ''
      )}
    </Layout>
  );
}
