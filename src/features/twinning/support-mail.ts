import type { Config } from '../../config.ts';
import type { Db } from '../../db/database.ts';
import { translator } from '../../web/i18n.ts';
import { notify } from '../notifications/notify.ts';
import {
  selectCityCoordinatorContacts,
  selectContacts,
  selectPartnerEditorContacts,
  type Contact,
} from './follow-up.queries.ts';
import { selectSupportAuthorIds, type SupportRequestRow } from './support.queries.ts';

// Notifications (kind 'support') about a support request to "the other side": the asking city's
// coordinators (and who asked) after an answer; the facilitator, the partners' editors and earlier
// answerers after the city wrote. Never to the author; written in the caller's transaction.

export type SupportMessageKind = 'asked' | 'answered' | 'cityWrote';

async function citySide(db: Db, r: SupportRequestRow): Promise<Contact[]> {
  return [
    ...(await selectCityCoordinatorContacts(db, [r.organisationId])),
    ...(await selectContacts(db, r.createdBy === null ? [] : [r.createdBy])),
  ];
}

async function answeringSide(
  db: Db,
  r: SupportRequestRow,
  facilitatorId: number | null,
): Promise<Contact[]> {
  const city = new Set((await citySide(db, r)).map((c) => c.id));
  const authors = (await selectSupportAuthorIds(db, r.id)).filter((id) => !city.has(id));
  return [
    ...(await selectContacts(db, facilitatorId === null ? authors : [facilitatorId, ...authors])),
    ...(await selectPartnerEditorContacts(db, r.twinningId)),
  ];
}

/** Tells the other side of the request what happened. */
export async function tellSupport(
  db: Db,
  config: Config,
  what: SupportMessageKind,
  r: SupportRequestRow,
  ctx: {
    projectSlug: string;
    projectTitle: string;
    facilitatorId: number | null;
    authorId: number;
  },
): Promise<void> {
  const people =
    what === 'answered' ? await citySide(db, r) : await answeringSide(db, r, ctx.facilitatorId);
  const to = [...new Map(people.map((p) => [p.id, p])).values()].filter(
    (p) => p.id !== ctx.authorId,
  );
  const link = `/twinnings/${ctx.projectSlug}/support/${r.id}`;
  // One notice per person: the e-mail greets them by name.
  for (const person of to) {
    const values = {
      name: person.name,
      request: r.title,
      city: r.cityName,
      project: ctx.projectTitle,
      link: `${config.BASE_URL}${link}`,
    };
    await notify(db, config, {
      kind: 'support',
      message: `follow-up.notify.${what}`,
      params: { request: r.title, city: r.cityName, project: ctx.projectTitle },
      link,
      recipients: [person.id],
      actorId: ctx.authorId,
      email: (lang) => {
        const t = translator(lang);
        return {
          subject: t(`follow-up.email.${what}.subject`, values),
          text: t(`follow-up.email.${what}.body`, values),
        };
      },
    });
  }
}
