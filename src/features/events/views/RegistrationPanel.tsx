import type { Page } from '../../../web/page.ts';
import {
  CsrfField,
  emptyForm,
  ErrorSummary,
  TextField,
  type FormState,
} from '../../../web/views/forms.tsx';
import type { RegistrationState } from '../registration-panel.service.ts';

// The registration part of an event page (inside its "Registration" section): the one action
// that fits the visitor's place.

function CancelForm(props: { page: Page; slug: string; label: string }): JSX.Element {
  return (
    <form method="post" action={`/events/${props.slug}/cancel`}>
      <CsrfField page={props.page} />
      <button type="submit" class="button-secondary" safe>
        {props.label}
      </button>
    </form>
  );
}

function RegisterForm(props: {
  page: Page;
  state: RegistrationState;
  form: FormState;
}): JSX.Element {
  const { page, state, form } = props;
  const { t } = page;
  const label = state.requiresApproval
    ? t('registrations.panel.request')
    : state.full
      ? t('registrations.panel.joinWaitlist')
      : t('registrations.panel.register');
  return (
    <form method="post" action={`/events/${state.slug}/register`} class="stack">
      <ErrorSummary page={page} errors={form.errors} />
      <CsrfField page={page} />
      {state.full && !state.requiresApproval ? (
        <>
          <p safe>{t('registrations.panel.full')}</p>
          <input type="hidden" name="waitlist_if_full" value="1" />
        </>
      ) : (
        ''
      )}
      {state.questions.map((question) => (
        <TextField
          page={page}
          form={form}
          name={`answer_${question.id}`}
          label={question.prompt}
          required={question.isRequired}
          maxlength={1000}
          dir="auto"
        />
      ))}
      <button type="submit" class="button" safe>
        {label}
      </button>
    </form>
  );
}

/** The panel; `form` carries the answers and errors when a registration was refused (400). */
export function RegistrationPanel(props: {
  page: Page;
  state: RegistrationState;
  form?: FormState;
}): JSX.Element {
  const { page, state } = props;
  const { t } = page;
  let body: JSX.Element;
  if (!state.signedIn) {
    body =
      state.closure === null ? (
        <p>
          <a
            class="button"
            href={`/sign-in?next=${encodeURIComponent(`/events/${state.slug}`)}`}
            safe
          >
            {t('registrations.panel.signIn')}
          </a>
        </p>
      ) : (
        <p safe>{t(`registrations.errors.${state.closure}`)}</p>
      );
  } else if (state.closure === 'cancelled') {
    body = <p safe>{t('registrations.errors.cancelled')}</p>;
  } else if (state.status === 'registered' || state.status === 'attended') {
    body = (
      <>
        <p safe>{t(`registrations.panel.status.${state.status}`)}</p>
        {state.onlineUrl ? (
          <p>
            <a href={state.onlineUrl} rel="noopener noreferrer" safe>
              {t('registrations.panel.onlineLink')}
            </a>
          </p>
        ) : (
          ''
        )}
        {state.status === 'registered' && state.closure !== 'past' ? (
          <CancelForm page={page} slug={state.slug} label={t('registrations.panel.cancel')} />
        ) : (
          ''
        )}
      </>
    );
  } else if (state.status === 'waitlisted' || state.status === 'pending') {
    body = (
      <>
        <p safe>
          {state.status === 'waitlisted'
            ? t('registrations.panel.status.waitlisted', { place: state.waitlistPlace ?? 1 })
            : t('registrations.panel.status.pending')}
        </p>
        {state.closure !== 'past' ? (
          <CancelForm page={page} slug={state.slug} label={t('registrations.panel.leave')} />
        ) : (
          ''
        )}
      </>
    );
  } else if (state.status === 'declined' || state.status === 'no_show') {
    body = <p safe>{t(`registrations.panel.status.${state.status}`)}</p>;
  } else if (state.closure !== null) {
    body = <p safe>{t(`registrations.errors.${state.closure}`)}</p>;
  } else {
    body = <RegisterForm page={page} state={state} form={props.form ?? emptyForm} />;
  }
  return <div class="stack">{body}</div>;
}
