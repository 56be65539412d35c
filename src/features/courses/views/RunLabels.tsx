import type { Page } from '../../../web/page.ts';
import type { Run } from '../runs.queries.ts';

// How runs are named and described in pages.

/** The run's dates ("always open" for a self-paced course's run). */
export function runDates(
  page: Page,
  run: Pick<Run, 'startsOn' | 'endsOn' | 'isAlwaysOpen'>,
): string {
  if (run.isAlwaysOpen || !run.startsOn || !run.endsOn) return page.t('runs.alwaysOpen');
  if (run.startsOn === run.endsOn) return page.formatDate(run.startsOn);
  return page.t('runs.dates', {
    start: page.formatDate(run.startsOn),
    end: page.formatDate(run.endsOn),
  });
}

/** The run's title, else its dates. */
export function runName(page: Page, run: Run): string {
  return run.title || runDates(page, run);
}

/** "12 of 20 seats taken", or "no seat limit". */
export function seatsText(page: Page, run: Run): string {
  return run.seats === null
    ? page.t('runs.seats.noLimit', { taken: page.formatNumber(run.seatsTaken) })
    : page.t('runs.seats.taken', {
        taken: page.formatNumber(run.seatsTaken),
        seats: page.formatNumber(run.seats),
      });
}
