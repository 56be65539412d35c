import type { Page } from '../../../web/page.ts';
import type { TimelineEntry } from '../twinning-timeline.ts';

/** The project's dates in order: start, milestones, actions due, check-ins, today, end. */
export function TwinningTimeline({
  page,
  entries,
}: {
  page: Page;
  entries: TimelineEntry[];
}): JSX.Element {
  const { t } = page;
  return (
    <section aria-labelledby="timeline-title">
      <h2 id="timeline-title" safe>
        {t('twinning.timeline.title')}
      </h2>
      <ol>
        {entries.map((e) => (
          <li aria-current={e.kind === 'today' ? 'date' : undefined}>
            <time datetime={e.date} safe>
              {page.formatDate(e.date, 'medium')}
            </time>
            {' — '}
            {e.kind === 'today' ? (
              <strong safe>{t('twinning.timeline.today')}</strong>
            ) : (
              <span safe>{t(`twinning.timeline.${e.kind}`)}</span>
            )}
            {e.title ? (
              <>
                {': '}
                <span dir="auto" safe>
                  {e.title}
                </span>
              </>
            ) : (
              ''
            )}
            {e.late ? (
              <>
                {' '}
                <span class="badge badge-alert" safe>
                  {t(e.kind === 'action' ? 'twinning.plan.overdue' : 'twinning.timeline.late')}
                </span>
              </>
            ) : (
              ''
            )}
            {e.done && e.kind !== 'start' && e.kind !== 'end' ? (
              <>
                {' '}
                <span class="badge" safe>
                  {t(`twinning.timeline.done.${e.kind}`)}
                </span>
              </>
            ) : (
              ''
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
