import type { Page } from '../../../web/page.ts';
import { Layout } from '../../../web/views/Layout.tsx';
import { TimeZoneField } from '../../../web/views/TimeZoneField.tsx';
import {
  CsrfField,
  ErrorSummary,
  SubmitButton,
  type FormState,
} from '../../../web/views/forms.tsx';

/** Choosing the zone times are shown in, for visitors and officials alike (kept in a cookie). */
export function TimeZonePage({
  page,
  form,
  next,
}: {
  page: Page;
  form: FormState;
  /** A local path to return to (already checked). */
  next: string;
}): JSX.Element {
  const { t } = page;
  return (
    <Layout page={page} title={t('time-zones.page.title')}>
      <h1 safe>{t('time-zones.page.title')}</h1>
      <p safe>{t('time-zones.page.intro')}</p>
      <ErrorSummary page={page} errors={form.errors} />
      <form method="post" action="/time-zone" class="stack">
        <CsrfField page={page} />
        <input type="hidden" name="next" value={next} />
        <TimeZoneField page={page} form={form} name="zone" />
        <SubmitButton>
          <span safe>{t('time-zones.page.save')}</span>
        </SubmitButton>
      </form>
      {page.actor ? (
        <p>
          <a href="/account" safe>
            {t('time-zones.page.profile')}
          </a>
        </p>
      ) : (
        ''
      )}
      <p>
        <a href={next} safe>
          {t('time-zones.page.back')}
        </a>
      </p>
    </Layout>
  );
}
