import type { Page } from '../../../web/page.ts';

/**
 * Translated content, or its English original marked as such when the reader's language has no
 * translation yet; `lang` and `dir` let screen readers and the browser treat it as English.
 */
export function Translated({
  page,
  language,
  text,
  tag = 'p',
}: {
  page: Page;
  language: string;
  text: string;
  tag?: 'p' | 'span';
}): JSX.Element {
  const fallback = language !== page.lang;
  const attrs = fallback ? { lang: language, dir: 'ltr' } : {};
  return (
    <>
      {tag === 'p' ? (
        <p {...attrs} safe>
          {text}
        </p>
      ) : (
        <span {...attrs} safe>
          {text}
        </span>
      )}
      {fallback ? <FallbackNote page={page} /> : ''}
    </>
  );
}

export function FallbackNote({ page }: { page: Page }): JSX.Element {
  return (
    <p class="meta fallback" safe>
      {page.t('curriculum.fallbackToEnglish')}
    </p>
  );
}
