import type { Children } from '@kitajs/html';
import { stylesheetHref } from '../assets.ts';
import { LANGUAGE_NAMES, LANGUAGES } from '../i18n.ts';
import type { Page } from '../page.ts';
import { hasRole, isAdmin, isCoordinator } from '../../features/accounts/actor.ts';

export interface LayoutProps {
  page: Page;
  title: string;
  children: Children;
}

/** The frame of every page: skip link, header with navigation and languages, main, footer. */
export function Layout({ page, title, children }: LayoutProps): JSX.Element {
  const { t } = page;
  return (
    <>
      {'<!doctype html>'}
      <html lang={page.lang} dir={page.dir}>
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <title safe>{`${title} · LPHM`}</title>
          <link rel="stylesheet" href={stylesheetHref} />
          <link rel="icon" href="data:," />
        </head>
        <body>
          <a class="skip-link" href="#main" safe>
            {t('common.skipToContent')}
          </a>
          <header class="site-header">
            <a class="brand" href="/">
              <span aria-hidden="true" class="brand-mark">
                LPHM
              </span>
              <span class="brand-name" safe>
                {t('common.platformName')}
              </span>
            </a>
            <nav aria-label={t('common.mainNavigation')}>
              <ul class="nav-list">
                <li>
                  <a href="/themes" safe>
                    {t('common.nav.themes')}
                  </a>
                </li>
                <li>
                  <a href="/courses" safe>
                    {t('common.nav.courses')}
                  </a>
                </li>
                <li>
                  <a href="/events" safe>
                    {t('common.nav.events')}
                  </a>
                </li>
                <li>
                  <a href="/library" safe>
                    {t('common.nav.library')}
                  </a>
                </li>
                <li>
                  <a href="/experts" safe>
                    {t('common.nav.experts')}
                  </a>
                </li>
                <li>
                  <a href="/cityshare" safe>
                    {t('common.nav.cityshare')}
                  </a>
                </li>
                <li>
                  <a href="/discussions" safe>
                    {t('discussions.link')}
                  </a>
                </li>
                <li>
                  <a href="/organisations" safe>
                    {t('common.nav.organisations')}
                  </a>
                </li>
                <li>
                  <a href="/about" safe>
                    {t('common.nav.about')}
                  </a>
                </li>
              </ul>
            </nav>
            <AccountMenu page={page} />
            <LanguageSwitcher page={page} />
          </header>
          <main id="main" tabindex="-1">
            {children}
          </main>
          <footer class="site-footer">
            <p safe>{t('common.footer.tagline')}</p>
            <p>
              <a href="/news" safe>
                {t('common.nav.news')}
              </a>{' '}
              ·{' '}
              <a href="/about" safe>
                {t('common.nav.about')}
              </a>
            </p>
          </footer>
        </body>
      </html>
    </>
  );
}

function AccountMenu({ page }: { page: Page }): JSX.Element {
  const { t, actor } = page;
  if (!actor) {
    const next = encodeURIComponent(page.path);
    return (
      <ul class="account-menu">
        <li>
          <a href={`/sign-in?next=${next}`} safe>
            {t('common.signIn')}
          </a>
        </li>
        <li>
          <a href="/sign-up" safe>
            {t('common.signUp')}
          </a>
        </li>
      </ul>
    );
  }
  const canAuthor = hasRole(actor, 'partner_editor') || isCoordinator(actor);
  return (
    <ul class="account-menu">
      <li>
        <a href="/learning" aria-current={page.path === '/learning' ? 'page' : undefined} safe>
          {t('learning.nav.myLearning')}
        </a>
      </li>
      {canAuthor ? (
        <li>
          <a href="/authoring/courses" safe>
            {t('common.nav.authoring')}
          </a>
        </li>
      ) : (
        ''
      )}
      {canAuthor ? (
        <li>
          <a href="/authoring/resources" safe>
            {t('common.nav.myResources')}
          </a>
        </li>
      ) : (
        ''
      )}
      {hasRole(actor, 'facilitator') || isCoordinator(actor) ? (
        <li>
          <a href="/facilitate" safe>
            {t('common.nav.facilitate')}
          </a>
        </li>
      ) : (
        ''
      )}
      {hasRole(actor, 'facilitator') || isCoordinator(actor) ? (
        <li>
          <a href="/moderation" safe>
            {t('common.nav.moderation')}
          </a>
        </li>
      ) : (
        ''
      )}
      {isCoordinator(actor) ? (
        <li>
          <a href="/review/courses" safe>
            {t('common.nav.review')}
          </a>
        </li>
      ) : (
        ''
      )}
      {isAdmin(actor) ? (
        <li>
          <a href="/admin/users" safe>
            {t('common.nav.admin')}
          </a>
        </li>
      ) : (
        ''
      )}
      <NotificationLinks page={page} />
      <li>
        <a href="/account" safe>
          {actor.name}
        </a>
      </li>
      <li>
        <form method="post" action="/sign-out" class="inline-form">
          <input type="hidden" name="_csrf" value={page.csrf} />
          <button type="submit" class="link-button" safe>
            {t('common.signOut')}
          </button>
        </form>
      </li>
    </ul>
  );
}

/** The notifications with the unread count (up to "99+"), and the e-mail choices. */
function NotificationLinks({ page }: { page: Page }): JSX.Element {
  const { t } = page;
  const unread = page.unreadNotifications;
  const shown = unread > 99 ? '99+' : page.formatNumber(unread);
  return (
    <>
      <li>
        <a
          href="/notifications"
          aria-current={page.path === '/notifications' ? 'page' : undefined}
          aria-label={unread > 0 ? t('notifications.header.unread', { count: shown }) : undefined}
        >
          <span safe>{t('notifications.header.title')}</span>
          {unread > 0 ? (
            <>
              {' '}
              <span class="badge badge-alert" aria-hidden="true" safe>
                {shown}
              </span>
            </>
          ) : (
            ''
          )}
        </a>
      </li>
      <li>
        <a href="/account/notifications" safe>
          {t('notifications.header.choices')}
        </a>
      </li>
    </>
  );
}

function LanguageSwitcher({ page }: { page: Page }): JSX.Element {
  const next = encodeURIComponent(page.path);
  return (
    <nav class="languages" aria-label={page.t('common.language')}>
      <ul>
        {LANGUAGES.map((lang) => (
          <li>
            <a
              href={`/language/${lang}?next=${next}`}
              lang={lang}
              hreflang={lang}
              aria-current={lang === page.lang ? 'true' : undefined}
              safe
            >
              {LANGUAGE_NAMES[lang]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
