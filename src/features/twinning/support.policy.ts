import type { SupportStatus } from './support.queries.ts';

// How a support request's status may move: open → in_progress → answered → closed. Those who
// answer move it to in progress or answered; the asking city closes it, and may reopen it.

export type AnswerStatus = 'in_progress' | 'answered';
export type CityAction = 'reply' | 'close' | 'reopen';

/** The status after an answer, or null when the request is closed (no answers then). */
export function statusAfterAnswer(
  current: SupportStatus,
  requested: AnswerStatus | null,
): SupportStatus | null {
  if (current === 'closed') return null;
  return requested ?? current;
}

/** The status after the asking city's reply, closing or reopening; null when not possible. */
export function statusAfterCity(current: SupportStatus, action: CityAction): SupportStatus | null {
  if (action === 'reopen') return current === 'closed' ? 'open' : null;
  if (current === 'closed') return null;
  return action === 'close' ? 'closed' : current;
}
