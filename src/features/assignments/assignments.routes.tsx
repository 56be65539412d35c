import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { readUploadForm, sendAttachment } from '../../files/index.ts';
import { isAppError } from '../../web/errors.ts';
import { pageOf } from '../../web/page.ts';
import { fieldErrors, formValues } from '../../web/validation.ts';
import { gradeSchema, settingsSchema, submissionSchema } from './assignments.schema.ts';
import {
  getSubmissionForGrading,
  gradeSubmission,
  listSubmissions,
  submissionFile,
} from './grading.service.ts';
import {
  getLearnerAssignment,
  ownSubmissionFile,
  submitAssignment,
  type LearnerAssignment,
} from './learner.service.ts';
import { getAssignmentSettings, saveAssignmentSettings } from './settings.service.ts';
import { AssignmentPage } from './views/AssignmentPage.tsx';
import { AssignmentSettingsPage, settingsFormOf } from './views/AssignmentSettingsPage.tsx';
import { SubmissionPage } from './views/SubmissionPage.tsx';
import { SubmissionsPage } from './views/SubmissionsPage.tsx';

// Assignments: settings for editors, submission for learners, grading for facilitators.

// One-time notices after a redirect: only these keys, never text from the address.
const NOTICES: Record<string, string> = {
  saved: 'assignments.notices.saved',
  submitted: 'assignments.notices.submitted',
  graded: 'assignments.notices.graded',
};
const noticeFor = (done: unknown) =>
  typeof done === 'string' && Object.hasOwn(NOTICES, done) ? NOTICES[done] : undefined;

type Done = { Querystring: { done?: string } };
type LessonParams = Done & { Params: { id: string } };
type LearnerParams = Done & { Params: { run: string; lesson: string } };
type SubmissionParams = Done & { Params: { run: string; submission: string } };

/** Field errors of a VALIDATION error or of a refused file, else undefined. */
function formErrors(err: unknown): Record<string, string> | undefined {
  if (!isAppError(err)) return undefined;
  if (err.code === 'VALIDATION' && Object.keys(err.fields).length > 0) return err.fields;
  return undefined;
}

export async function assignmentsRoutes(app: FastifyInstance): Promise<void> {
  const { deps } = app;

  app.get<LessonParams>('/authoring/lessons/:id/assignment', async (request, reply) => {
    const found = await getAssignmentSettings(deps, request.actor, request.params.id);
    return reply.html(
      <AssignmentSettingsPage
        page={pageOf(request, reply, { withForm: true })}
        lesson={found.lesson}
        platformLimitBytes={found.platformLimitBytes}
        form={settingsFormOf(found.settings)}
        noticeKey={noticeFor(request.query.done)}
      />,
    );
  });

  app.post<LessonParams>('/authoring/lessons/:id/assignment', async (request, reply) => {
    const found = await getAssignmentSettings(deps, request.actor, request.params.id, 'change');
    const parsed = settingsSchema(found.platformLimitBytes).safeParse(request.body ?? {});
    if (!parsed.success) {
      const form = { values: formValues(request.body), errors: fieldErrors(parsed.error) };
      return reply
        .status(400)
        .html(
          <AssignmentSettingsPage
            page={pageOf(request, reply, { withForm: true })}
            lesson={found.lesson}
            platformLimitBytes={found.platformLimitBytes}
            form={form}
          />,
        );
    }
    const { lessonId } = await saveAssignmentSettings(
      deps,
      request.actor,
      request.params.id,
      parsed.data,
    );
    return reply.redirect(`/authoring/lessons/${lessonId}/assignment?done=saved`, 303);
  });

  const learnerPage = (
    request: FastifyRequest,
    reply: FastifyReply,
    assignment: LearnerAssignment,
    form: { values: Record<string, string>; errors: Record<string, string> },
    noticeKey?: string,
  ) =>
    reply.html(
      <AssignmentPage
        page={pageOf(request, reply, { withForm: true })}
        assignment={assignment}
        form={form}
        noticeKey={noticeKey}
      />,
    );

  app.get<LearnerParams>('/learn/:run/assignment/:lesson', async (request, reply) => {
    const { run, lesson } = request.params;
    const assignment = await getLearnerAssignment(deps, request.actor, run, lesson);
    const values = { text: assignment.submission?.text ?? '' };
    return learnerPage(
      request,
      reply,
      assignment,
      { values, errors: {} },
      noticeFor(request.query.done),
    );
  });

  app.post<LearnerParams>(
    '/learn/:run/assignment/:lesson/submit',
    { config: { csrfInHandler: true } },
    async (request, reply) => {
      const { run, lesson } = request.params;
      const before = await getLearnerAssignment(deps, request.actor, run, lesson);
      const upload = await readUploadForm(request, {
        maxFileBytes: before.settings.maxFileBytes,
      });
      const values = { text: upload.fields.text ?? '' };
      const again = async (status: number, errors: Record<string, string>) => {
        const assignment = await getLearnerAssignment(deps, request.actor, run, lesson);
        return learnerPage(request, reply.status(status), assignment, { values, errors });
      };
      if (upload.fileError)
        return again(upload.fileError.status, { file: upload.fileError.messageKey });
      const parsed = submissionSchema.safeParse(upload.fields);
      if (!parsed.success) return again(400, fieldErrors(parsed.error));
      try {
        await submitAssignment(deps, request.actor, run, lesson, {
          ...parsed.data,
          file: upload.file,
        });
      } catch (err) {
        const errors = formErrors(err);
        if (errors) return again(400, errors);
        throw err;
      }
      return reply.redirect(
        `/learn/${before.runId}/assignment/${before.lessonId}?done=submitted`,
        303,
      );
    },
  );

  app.get<LearnerParams>('/learn/:run/assignment/:lesson/file', async (request, reply) => {
    const { run, lesson } = request.params;
    return sendAttachment(reply, await ownSubmissionFile(deps, request.actor, run, lesson));
  });

  app.get<Done & { Params: { run: string } }>(
    '/facilitate/runs/:run/submissions',
    async (request, reply) => {
      const queue = await listSubmissions(deps, request.actor, request.params.run);
      return reply.html(<SubmissionsPage page={pageOf(request, reply)} queue={queue} />);
    },
  );

  const gradingPage = async (
    request: FastifyRequest<SubmissionParams>,
    reply: FastifyReply,
    form: { values: Record<string, string>; errors: Record<string, string> },
  ) => {
    const { run, submission } = request.params;
    const found = await getSubmissionForGrading(deps, request.actor, run, submission);
    return reply.html(
      <SubmissionPage
        page={pageOf(request, reply, { withForm: true })}
        found={found}
        form={form}
        noticeKey={noticeFor(request.query.done)}
      />,
    );
  };

  app.get<SubmissionParams>('/facilitate/runs/:run/submissions/:submission', (request, reply) =>
    gradingPage(request, reply, { values: {}, errors: {} }),
  );

  app.post<SubmissionParams>(
    '/facilitate/runs/:run/submissions/:submission/grade',
    async (request, reply) => {
      const { run, submission } = request.params;
      const found = await getSubmissionForGrading(deps, request.actor, run, submission);
      const values = formValues(request.body);
      const parsed = gradeSchema(found.settings.maxScore).safeParse(request.body ?? {});
      if (!parsed.success)
        return gradingPage(request, reply.status(400), {
          values,
          errors: fieldErrors(parsed.error),
        });
      await gradeSubmission(deps, request.actor, run, submission, parsed.data);
      return reply.redirect(
        `/facilitate/runs/${found.runId}/submissions/${found.submission.id}?done=graded`,
        303,
      );
    },
  );

  app.get<SubmissionParams>(
    '/facilitate/runs/:run/submissions/:submission/file',
    async (request, reply) => {
      const { run, submission } = request.params;
      return sendAttachment(reply, await submissionFile(deps, request.actor, run, submission));
    },
  );
}
