import type { Page } from '../../../web/page.ts';
import { CsrfField, Notice } from '../../../web/views/forms.tsx';
import { Layout } from '../../../web/views/Layout.tsx';
import type { MyInvitation } from '../invitations.service.ts';

// The signed-in expert's invitations, pending first, each pending one with accept and decline.

export function InvitationsPage(props: {
  page: Page;
  invitations: MyInvitation[];
  noticeKey?: string;
}): JSX.Element {
  const { page, invitations } = props;
  const { t } = page;
  return (
    <Layout page={page} title={t('experts.invitations.title')}>
      <h1 safe>{t('experts.invitations.title')}</h1>
      <Notice page={page} messageKey={props.noticeKey} />
      {invitations.length === 0 ? (
        <p role="status" safe>
          {t('experts.invitations.empty')}
        </p>
      ) : (
        <ul class="stack">
          {invitations.map((inv) => (
            <li class="card">
              <h2>
                <span safe>{`${t(`experts.subjects.${inv.subjectType}`)}: `}</span>
                {inv.href ? (
                  <a href={inv.href} dir="auto" safe>
                    {inv.title}
                  </a>
                ) : (
                  ''
                )}
              </h2>
              <p class="meta" safe>
                {t('experts.invitations.from', {
                  name: inv.inviterName ?? t('experts.invitations.someone'),
                  date: page.formatDate(inv.createdAt, 'medium'),
                })}
              </p>
              {inv.message ? (
                <p dir="auto" safe>
                  {inv.message}
                </p>
              ) : (
                ''
              )}
              <p>
                <span class="badge" safe>
                  {t(`experts.invitations.statuses.${inv.status}`)}
                </span>
              </p>
              {inv.status === 'pending' ? (
                <div class="filters">
                  <form method="post" action={`/experts/invitations/${inv.id}/accept`}>
                    <CsrfField page={page} />
                    <button type="submit" class="button" safe>
                      {t('experts.invitations.accept', { title: inv.title })}
                    </button>
                  </form>
                  <form method="post" action={`/experts/invitations/${inv.id}/decline`}>
                    <CsrfField page={page} />
                    <button type="submit" class="button button-secondary" safe>
                      {t('experts.invitations.decline', { title: inv.title })}
                    </button>
                  </form>
                </div>
              ) : (
                ''
              )}
            </li>
          ))}
        </ul>
      )}
    </Layout>
  );
}
