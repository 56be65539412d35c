import type { Config } from '../../config.ts';
import type { OutgoingEmail } from '../../mail/mail.ts';
import { isLanguage, translator } from '../../web/i18n.ts';

// The e-mail that tells a learner their certificate is ready, and asks them to evaluate the run,
// in their preferred language.

export function issuedEmail(
  config: Config,
  to: { email: string; name: string; preferredLanguage: string },
  certificate: { code: string; titles: Record<string, string>; runId: number },
): OutgoingEmail {
  const lang = isLanguage(to.preferredLanguage) ? to.preferredLanguage : 'en';
  const t = translator(lang);
  const title =
    certificate.titles[lang] ?? certificate.titles.en ?? Object.values(certificate.titles)[0] ?? '';
  const base = `${config.BASE_URL}/certificates/${certificate.code}`;
  return {
    to: to.email,
    kind: 'certificate-issued',
    subject: t('certificates.email.issued.subject', { title }),
    text: t('certificates.email.issued.body', {
      name: to.name,
      title,
      verifyLink: base,
      pdfLink: `${base}/certificate.pdf`,
      credentialLink: `${base}/credential.jwt`,
      mineLink: `${config.BASE_URL}/certificates/mine`,
      evaluationLink: `${config.BASE_URL}/learn/${certificate.runId}/evaluation`,
    }),
  };
}
