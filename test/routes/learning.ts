import { createHash } from 'node:crypto';
import { storeUpload } from '../../src/files/index.ts';
import { upsertLessonDocument } from '../../src/features/courses/document.queries.ts';
import { updateLesson } from '../../src/features/courses/lessons.queries.ts';
import { createCourse } from '../factories/courses.ts';
import { createRun, enrol } from '../factories/runs.ts';
import { signedIn, type ActorKind, type RouteRow, type SetupContext } from './types.ts';

// Learning: only the table's learner is enrolled in the run. The course's editors (the "Table
// Partner" organisation's editor, coordinators) may preview its pages but not mark lessons done;
// the table's facilitator does not facilitate this run, so gets 404. Visitors are sent to sign in
// (GET) or refused (POST). Document set-up pages are for the editors of the course.

/** A PDF that file-type recognises by its content. */
const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

export async function setup({
  deps,
  values,
  organisationId,
  officials,
}: SetupContext): Promise<void> {
  const course = await createCourse(deps, {
    organisationId,
    createdBy: officials.partner_editor.id,
    status: 'published',
    modules: [2, 1],
  });
  const other = await createCourse(deps, {
    organisationId,
    createdBy: officials.partner_editor.id,
    status: 'published',
    modules: [1],
  });
  const documentLesson = course.lessonIds[0]![1]!;
  const now = new Date().toISOString();
  await updateLesson(
    deps.db,
    documentLesson,
    { kind: 'document', videoUrl: '', isRequired: true },
    now,
  );
  const file = await storeUpload(deps.db, {
    name: 'guide.pdf',
    mediaType: 'application/pdf',
    size: PDF.length,
    sha256: createHash('sha256').update(PDF).digest('hex'),
    bytes: PDF,
  });
  await upsertLessonDocument(
    deps.db,
    {
      lessonId: documentLesson,
      language: 'en',
      fileId: file.id,
      fileName: 'guide.pdf',
      uploadedBy: officials.partner_editor.id,
    },
    now,
  );
  const run = await createRun(deps, course.id);
  await enrol(deps, run.id, officials.learner.id);
  values[':learnrun'] = String(run.id);
  values[':learnlesson'] = String(course.lessonIds[0]![0]);
  values[':learndocument'] = String(documentLesson);
  values[':learnother'] = String(other.lessonIds[0]![0]);
}

/** The enrolled learner gets `status`; other officials 404; visitors sign in or 401. */
const learner = (method: 'GET' | 'POST', status: number): Record<ActorKind, number> => ({
  ...signedIn(404),
  anonymous: method === 'GET' ? 303 : 401,
  learner: status,
});
/** The learner and the course's editors (previewing) get `status`; the facilitator 404. */
const viewers = (status: number): Record<ActorKind, number> => ({
  anonymous: 303,
  learner: status,
  facilitator: 404,
  partner_editor: status,
  coordinator: status,
  admin: status,
});
/** Editors of the course get `status`; learners and facilitators 403. */
const editors = (method: 'GET' | 'POST', status: number): Record<ActorKind, number> => ({
  anonymous: method === 'GET' ? 303 : 401,
  learner: 403,
  facilitator: 403,
  partner_editor: status,
  coordinator: status,
  admin: status,
});

export const routes: RouteRow[] = [
  { method: 'GET', route: '/learning', url: '/learning', expect: signedIn(200) },
  { method: 'GET', route: '/learn/:run', url: '/learn/:learnrun', expect: viewers(200) },
  {
    method: 'GET',
    route: '/learn/:run',
    url: '/learn/:learnrun?lang=xx',
    expect: viewers(400),
  },
  { method: 'GET', route: '/learn/:run', url: '/learn/999999', expect: learner('GET', 404) },
  {
    method: 'GET',
    route: '/learn/:run/lessons/:lesson',
    url: '/learn/:learnrun/lessons/:learnlesson',
    expect: viewers(200),
  },
  {
    method: 'GET',
    route: '/learn/:run/lessons/:lesson',
    url: '/learn/:learnrun/lessons/:learnother',
    expect: learner('GET', 404),
  },
  {
    method: 'POST',
    route: '/learn/:run/lessons/:lesson/done',
    url: '/learn/:learnrun/lessons/:learnlesson/done',
    expect: learner('POST', 303),
  },
  {
    method: 'POST',
    route: '/learn/:run/lessons/:lesson/done',
    url: '/learn/:learnrun/lessons/:learnother/done',
    expect: learner('POST', 404),
  },
  {
    method: 'GET',
    route: '/learn/:run/lessons/:lesson/file',
    url: '/learn/:learnrun/lessons/:learndocument/file',
    expect: viewers(200),
  },
  {
    method: 'GET',
    route: '/learn/:run/lessons/:lesson/file',
    url: '/learn/:learnrun/lessons/:learnlesson/file',
    expect: learner('GET', 404),
  },
  {
    method: 'GET',
    route: '/authoring/lessons/:id/document',
    url: '/authoring/lessons/:learndocument/document',
    expect: editors('GET', 200),
  },
  {
    method: 'GET',
    route: '/authoring/lessons/:id/document',
    url: '/authoring/lessons/:learnlesson/document',
    expect: editors('GET', 409),
  },
  // A form without a file: re-rendered with the error, nothing stored.
  {
    method: 'POST',
    route: '/authoring/lessons/:id/document',
    url: '/authoring/lessons/:learndocument/document',
    form: { language: 'fr' },
    expect: editors('POST', 400),
  },
];
