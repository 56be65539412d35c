import type { Page } from '../../../web/page.ts';
import { Layout } from '../../../web/views/Layout.tsx';
import { ErrorSummary, Notice, PostForm, type FormState } from '../../../web/views/forms.tsx';
import { DELIVERIES, NOTIFICATION_KINDS, type NotificationKind } from '../kinds.ts';

/** One radio group: how e-mails of one kind are sent. */
function KindGroup({
  page,
  form,
  kind,
}: {
  page: Page;
  form: FormState;
  kind: NotificationKind;
}): JSX.Element {
  const { t } = page;
  const error = form.errors[kind];
  const hintId = `field-${kind}-hint`;
  const describedBy = error ? `${hintId} field-${kind}-error` : hintId;
  return (
    <fieldset class={error ? 'field-error' : undefined}>
      <legend safe>{t(`notifications.kinds.${kind}.label`)}</legend>
      <p class="hint" id={hintId} safe>
        {t(`notifications.kinds.${kind}.hint`)}
      </p>
      {error ? (
        <p class="error" id={`field-${kind}-error`} safe>
          {t(error)}
        </p>
      ) : (
        ''
      )}
      {DELIVERIES.map((delivery, i) => (
        <div class="field">
          <label>
            <input
              type="radio"
              name={kind}
              value={delivery}
              id={i === 0 ? `field-${kind}` : undefined}
              checked={form.values[kind] === delivery}
              aria-describedby={describedBy}
            />{' '}
            <span safe>{t(`notifications.choices.${delivery}`)}</span>
          </label>
        </div>
      ))}
    </fieldset>
  );
}

/** Per kind of notification: e-mail at once, in the daily digest, or not at all. */
export function EmailChoicesPage({
  page,
  form,
  notice,
}: {
  page: Page;
  form: FormState;
  notice?: string;
}): JSX.Element {
  const { t } = page;
  const errors = Object.fromEntries(
    Object.entries(form.errors).map(([kind, key]) => [
      kind,
      t('notifications.choices.errorOf', {
        kind: t(`notifications.kinds.${kind}.label`),
        message: t(key),
      }),
    ]),
  );
  return (
    <Layout page={page} title={t('notifications.choices.title')}>
      <h1 safe>{t('notifications.choices.title')}</h1>
      <Notice page={page} messageKey={notice} />
      <ErrorSummary page={page} errors={errors} />
      <p safe>{t('notifications.choices.intro')}</p>
      <PostForm
        page={page}
        action="/account/notifications"
        submit={t('notifications.choices.save')}
      >
        {NOTIFICATION_KINDS.map((kind) => (
          <KindGroup page={page} form={form} kind={kind} />
        ))}
      </PostForm>
      <p>
        <a href="/notifications" safe>
          {t('notifications.choices.listLink')}
        </a>
      </p>
    </Layout>
  );
}
