import { nowIso } from '../../db/database.ts';
import type { Deps } from '../../deps.ts';
import { AppError } from '../../web/errors.ts';
import { idOf } from '../../web/validation.ts';
import { isCoordinator, hasRole, requireActor, type Actor } from '../accounts/actor.ts';
import { pickTitle, tellAnswered, tellInvited } from './experts-mail.ts';
import { isOwner, type SubjectType } from './experts.policy.ts';
import * as q from './experts.queries.ts';
import * as people from './people.queries.ts';
import type { Subject } from './experts.schema.ts';
import * as l from './invitation-list.queries.ts';
import * as i from './invitations.queries.ts';
import { findProfile } from './profile.service.ts';

// Invitations: facilitators and coordinators invite an approved expert to an event they organise
// or facilitate, a run they facilitate or an exchange they facilitate; the expert answers.

export interface InviteSubject {
  value: string;
  type: SubjectType;
  title: string;
  when: string | null;
}

function inviterFacts(who: Actor): i.InviterFacts {
  return {
    userId: who.id,
    isCoordinator: isCoordinator(who),
    partnerOrganisationId: hasRole(who, 'partner_editor') ? who.partnerOrganisationId : null,
  };
}

/** The subjects the reader may invite an expert to (none for visitors). */
export async function listInviteSubjects(
  deps: Deps,
  actor: Actor | null,
  lang: string,
): Promise<InviteSubject[]> {
  if (!actor) return [];
  const rows = await i.selectSubjects(deps.db, inviterFacts(actor), nowIso());
  return rows.map((r) => ({
    value: `${r.type}:${r.id}`,
    type: r.type,
    title: pickTitle(r.titles, lang),
    when: r.when,
  }));
}

/** Invites an approved expert; a pending or accepted invitation to the same subject is a 409. */
export async function inviteExpert(
  deps: Deps,
  actor: Actor | null,
  slug: string,
  input: { subject: Subject; message: string },
): Promise<string> {
  const who = requireActor(actor);
  const profile = await findProfile(deps, who, slug);
  if (profile.status !== 'approved') throw new AppError('CONFLICT', 'experts.errors.notApproved');
  if (isOwner(who, profile)) throw new AppError('FORBIDDEN', 'experts.errors.notYourSubject');
  const { type, id } = input.subject;
  const now = nowIso();
  if (!(await i.selectSubject(deps.db, inviterFacts(who), type, id, now)))
    throw new AppError('FORBIDDEN', 'experts.errors.notYourSubject');
  const labels = await l.selectSubjectLabels(deps.db, [{ subjectType: type, subjectId: id }]);
  await deps.db.transaction().execute(async (tx) => {
    const invitation = await i.upsertInvitation(
      tx,
      { expertId: profile.id, type, subjectId: id, message: input.message, by: who.id },
      now,
    );
    if (invitation === undefined) throw new AppError('CONFLICT', 'experts.errors.alreadyInvited');
    const titles = labels.get(`${type}:${id}`)?.titles ?? {};
    await tellInvited(tx, deps.config, profile, who, titles);
  });
  return profile.slug;
}

export interface MyInvitation extends l.Invitation {
  title: string;
  href: string;
}

const HREF: Record<SubjectType, string> = {
  event: '/events/',
  run: '/courses/',
  exchange: '/exchanges/',
};

/** The signed-in official's invitations as an expert, pending first. */
export async function listMyInvitations(
  deps: Deps,
  actor: Actor | null,
  lang: string,
): Promise<MyInvitation[]> {
  const who = requireActor(actor);
  const list = await l.selectInvitationsOfUser(deps.db, who.id);
  const labels = await l.selectSubjectLabels(deps.db, list);
  return list.map((inv) => {
    const label = labels.get(`${inv.subjectType}:${inv.subjectId}`);
    return {
      ...inv,
      title: label ? pickTitle(label.titles, lang) : '',
      href: label ? `${HREF[inv.subjectType]}${label.slug}` : '',
    };
  });
}

/**
 * The expert accepts (and joins the event as a speaker, the run as a facilitator or the exchange
 * as a participant when its rule allows) or declines; the inviter is notified. Someone else's
 * invitation is a 404; a second answer a 409. Returns whether the expert was added.
 */
export async function answerInvitation(
  deps: Deps,
  actor: Actor | null,
  idText: string,
  answer: 'accepted' | 'declined',
): Promise<boolean> {
  const who = requireActor(actor);
  const id = idOf(idText);
  const inv = id === undefined ? undefined : await l.selectInvitation(deps.db, id);
  if (!inv || inv.expertUserId !== who.id)
    throw new AppError('NOT_FOUND', 'experts.errors.invitationNotFound');
  const labels = await l.selectSubjectLabels(deps.db, [inv]);
  const profile = await q.selectProfileOfUser(deps.db, who.id);
  return deps.db.transaction().execute(async (tx) => {
    if (!(await l.answerInvitation(tx, inv.id, answer, nowIso())))
      throw new AppError('CONFLICT', 'experts.errors.alreadyAnswered');
    const added =
      answer === 'accepted' && (await l.addExpertTo(tx, inv.subjectType, inv.subjectId, who.id));
    const inviter = inv.invitedBy === null ? undefined : await people.selectUser(tx, inv.invitedBy);
    if (inviter)
      await tellAnswered(
        tx,
        deps.config,
        inviter,
        answer,
        { id: who.id, name: who.name, slug: profile?.slug ?? '' },
        labels.get(`${inv.subjectType}:${inv.subjectId}`)?.titles ?? {},
      );
    return added;
  });
}
