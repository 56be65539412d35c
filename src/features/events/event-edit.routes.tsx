import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isLanguage } from '../../web/i18n.ts';
import { pageOf } from '../../web/page.ts';
import { fieldErrors, formValues } from '../../web/validation.ts';
import { isAppError } from '../../web/errors.ts';
import { utcToLocal } from './event-edit-time.ts';
import type { EditableEvent } from './event-edit.queries.ts';
import { eventFormSchema, statusSchema } from './event-edit.schema.ts';
import {
  changeEventStatus,
  createEventFromForm,
  editorChoices,
  loadEventForEdit,
  requireEventCreator,
  saveEvent,
} from './event-edit.service.ts';
import { EventEditPage } from './views/EventEditPage.tsx';
import { AppError } from '../../web/errors.ts';

// Organisers create and edit events: /authoring/events/new and /authoring/events/:id.

type IdParams = { Params: { id: string }; Querystring: { lang?: string; done?: string } };

const NOTICES: Record<string, string> = {
  created: 'events.edit.notices.created',
  saved: 'events.edit.notices.saved',
  published: 'events.edit.notices.published',
  cancelled: 'events.edit.notices.cancelled',
  held: 'events.edit.notices.held',
};

function eventId(text: string): number {
  if (!/^[1-9]\d{0,9}$/.test(text) || Number(text) > 2_147_483_647)
    throw new AppError('NOT_FOUND', 'events.errors.notFound');
  return Number(text);
}

/** Multi-valued form fields as lists of strings. */
function chosenOf(body: unknown) {
  const b = (body ?? {}) as Record<string, unknown>;
  const list = (v: unknown) => (v === undefined ? [] : [v].flat().map(String));
  return { theme_ids: list(b.theme_ids), partner_ids: list(b.partner_ids) };
}

/** The form's values for an event, its text in `language` (else the first it has). */
function valuesOf(event: EditableEvent, language: string): Record<string, string> {
  const text =
    event.texts.find((x) => x.language === language) ??
    (language === '' ? event.texts[0] : undefined);
  const local = (iso: string | null) => (iso ? utcToLocal(iso, event.timeZone) : '');
  const people = (role: string) =>
    event.people
      .filter((p) => p.role === role)
      .map((p) => p.email)
      .join('\n');
  return {
    language: text?.language ?? language,
    title: text?.title ?? '',
    description: text?.description ?? '',
    kind: event.kind,
    facilitator_emails: people('facilitator'),
    speaker_emails: people('speaker'),
    time_zone: event.timeZone,
    starts_local: local(event.startsAt),
    ends_local: local(event.endsAt),
    venue_city_id: event.venueCityId === null ? '' : String(event.venueCityId),
    venue_address: event.venueAddress,
    online_url: event.onlineUrl,
    capacity: event.capacity === null ? '' : String(event.capacity),
    registration_opens_local: local(event.registrationOpensAt),
    registration_closes_local: local(event.registrationClosesAt),
    requires_approval: event.requiresApproval ? '1' : '',
    run_id: event.runId === null ? '' : String(event.runId),
    curriculum_id: event.curriculumId === null ? '' : String(event.curriculumId),
  };
}

export async function eventEditRoutes(app: FastifyInstance): Promise<void> {
  const { deps } = app;

  /** Re-renders the form with status 400, the input kept and the errors named. */
  async function invalid(
    request: FastifyRequest,
    reply: FastifyReply,
    errors: Record<string, string>,
    event?: EditableEvent,
  ) {
    reply.status(400);
    return reply.html(
      <EventEditPage
        page={pageOf(request, reply, { withForm: true })}
        form={{ values: formValues(request.body), errors }}
        chosen={chosenOf(request.body)}
        choices={await editorChoices(deps, request.lang)}
        event={event}
      />,
    );
  }

  const fieldsOf = (err: unknown) =>
    isAppError(err) && err.code === 'VALIDATION' && Object.keys(err.fields).length > 0
      ? err.fields
      : undefined;

  app.get('/authoring/events/new', async (request, reply) => {
    requireEventCreator(request.actor);
    return reply.html(
      <EventEditPage
        page={pageOf(request, reply, { withForm: true })}
        form={{
          values: { language: request.lang, time_zone: 'UTC', kind: 'workshop' },
          errors: {},
        }}
        chosen={{ theme_ids: [], partner_ids: [] }}
        choices={await editorChoices(deps, request.lang)}
      />,
    );
  });

  app.post('/authoring/events/new', async (request, reply) => {
    requireEventCreator(request.actor);
    const parsed = eventFormSchema.safeParse(request.body ?? {});
    if (!parsed.success) return invalid(request, reply, fieldErrors(parsed.error));
    try {
      const id = await createEventFromForm(deps, request.actor, parsed.data);
      return reply.redirect(`/authoring/events/${id}?done=created`, 303);
    } catch (err) {
      const errors = fieldsOf(err);
      if (!errors) throw err;
      return invalid(request, reply, errors);
    }
  });

  app.get<IdParams>('/authoring/events/:id', async (request, reply) => {
    const event = await loadEventForEdit(deps, request.actor, eventId(request.params.id));
    const lang = isLanguage(request.query.lang) ? request.query.lang : '';
    const values = valuesOf(event, lang);
    const done = request.query.done;
    return reply.html(
      <EventEditPage
        page={pageOf(request, reply, { withForm: true })}
        form={{ values, errors: {} }}
        chosen={{
          theme_ids: event.themeIds.map(String),
          partner_ids: event.organiserIds.map(String),
        }}
        choices={await editorChoices(deps, request.lang)}
        event={event}
        noticeKey={
          typeof done === 'string' && Object.hasOwn(NOTICES, done) ? NOTICES[done] : undefined
        }
      />,
    );
  });

  app.post<IdParams>('/authoring/events/:id', async (request, reply) => {
    const id = eventId(request.params.id);
    const event = await loadEventForEdit(deps, request.actor, id);
    const parsed = eventFormSchema.safeParse(request.body ?? {});
    if (!parsed.success) return invalid(request, reply, fieldErrors(parsed.error), event);
    try {
      await saveEvent(deps, request.actor, id, parsed.data);
    } catch (err) {
      const errors = fieldsOf(err);
      if (!errors) throw err;
      return invalid(request, reply, errors, event);
    }
    return reply.redirect(`/authoring/events/${id}?lang=${parsed.data.language}&done=saved`, 303);
  });

  app.post<IdParams>('/authoring/events/:id/status', async (request, reply) => {
    const id = eventId(request.params.id);
    const parsed = statusSchema.safeParse(request.body ?? {});
    if (!parsed.success) {
      await loadEventForEdit(deps, request.actor, id);
      throw new AppError('VALIDATION', 'events.errors.statusChange');
    }
    await changeEventStatus(deps, request.actor, id, parsed.data.status);
    return reply.redirect(`/authoring/events/${id}?done=${parsed.data.status}`, 303);
  });
}
