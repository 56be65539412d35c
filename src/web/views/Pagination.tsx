import type { Page } from '../page.ts';

export interface PageLink {
  href: string;
  label: string;
  /** "prev" when the link goes one page back; none when it goes back to the first page. */
  rel?: 'prev';
}

/** The links under a paged list: back (to the previous or first page) and next. Nothing when neither exists. */
export function Pagination({
  page,
  back,
  nextHref,
}: {
  page: Page;
  back?: PageLink | null;
  nextHref?: string | null;
}): JSX.Element {
  if (!back && !nextHref) return <></>;
  return (
    <nav class="pagination" aria-label={page.t('common.pagination.label')}>
      {back ? (
        <a href={back.href} rel={back.rel} safe>
          {back.label}
        </a>
      ) : (
        // Keeps "next" on the end side when there is no way back.
        <span></span>
      )}
      {nextHref ? (
        <a href={nextHref} rel="next" safe>
          {page.t('common.pagination.next')}
        </a>
      ) : (
        ''
      )}
    </nav>
  );
}
