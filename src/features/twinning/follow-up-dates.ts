// Calendar days (YYYY-MM-DD, UTC) for check-ins and overdue actions.

const DAY_MS = 86_400_000;

/** Today's date in UTC, or the date `days` from it. */
export function utcDay(now: Date = new Date(), days = 0): string {
  return new Date(now.getTime() + days * DAY_MS).toISOString().slice(0, 10);
}

export type CheckInState = 'submitted' | 'overdue' | 'due';

/** A check-in is submitted, overdue (its day has passed), or due. */
export function checkInState(
  c: { dueOn: string; submittedAt: string | null },
  today: string,
): CheckInState {
  if (c.submittedAt !== null) return 'submitted';
  return c.dueOn < today ? 'overdue' : 'due';
}
