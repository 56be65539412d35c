import type { Page } from '../../../web/page.ts';
import { Layout } from '../../../web/views/Layout.tsx';
import { CsrfField } from '../../../web/views/forms.tsx';
import type { NotificationKind } from '../kinds.ts';

export type UnsubscribeState =
  | { step: 'ask' | 'done' | 'alreadyOff'; kind: NotificationKind; token: string }
  | { step: 'refused'; messageKey: string };

/** What the link turns off and a button; then the confirmation; or why the link does not work. */
export function UnsubscribePage({
  page,
  state,
}: {
  page: Page;
  state: UnsubscribeState;
}): JSX.Element {
  const { t } = page;
  const kind = state.step === 'refused' ? '' : t(`notifications.kinds.${state.kind}.label`);
  return (
    <Layout page={page} title={t('notifications.unsubscribe.title')}>
      <h1 safe>{t('notifications.unsubscribe.title')}</h1>
      {state.step === 'refused' ? (
        <p class="error" role="alert" safe>
          {t(state.messageKey)}
        </p>
      ) : state.step === 'ask' ? (
        <>
          <p safe>{t('notifications.unsubscribe.lead', { kind })}</p>
          <p safe>{t(`notifications.kinds.${state.kind}.hint`)}</p>
          <p safe>{t('notifications.unsubscribe.stillOnSite')}</p>
          <form method="post" action="/notifications/unsubscribe" class="stack">
            <CsrfField page={page} />
            <input type="hidden" name="token" value={state.token} />
            <p>
              <button type="submit" class="button" safe>
                {t('notifications.unsubscribe.button')}
              </button>
            </p>
          </form>
        </>
      ) : (
        <p class="notice" role="status" safe>
          {t(`notifications.unsubscribe.${state.step}`, { kind })}
        </p>
      )}
      <p>
        <a href="/account/notifications" safe>
          {t('notifications.unsubscribe.choicesLink')}
        </a>
      </p>
    </Layout>
  );
}
