import type { Page } from '../../../web/page.ts';
import type { ResourceLink } from '../related.queries.ts';

/** Resources as a list of links with their kind and year: related resources, a partner's, a theme's. */
export function ResourceLinkList(props: {
  page: Page;
  items: ResourceLink[];
  /** Where each item leads: its page by default. */
  href?: (r: ResourceLink) => string;
}): JSX.Element {
  const { t } = props.page;
  const href = props.href ?? ((r: ResourceLink) => `/library/${r.slug}`);
  return (
    <ul>
      {props.items.map((r) => (
        <li>
          <a href={href(r)} dir="auto" safe>
            {r.title}
          </a>{' '}
          <span class="meta" safe>
            {r.year === null
              ? t(`library.kinds.${r.kind}`)
              : `${t(`library.kinds.${r.kind}`)}, ${r.year}`}
          </span>
        </li>
      ))}
    </ul>
  );
}
