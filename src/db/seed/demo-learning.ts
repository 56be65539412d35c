import { passQuiz } from '../../../test/factories/quizzes.ts';
import { createRun, enrol } from '../../../test/factories/runs.ts';
import type { Deps } from '../../deps.ts';
import { selectLessons } from '../../features/courses/lessons.queries.ts';
import { completeLesson, recordActivity } from '../../features/courses/progress.service.ts';

// Demo runs and learners (invented, marked as demo data): the Antwerp run of 15–16 May 2013 with
// participants from Antwerp, Płock, Durban and Diourbel, two of whom completed it and hold a
// certificate; and a learner part-way through a self-paced course.

const FIRST_COURSE = 'public-perceptions-communication-media';
const SELF_PACED = 'migrant-entrepreneurship-diaspora-engagement';

/** How far each participant of the 2013 run got: 'all' lessons, or a number of lessons done. */
const ANTWERP_2013: Array<[email: string, done: 'all' | number]> = [
  ['learner.durban@demo.lphm.example', 'all'],
  ['learner.antwerp@demo.lphm.example', 'all'],
  ['learner.plock@demo.lphm.example', 3],
  ['learner@demo.lphm.example', 2],
];

/** Does the first `count` lessons (or all) in syllabus order, passing quizzes on the way. */
async function doLessons(
  deps: Deps,
  courseId: number,
  enrolmentId: number,
  count: 'all' | number,
): Promise<void> {
  const lessons = await selectLessons(deps.db, courseId);
  for (const lesson of count === 'all' ? lessons : lessons.slice(0, count)) {
    if (lesson.kind === 'quiz') await passQuiz(deps, enrolmentId, lesson.id);
    else await completeLesson(deps, enrolmentId, lesson.id);
  }
}

export async function loadDemoLearning(
  deps: Deps,
  courseIds: ReadonlyMap<string, number>,
  userIds: ReadonlyMap<string, number>,
): Promise<void> {
  const user = (email: string) => userIds.get(email)!;
  const firstCourse = courseIds.get(FIRST_COURSE)!;
  const antwerp = await createRun(deps, firstCourse, {
    title: 'Antwerp, May 2013',
    startsOn: '2013-05-15',
    endsOn: '2013-05-16',
    location: 'Antwerp, Belgium',
    enrolmentMode: 'application',
    seats: 20,
    isDemo: true,
    facilitatorIds: [user('facilitator@demo.lphm.example')],
  });
  for (const [email, done] of ANTWERP_2013) {
    const enrolment = await enrol(deps, antwerp.id, user(email));
    await doLessons(deps, firstCourse, enrolment.id, done);
  }
  // The self-paced course's always-open run, with the demo learner two lessons in.
  const selfPaced = courseIds.get(SELF_PACED)!;
  const open = await createRun(deps, selfPaced, {
    startsOn: null,
    endsOn: null,
    isAlwaysOpen: true,
    isDemo: true,
  });
  const enrolment = await enrol(deps, open.id, user('learner@demo.lphm.example'));
  await doLessons(deps, selfPaced, enrolment.id, 2);
  const lessons = await selectLessons(deps.db, selfPaced);
  await recordActivity(deps, enrolment.id, lessons[2]?.id ?? null);
}
