import type { Page } from '../../../web/page.ts';
import type { Certificate } from '../certificates.queries.ts';

// Small texts the certificate pages share.

/** The title in the reader's language, else in English, else the first it has. */
export function titleFor(certificate: Pick<Certificate, 'titles'>, lang: string): string {
  const { titles } = certificate;
  return titles[lang] ?? titles.en ?? Object.values(titles)[0] ?? '';
}

/** "15 May 2013 – 16 May 2013 · 12 h", leaving out what the certificate does not state. */
export function datesAndHours(page: Page, certificate: Certificate): string {
  const parts: string[] = [];
  if (certificate.startsOn && certificate.endsOn)
    parts.push(
      page.t('certificates.dates', {
        start: page.formatDate(certificate.startsOn),
        end: page.formatDate(certificate.endsOn),
      }),
    );
  if (certificate.hours > 0)
    parts.push(page.t('certificates.hours', { hours: page.formatNumber(certificate.hours) }));
  return parts.join(' · ');
}
