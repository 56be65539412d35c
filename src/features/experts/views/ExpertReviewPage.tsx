import type { Page } from '../../../web/page.ts';
import {
  CsrfField,
  ErrorSummary,
  Notice,
  TextAreaField,
  type FormState,
} from '../../../web/views/forms.tsx';
import { Layout } from '../../../web/views/Layout.tsx';
import type { Profile } from '../experts.queries.ts';
import { ExpertMeta } from './ExpertCards.tsx';

// Coordinators' queue of pending expert profiles, oldest first, each with approve and return.

export function ExpertReviewPage(props: {
  page: Page;
  pending: Profile[];
  noticeKey?: string;
  /** The return form that failed, by profile slug, with its errors. */
  failed?: { slug: string; form: FormState };
}): JSX.Element {
  const { page, pending, failed } = props;
  const { t } = page;
  return (
    <Layout page={page} title={t('experts.review.title')}>
      <h1 safe>{t('experts.review.title')}</h1>
      <Notice page={page} messageKey={props.noticeKey} />
      {failed ? <ErrorSummary page={page} errors={failed.form.errors} /> : ''}
      {pending.length === 0 ? (
        <p role="status" safe>
          {t('experts.review.empty')}
        </p>
      ) : (
        <ul class="stack">
          {pending.map((p) => {
            const form = failed?.slug === p.slug ? failed.form : { values: {}, errors: {} };
            return (
              <li class="card">
                <h2>
                  <a href={`/experts/${p.slug}`} dir="auto" safe>
                    {p.name}
                  </a>
                </h2>
                <ExpertMeta page={page} expert={p} />
                <p class="meta" safe>
                  {t('experts.review.since', { date: page.formatDate(p.createdAt, 'medium') })}
                </p>
                <form method="post" action={`/review/experts/${p.slug}/approve`}>
                  <CsrfField page={page} />
                  <button type="submit" class="button" safe>
                    {t('experts.review.approve', { name: p.name })}
                  </button>
                </form>
                <form
                  method="post"
                  action={`/review/experts/${p.slug}/return`}
                  class="stack"
                  novalidate
                >
                  <CsrfField page={page} />
                  <TextAreaField
                    page={page}
                    form={form}
                    name="comment"
                    label={t('experts.review.comment', { name: p.name })}
                    maxlength={2000}
                    rows={3}
                  />
                  <p>
                    <button type="submit" class="button button-secondary" safe>
                      {t('experts.review.return', { name: p.name })}
                    </button>
                  </p>
                </form>
              </li>
            );
          })}
        </ul>
      )}
    </Layout>
  );
}
