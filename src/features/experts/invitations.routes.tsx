import type { FastifyInstance } from 'fastify';
import { requireActor } from '../accounts/actor.ts';
import { pageOf } from '../../web/page.ts';
import { fieldErrors, formValues } from '../../web/validation.ts';
import { inviteSchema } from './experts.schema.ts';
import { answerInvitation, inviteExpert, listMyInvitations } from './invitations.service.ts';
import { getExpertPage } from './profile.service.ts';
import { noticeOf } from './notices.ts';
import { ExpertPage } from './views/ExpertPage.tsx';
import { InvitationsPage } from './views/InvitationsPage.tsx';

// Inviting an expert (from their page) and the expert's own list of invitations to answer.

const NOTICES: Record<string, string> = {
  accepted: 'experts.notices.accepted',
  acceptedOnly: 'experts.notices.acceptedOnly',
  declined: 'experts.notices.declined',
};

type IdParams = { Params: { id: string } };

export async function invitationRoutes(app: FastifyInstance): Promise<void> {
  const { deps } = app;

  app.post<{ Params: { slug: string } }>('/experts/:slug/invite', async (request, reply) => {
    const values = formValues(request.body);
    const parsed = inviteSchema.safeParse(values);
    if (!parsed.success) {
      requireActor(request.actor);
      const data = await getExpertPage(deps, request.actor, request.params.slug, request.lang);
      return reply
        .status(400)
        .html(
          <ExpertPage
            page={pageOf(request, reply)}
            data={data}
            inviteForm={{ values, errors: fieldErrors(parsed.error) }}
          />,
        );
    }
    const slug = await inviteExpert(deps, request.actor, request.params.slug, parsed.data);
    return reply.redirect(`/experts/${slug}?done=invited`, 303);
  });

  app.get<{ Querystring: { done?: string } }>('/experts/invitations', async (request, reply) => {
    const invitations = await listMyInvitations(deps, request.actor, request.lang);
    return reply
      .header('cache-control', 'no-store')
      .html(
        <InvitationsPage
          page={pageOf(request, reply)}
          invitations={invitations}
          noticeKey={noticeOf(NOTICES, request.query.done)}
        />,
      );
  });

  app.post<IdParams>('/experts/invitations/:id/accept', async (request, reply) => {
    const added = await answerInvitation(deps, request.actor, request.params.id, 'accepted');
    return reply.redirect(`/experts/invitations?done=${added ? 'accepted' : 'acceptedOnly'}`, 303);
  });

  app.post<IdParams>('/experts/invitations/:id/decline', async (request, reply) => {
    await answerInvitation(deps, request.actor, request.params.id, 'declined');
    return reply.redirect('/experts/invitations?done=declined', 303);
  });
}
