import type { Page } from '../../../web/page.ts';
import type { Progress } from '../learning-path.ts';

/** Required lessons done, as a native progress bar with its figures in words beside it. */
export function ProgressBar({
  page,
  progress,
  id,
}: {
  page: Page;
  progress: Progress;
  /** Unique on the page: ties the bar to its text. */
  id: string;
}): JSX.Element {
  const { t } = page;
  if (progress.total === 0)
    return (
      <p class="meta" safe>
        {t('learning.progress.noneRequired')}
      </p>
    );
  const text = t('learning.progress.count', {
    done: page.formatNumber(progress.done),
    total: page.formatNumber(progress.total),
  });
  return (
    <p>
      <progress
        id={id}
        max={String(progress.total)}
        value={String(progress.done)}
        aria-label={t('learning.progress.label')}
        aria-describedby={`${id}-text`}
      >
        {''}
      </progress>{' '}
      <span id={`${id}-text`} safe>
        {text}
      </span>
    </p>
  );
}
