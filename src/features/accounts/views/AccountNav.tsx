import type { Page } from '../../../web/page.ts';

const SECTIONS = [
  ['/account', 'accounts.account.nav.profile'],
  ['/account/password', 'accounts.account.nav.password'],
  ['/account/sessions', 'accounts.account.nav.sessions'],
  ['/account/calendar', 'accounts.account.nav.calendar'],
] as const;

/** Links between the parts of the account page. */
export function AccountNav({ page, current }: { page: Page; current: string }): JSX.Element {
  return (
    <nav aria-label={page.t('accounts.account.nav.label')}>
      <ul class="nav-list">
        {SECTIONS.map(([href, key]) => (
          <li>
            <a href={href} aria-current={href === current ? 'page' : undefined} safe>
              {page.t(key)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
