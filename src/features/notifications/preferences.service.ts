import type { Deps } from '../../deps.ts';
import { AppError } from '../../web/errors.ts';
import { requireActor, type Actor } from '../accounts/actor.ts';
import {
  DEFAULT_DELIVERY,
  isDelivery,
  NOTIFICATION_KINDS,
  type Delivery,
  type NotificationKind,
} from './kinds.ts';
import * as q from './preferences.queries.ts';
import { verifyUnsubscribe } from './unsubscribe-token.ts';

// E-mail choices per kind (at once, daily digest, off), by the official or by an unsubscribe link.

export type Choices = Record<NotificationKind, Delivery>;

/** The actor's choice for every kind (the default where they chose nothing). */
export async function getEmailChoices(deps: Deps, actor: Actor | null): Promise<Choices> {
  const me = requireActor(actor);
  const stored = await q.selectChoices(deps.db, me.id);
  const out = { ...DEFAULT_DELIVERY };
  for (const kind of NOTIFICATION_KINDS) {
    const value = stored.get(kind);
    if (isDelivery(value)) out[kind] = value;
  }
  return out;
}

/** Saves the actor's choices, storing only those that differ from the defaults. */
export async function saveEmailChoices(deps: Deps, actor: Actor | null, choices: Choices) {
  const me = requireActor(actor);
  const differing = NOTIFICATION_KINDS.filter((k) => choices[k] !== DEFAULT_DELIVERY[k]);
  await deps.db.transaction().execute(async (tx) => {
    await q.replaceChoices(
      tx,
      me.id,
      differing.map((kind) => ({ kind, delivery: choices[kind] })),
      new Date().toISOString(),
    );
    // What waits for a digest of a kind now "off" is not sent any more.
    await q.dropPendingDigest(
      tx,
      me.id,
      NOTIFICATION_KINDS.filter((k) => choices[k] === 'off'),
    );
  });
}

export interface UnsubscribeTarget {
  userId: number;
  kind: NotificationKind;
  isOff: boolean;
}

/** What an unsubscribe link would turn off; 400 for a forged, malformed or expired one. */
export async function checkUnsubscribe(deps: Deps, token: string): Promise<UnsubscribeTarget> {
  const check = await verifyUnsubscribe(deps.db, token);
  if (!check.ok || !(await q.officialExists(deps.db, check.userId)))
    throw new AppError(
      'VALIDATION',
      check.ok || check.reason === 'invalid'
        ? 'notifications.unsubscribe.invalid'
        : 'notifications.unsubscribe.expired',
    );
  const stored = (await q.selectChoices(deps.db, check.userId)).get(check.kind);
  const current = isDelivery(stored) ? stored : DEFAULT_DELIVERY[check.kind];
  return { userId: check.userId, kind: check.kind, isOff: current === 'off' };
}

/** Turns the link's kind of e-mail off for its official (no sign-in: the token is the proof). */
export async function unsubscribe(deps: Deps, token: string): Promise<UnsubscribeTarget> {
  const target = await checkUnsubscribe(deps, token);
  await deps.db.transaction().execute(async (tx) => {
    await q.upsertChoice(tx, target.userId, target.kind, 'off', new Date().toISOString());
    await q.dropPendingDigest(tx, target.userId, [target.kind]);
  });
  return { ...target, isOff: true };
}
