// Pure date work of twinning projects: the check-in schedule, overdue actions and the timeline.
// Dates are calendar dates written YYYY-MM-DD, compared as text.

/** The date `months` after `start`, on the same day or the month's last day (31 Jan + 1 → 28/29 Feb). */
export function addMonths(start: string, months: number): string {
  const [y, m, d] = start.split('-').map(Number) as [number, number, number];
  const total = m - 1 + months;
  const year = y + Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const day = Math.min(d, last);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Check-ins every `every` months after the start, up to and including the end. */
export function checkInSchedule(startsOn: string, endsOn: string, every: number): string[] {
  const out: string[] = [];
  for (let n = 1; n <= 600; n++) {
    const due = addMonths(startsOn, n * every);
    if (due > endsOn) break;
    out.push(due);
  }
  return out;
}

/** An action is overdue when its due date has passed and it is neither done nor cancelled. */
export function isOverdue(action: { dueOn: string; status: string }, today: string): boolean {
  return action.dueOn < today && action.status !== 'done' && action.status !== 'cancelled';
}

export type TimelineKind = 'start' | 'end' | 'milestone' | 'action' | 'checkIn' | 'today';

export interface TimelineEntry {
  date: string;
  kind: TimelineKind;
  title: string;
  /** Overdue action, or check-in due in the past and not submitted. */
  late: boolean;
  /** Milestone reached, action done, check-in submitted. */
  done: boolean;
}

const ORDER: Record<TimelineKind, number> = {
  start: 0,
  milestone: 1,
  action: 2,
  checkIn: 3,
  today: 4,
  end: 5,
};

/** Every dated thing of the project in date order, with "today" placed among them. */
export function buildTimeline(
  p: { startsOn: string; endsOn: string },
  actions: Array<{ title: string; dueOn: string; status: string }>,
  milestones: Array<{ title: string; dueOn: string; reachedOn: string | null }>,
  checkIns: Array<{ dueOn: string; submittedAt: string | null }>,
  today: string,
): TimelineEntry[] {
  const entries: TimelineEntry[] = [
    { date: p.startsOn, kind: 'start', title: '', late: false, done: p.startsOn <= today },
    { date: p.endsOn, kind: 'end', title: '', late: false, done: p.endsOn < today },
    { date: today, kind: 'today', title: '', late: false, done: false },
    ...milestones.map((m) => ({
      date: m.reachedOn ?? m.dueOn,
      kind: 'milestone' as const,
      title: m.title,
      late: m.reachedOn === null && m.dueOn < today,
      done: m.reachedOn !== null,
    })),
    ...actions.map((a) => ({
      date: a.dueOn,
      kind: 'action' as const,
      title: a.title,
      late: isOverdue(a, today),
      done: a.status === 'done',
    })),
    ...checkIns.map((c) => ({
      date: c.dueOn,
      kind: 'checkIn' as const,
      title: '',
      late: c.submittedAt === null && c.dueOn < today,
      done: c.submittedAt !== null,
    })),
  ];
  return entries.sort((a, b) =>
    a.date === b.date ? ORDER[a.kind] - ORDER[b.kind] : a.date < b.date ? -1 : 1,
  );
}
