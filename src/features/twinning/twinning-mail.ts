import type { Config } from '../../config.ts';
import type { Db } from '../../db/database.ts';
import { translator } from '../../web/i18n.ts';
import { notify } from '../notifications/notify.ts';

// The invitation that asks a city's coordinators to confirm their city's part in a new project:
// a notification, and its e-mail in each coordinator's preferred language.

/** Invites one coordinator to confirm (in the creating transaction; once per project and city). */
export async function askToConfirm(
  db: Db,
  config: Config,
  to: { id: number; name: string; cityId: number; cityName: string },
  project: { id: number; slug: string; title: string },
  creatorId: number,
): Promise<void> {
  const link = `/twinnings/${project.slug}`;
  await notify(db, config, {
    kind: 'invitation',
    message: 'twinning.notify.confirm',
    params: { city: to.cityName, title: project.title },
    link,
    recipients: [to.id],
    actorId: creatorId,
    source: `twinning-confirm:${project.id}:${to.cityId}`,
    email: (lang) => {
      const t = translator(lang);
      return {
        subject: t('twinning.email.confirm.subject', { title: project.title }),
        text: t('twinning.email.confirm.body', {
          name: to.name,
          city: to.cityName,
          title: project.title,
          link: `${config.BASE_URL}${link}`,
        }),
      };
    },
  });
}
