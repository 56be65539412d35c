import type { Page } from '../../../web/page.ts';
import {
  CsrfField,
  ErrorSummary,
  Notice,
  TextAreaField,
  type FormState,
} from '../../../web/views/forms.tsx';
import { Layout } from '../../../web/views/Layout.tsx';
import type { Verification } from '../certificates.service.ts';
import { datesAndHours, titleFor } from './labels.ts';

interface Props {
  page: Page;
  verification: Verification;
  revokeForm: FormState;
  notice?: string;
}

/** The public verification page of a certificate: valid, or revoked with its date. */
export function VerificationPage({ page, verification, revokeForm, notice }: Props): JSX.Element {
  const { t } = page;
  const { certificate: c } = verification;
  const code = c.code;
  return (
    <Layout page={page} title={t('certificates.verify.title')}>
      <h1 safe>{t('certificates.verify.title')}</h1>
      <Notice page={page} messageKey={notice} />
      {c.revokedAt ? (
        <p class="notice" role="status">
          <span class="badge badge-alert" safe>
            {t('certificates.status.revoked')}
          </span>{' '}
          <span safe>
            {t('certificates.verify.revokedOn', { date: page.formatDate(c.revokedAt) })}
          </span>
        </p>
      ) : (
        <p class="notice" role="status">
          <span class="badge" safe>
            {t('certificates.status.valid')}
          </span>{' '}
          <span safe>{t('certificates.verify.validText')}</span>
        </p>
      )}
      <dl class="card">
        <dt safe>{t('certificates.verify.recipient')}</dt>
        <dd>
          <bdi safe>{c.recipientName}</bdi>
        </dd>
        <dt safe>
          {t(c.kind === 'event' ? 'certificates.verify.event' : 'certificates.verify.course')}
        </dt>
        <dd>
          <bdi safe>{titleFor(c, page.lang)}</bdi>
        </dd>
        {datesAndHours(page, c) ? (
          <>
            <dt safe>{t('certificates.verify.when')}</dt>
            <dd safe>{datesAndHours(page, c)}</dd>
          </>
        ) : (
          ''
        )}
        <dt safe>{t('certificates.verify.issuers')}</dt>
        <dd>
          <bdi safe>{c.issuers.join(', ')}</bdi>
        </dd>
        <dt safe>{t('certificates.verify.issuedOn')}</dt>
        <dd safe>{page.formatDate(c.issuedAt)}</dd>
        <dt safe>{t('certificates.verify.code')}</dt>
        <dd>
          <code safe>{code}</code>
        </dd>
      </dl>
      {verification.isOwner && !c.revokedAt ? (
        <ul>
          <li>
            <a href={`/certificates/${code}/certificate.pdf`} safe>
              {t('certificates.links.pdf')}
            </a>
          </li>
          <li>
            <a href={`/certificates/${code}/credential.jwt`} safe>
              {t('certificates.links.credential')}
            </a>
          </li>
        </ul>
      ) : (
        ''
      )}
      <p class="meta">
        <span safe>{t('certificates.verify.openBadges')}</span>{' '}
        <a href="/.well-known/jwks.json" safe>
          {t('certificates.verify.keys')}
        </a>
      </p>
      {verification.canRevoke ? (
        <section aria-labelledby="revoke-title">
          <h2 id="revoke-title" safe>
            {t('certificates.revoke.title')}
          </h2>
          <ErrorSummary page={page} errors={revokeForm.errors} />
          <form method="post" action={`/certificates/${code}/revoke`} class="stack" novalidate>
            <CsrfField page={page} />
            <TextAreaField
              page={page}
              form={revokeForm}
              name="reason"
              label={t('certificates.revoke.reason')}
              required
              maxlength={1000}
              rows={3}
            />
            <button type="submit" class="button button-danger" safe>
              {t('certificates.revoke.submit')}
            </button>
          </form>
        </section>
      ) : (
        ''
      )}
    </Layout>
  );
}
