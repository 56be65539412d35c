import type { Config } from '../../config.ts';
import type { Db } from '../../db/database.ts';
import type { T } from '../../web/i18n.ts';
import type { NotificationKind } from './kinds.ts';
import { signUnsubscribe } from './unsubscribe-token.ts';

// The end of every notification e-mail: where to change one's choices, and a link that turns
// this kind's e-mails off without signing in.

export async function emailFooter(
  db: Db,
  config: Config,
  t: T,
  userId: number,
  kind: NotificationKind,
): Promise<string> {
  const token = await signUnsubscribe(db, userId, kind);
  const footer = t('notifications.email.footer', {
    settings: `${config.BASE_URL}/account/notifications`,
    unsubscribe: `${config.BASE_URL}/notifications/unsubscribe?token=${token}`,
  });
  return `-- \n${footer}`;
}
