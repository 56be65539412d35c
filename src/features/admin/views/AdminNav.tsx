import type { Page } from '../../../web/page.ts';

const SECTIONS = [
  { href: '/admin/users', key: 'admin.nav.users' },
  { href: '/admin/outbox', key: 'admin.nav.outbox' },
] as const;

/** The administration sections, the current one marked. */
export function AdminNav({ page }: { page: Page }): JSX.Element {
  return (
    <nav aria-label={page.t('admin.nav.label')}>
      <ul class="nav-list">
        {SECTIONS.map((s) => (
          <li>
            <a href={s.href} aria-current={page.path.startsWith(s.href) ? 'page' : undefined} safe>
              {page.t(s.key)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
