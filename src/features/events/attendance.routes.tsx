import type { FastifyInstance } from 'fastify';
import { AppError } from '../../web/errors.ts';
import { pageOf } from '../../web/page.ts';
import { markSchema } from './attendance.schema.ts';
import { attendanceSheet, markAllAttended, markAttendance } from './attendance.service.ts';
import { AttendancePage } from './views/AttendancePage.tsx';
import { SignInSheetPage } from './views/SignInSheetPage.tsx';

const NOTICES: Record<string, string> = {
  marked: 'attendance.notices.marked',
  unchanged: 'attendance.notices.unchanged',
  all: 'attendance.notices.all',
};

type Params = { Params: { id: string }; Querystring: { done?: string } };

function eventId(value: string): number {
  if (!/^[1-9]\d{0,8}$/.test(value)) throw new AppError('NOT_FOUND');
  return Number(value);
}

/** Attendance of an event: the list to mark, the printable sign-in sheet, and the marks. */
export async function attendanceRoutes(app: FastifyInstance): Promise<void> {
  const { deps } = app;

  app.get<Params>('/authoring/events/:id/attendance', async (request, reply) => {
    const sheet = await attendanceSheet(
      deps,
      request.actor,
      eventId(request.params.id),
      request.lang,
    );
    const done = request.query.done;
    return reply
      .header('cache-control', 'no-store')
      .html(
        <AttendancePage
          page={pageOf(request, reply, { withForm: true })}
          sheet={sheet}
          notice={done && Object.hasOwn(NOTICES, done) ? NOTICES[done] : undefined}
        />,
      );
  });

  app.get<Params>('/authoring/events/:id/attendance/sheet', async (request, reply) => {
    const sheet = await attendanceSheet(
      deps,
      request.actor,
      eventId(request.params.id),
      request.lang,
    );
    return reply
      .header('cache-control', 'no-store')
      .html(<SignInSheetPage page={pageOf(request, reply)} sheet={sheet} />);
  });

  app.post<Params>('/authoring/events/:id/attendance', async (request, reply) => {
    const id = eventId(request.params.id);
    const parsed = markSchema.safeParse(request.body);
    if (!parsed.success) throw new AppError('VALIDATION', 'attendance.errors.invalid');
    const outcome = await markAttendance(deps, request.actor, id, {
      registrationId: parsed.data.registration,
      status: parsed.data.status,
    });
    return reply.redirect(`/authoring/events/${id}/attendance?done=${outcome}`, 303);
  });

  app.post<Params>('/authoring/events/:id/attendance/all', async (request, reply) => {
    const id = eventId(request.params.id);
    await markAllAttended(deps, request.actor, id);
    return reply.redirect(`/authoring/events/${id}/attendance?done=all`, 303);
  });
}
