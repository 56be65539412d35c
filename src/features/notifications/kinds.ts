// The kinds of notification, and how each is e-mailed unless the official chose otherwise.

export const NOTIFICATION_KINDS = [
  'reply', // a new post in a thread one follows
  'mention', // someone wrote @name in a post one may read
  'answer', // a facilitator marked an answer in one's thread
  'moderation', // one's post was hidden, held or approved; a suspension
  'enrolment', // a decision on an enrolment or application in a course run
  'registration', // a decision on a registration for an event
  'promotion', // a place from a waiting list (run or event)
  'grade', // an assignment graded
  'check_in', // a twinning check-in due or overdue
  'support', // an answer to a twinning project's support request
  'invitation', // an invitation (an expert to an event, run or exchange; a city to a twinning)
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export const DELIVERIES = ['immediate', 'digest', 'off'] as const;
export type Delivery = (typeof DELIVERIES)[number];

/** Replies can be many: they wait for the daily digest; everything else is sent at once. */
export const DEFAULT_DELIVERY: Record<NotificationKind, Delivery> = {
  reply: 'digest',
  mention: 'immediate',
  answer: 'immediate',
  moderation: 'immediate',
  enrolment: 'immediate',
  registration: 'immediate',
  promotion: 'immediate',
  grade: 'immediate',
  check_in: 'immediate',
  support: 'immediate',
  invitation: 'immediate',
};

export function isNotificationKind(value: unknown): value is NotificationKind {
  return typeof value === 'string' && (NOTIFICATION_KINDS as readonly string[]).includes(value);
}

export function isDelivery(value: unknown): value is Delivery {
  return typeof value === 'string' && (DELIVERIES as readonly string[]).includes(value);
}
