import type { Page } from '../../../web/page.ts';
import { CsrfField } from '../../../web/views/forms.tsx';
import { Layout } from '../../../web/views/Layout.tsx';

/** The answer (409) to an enrolment in a full run: no seat is left, but the waiting list is. */
export function RunFullPage(props: { page: Page; runId: number; slug: string }): JSX.Element {
  const { page } = props;
  const { t } = page;
  return (
    <Layout page={page} title={t('runs.full.title')}>
      <h1 safe>{t('runs.full.title')}</h1>
      <p safe>{t('runs.errors.full')}</p>
      <form method="post" action={`/runs/${props.runId}/waitlist`}>
        <CsrfField page={page} />
        <button type="submit" class="button" safe>
          {t('runs.offer.joinWaitlist')}
        </button>
      </form>
      <p>
        <a href={`/courses/${props.slug}`} safe>
          {t('runs.backToCourse')}
        </a>
      </p>
    </Layout>
  );
}
