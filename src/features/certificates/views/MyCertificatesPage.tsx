import type { Page } from '../../../web/page.ts';
import { Layout } from '../../../web/views/Layout.tsx';
import type { Certificate } from '../certificates.queries.ts';
import { datesAndHours, titleFor } from './labels.ts';

/** The learner's certificates, each with its verification page and downloads. */
export function MyCertificatesPage({
  page,
  certificates,
}: {
  page: Page;
  certificates: Certificate[];
}): JSX.Element {
  const { t } = page;
  return (
    <Layout page={page} title={t('certificates.mine.title')}>
      <h1 safe>{t('certificates.mine.title')}</h1>
      {certificates.length === 0 ? (
        <p safe>{t('certificates.mine.none')}</p>
      ) : (
        <ul class="card-grid">
          {certificates.map((c) => (
            <li class="card">
              <h2>
                <bdi safe>{titleFor(c, page.lang)}</bdi>
              </h2>
              <p class="meta" safe>
                {datesAndHours(page, c)}
              </p>
              <p class="meta" safe>
                {t('certificates.issuedOn', { date: page.formatDate(c.issuedAt) })}
              </p>
              {c.revokedAt ? (
                <p>
                  <span class="badge badge-alert" safe>
                    {t('certificates.status.revoked')}
                  </span>
                </p>
              ) : (
                <ul>
                  <li>
                    <a href={`/certificates/${c.code}/certificate.pdf`} safe>
                      {t('certificates.links.pdf')}
                    </a>
                  </li>
                  <li>
                    <a href={`/certificates/${c.code}/credential.jwt`} safe>
                      {t('certificates.links.credential')}
                    </a>
                  </li>
                </ul>
              )}
              <p>
                <a href={`/certificates/${c.code}`} safe>
                  {t('certificates.links.verify')}
                </a>
              </p>
            </li>
          ))}
        </ul>
      )}
    </Layout>
  );
}
