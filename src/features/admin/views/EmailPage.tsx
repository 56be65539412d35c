import type { EmailRow } from '../../../mail/mail.queries.ts';
import type { Page } from '../../../web/page.ts';
import { Layout } from '../../../web/views/Layout.tsx';
import { AdminNav } from './AdminNav.tsx';

/** One message as written; its text (links included) is shown as plain text, never as markup. */
export function EmailPage({ page, email }: { page: Page; email: EmailRow }): JSX.Element {
  const { t } = page;
  const subject = email.subject || t('admin.outbox.noSubject');
  const facts: Array<[string, string]> = [
    [t('admin.outbox.recipient'), email.toAddress],
    [t('admin.outbox.written'), page.formatDateTime(email.createdAt)],
    [t('admin.outbox.kind'), email.kind],
    [
      t('admin.outbox.status'),
      t(`admin.outbox.statuses.${email.status}`, { defaultValue: email.status }),
    ],
  ];
  if (email.sentAt) facts.push([t('admin.outbox.sentAt'), page.formatDateTime(email.sentAt)]);
  if (email.error) facts.push([t('admin.outbox.error'), email.error]);
  return (
    <Layout page={page} title={subject}>
      <AdminNav page={page} />
      <p>
        <a href="/admin/outbox" safe>
          {t('admin.outbox.back')}
        </a>
      </p>
      <h1 dir="auto" safe>
        {subject}
      </h1>
      <dl>
        {facts.map(([term, value]) => (
          <>
            <dt safe>{term}</dt>
            <dd safe>{value}</dd>
          </>
        ))}
      </dl>
      <h2 safe>{t('admin.outbox.text')}</h2>
      <pre class="email" dir="auto" safe>
        {email.textBody}
      </pre>
    </Layout>
  );
}
