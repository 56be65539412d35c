import { createThread } from '../../../test/factories/discussions.ts';
import type { Deps } from '../../deps.ts';
import type { SubjectRef } from '../../features/discussions/subjects.ts';
import { notify } from '../../features/notifications/notify.ts';
import {
  insertMention,
  selectDemoRunId,
  selectTwinningIdBySlug,
  updateAnswer,
} from './demo-discussions.queries.ts';

// Demo discussions (invented, marked as demo): the Antwerp run of May 2013 with a pinned welcome
// and a question whose answer the facilitator accepted, the Antwerp–Płock twinning project with a
// mention of Płock's officer (and her notification), and two themes, in several languages.

type Ids = ReadonlyMap<string, number>;
type Reply = { by: string; body: string; at: Date };

const DAY = 86_400_000;
const FACILITATOR = 'facilitator@demo.lphm.example';
const ANTWERP = 'learner.antwerp@demo.lphm.example';
const PLOCK = 'learner.plock@demo.lphm.example';
const DURBAN = 'learner.durban@demo.lphm.example';
const DIOURBEL = 'learner@demo.lphm.example';
const SHANGHAI = 'learner.shanghai@demo.lphm.example';
const COORDINATOR = 'coordinator@demo.lphm.example';
const IOM = 'editor.iom@demo.lphm.example';

/** The demo threads; needs the demo officials, the 2013 run, the twinning project and the themes. */
export async function loadDemoDiscussions(
  deps: Deps,
  userIds: Ids,
  themeIds: Readonly<Record<string, number>>,
): Promise<void> {
  const user = (email: string) => userIds.get(email)!;
  const thread =
    (subject: SubjectRef, by: string, title: string, body: string, at: Date) =>
    (replies: Reply[], isPinned = false) =>
      createThread(deps, {
        subject,
        authorId: user(by),
        title,
        body,
        at,
        isPinned,
        isDemo: true,
        replies: replies.map((r) => ({ authorId: user(r.by), body: r.body, at: r.at })),
      });

  const runId = await selectDemoRunId(deps.db, 'Antwerp, May 2013');
  if (runId !== undefined) {
    const run: SubjectRef = { kind: 'run', id: runId };
    const may = (day: number, hour = 9) => new Date(Date.UTC(2013, 4, day, hour));
    await thread(
      run,
      FACILITATOR,
      'Welcome to the Antwerp workshop: introduce yourselves',
      'Welcome, everyone! Before we meet in Antwerp on 15 May, tell the group **who you are** and one question about communicating on migration that you bring from your city.',
      may(6),
    )(
      [
        {
          by: DURBAN,
          body: 'Thandiwe from Durban. Our question: how do we answer rumours on social media before they spread?',
          at: may(6, 14),
        },
        {
          by: PLOCK,
          body: 'Katarzyna, ville de Płock. Nous voulons savoir comment parler des nouveaux arrivants sans renforcer les peurs.',
          at: may(7, 10),
        },
        {
          by: DIOURBEL,
          body: 'Awa, de Diourbel. Chez nous, la question est celle de la diaspora : comment en parler aux familles restées au pays ?',
          at: may(7, 16),
        },
      ],
      true,
    );
    const question = await thread(
      run,
      DIOURBEL,
      'Comment mesurer l’effet d’une campagne de communication ?',
      'Après une campagne, comment savoir si l’opinion des habitants a vraiment changé ? Faut-il une enquête avant et après ?',
      may(15, 17),
    )([
      {
        by: FACILITATOR,
        body: 'Sí: una encuesta de referencia antes de la campaña y la misma encuesta seis meses después, con las mismas preguntas. Amberes lo hizo así en 2011; el módulo 2 tiene el cuestionario.',
        at: may(16, 8),
      },
      {
        by: ANTWERP,
        body: 'We also counted calls to the city’s information line: cheaper than a survey and it shows change within weeks.',
        at: may(16, 12),
      },
    ]);
    await updateAnswer(deps.db, question.id, question.postIds[1]!);
  }

  const twinningId = await selectTwinningIdBySlug(deps.db, 'demo-antwerp-plock-public-perceptions');
  if (twinningId !== undefined) {
    const twinning: SubjectRef = { kind: 'twinning', id: twinningId };
    const ago = (days: number) => new Date(Date.now() - days * DAY);
    const materials = await thread(
      twinning,
      ANTWERP,
      'Translating the front-desk training materials into Polish',
      'Our trainers can give the next sessions in Płock in two months. @Katarzyna Wiśniewska, could your team check the Polish version of the handbook before we print it?',
      ago(6),
    )([
      {
        by: PLOCK,
        body: 'Oui, avec plaisir : envoyez-nous le fichier, notre service de communication le relira en une semaine.',
        at: ago(5),
      },
    ]);
    await mention(deps, materials.id, materials.postIds[0]!, user(PLOCK), {
      actorId: user(ANTWERP),
      actor: 'Pieter Claes',
      thread: 'Translating the front-desk training materials into Polish',
    });
    await thread(
      twinning,
      PLOCK,
      'Résultats de l’enquête de référence',
      '41 % des habitants voient les nouveaux arrivants comme une chance pour la ville. Les quartiers périphériques ont peu répondu : nous referons une relance en porte-à-porte.',
      ago(20),
    )([
      {
        by: FACILITATOR,
        body: 'Buen comienzo. Para la segunda encuesta, conviene usar exactamente las mismas preguntas y el mismo periodo del año.',
        at: ago(18),
      },
    ]);
  }

  const cohesion = themeIds['social-cohesion'];
  if (cohesion !== undefined) {
    const subject: SubjectRef = { kind: 'theme', id: cohesion };
    await thread(
      subject,
      COORDINATOR,
      'الحديث عن الهجرة في المدن: ما الذي نجح لديكم؟',
      'نجمع أمثلة لحملات بلدية غيّرت نظرة السكان إلى المهاجرين. شاركونا تجربة مدينتكم، ولو كانت صغيرة.',
      new Date(Date.now() - 14 * DAY),
    )(
      [
        {
          by: SHANGHAI,
          body: '上海的社区中心每月举办一次“邻里日”，新来的居民和老居民一起做饭、聊天，效果很好。',
          at: new Date(Date.now() - 12 * DAY),
        },
        {
          by: ANTWERP,
          body: 'In Antwerp the campaign worked best when residents told their own stories, not the city.',
          at: new Date(Date.now() - 11 * DAY),
        },
      ],
      true,
    );
  }

  const economy = themeIds['economic-development'];
  if (economy !== undefined) {
    const subject: SubjectRef = { kind: 'theme', id: economy };
    await thread(
      subject,
      IOM,
      'Денежные переводы диаспоры и местное развитие',
      'Какие города помогают диаспоре вкладывать средства в местные проекты? Нам интересны примеры совместного финансирования.',
      new Date(Date.now() - 9 * DAY),
    )([
      {
        by: FACILITATOR,
        body: 'En Barcelona estudiamos un fondo en el que la ciudad pone un euro por cada euro de la diáspora. Puedo compartir el informe.',
        at: new Date(Date.now() - 8 * DAY),
      },
      {
        by: DIOURBEL,
        body: 'À Diourbel, les associations de la diaspora financent déjà des forages et des écoles ; il manque un guichet pour les accompagner.',
        at: new Date(Date.now() - 7 * DAY),
      },
      {
        by: DURBAN,
        body: 'Durban would like to read that report too: we are drafting a diaspora investment desk.',
        at: new Date(Date.now() - 3 * DAY),
      },
    ]);
  }
}

/** Records a mention and tells the mentioned official, as posting would. */
async function mention(
  deps: Deps,
  threadId: number,
  postId: number,
  userId: number,
  who: { actorId: number; actor: string; thread: string },
): Promise<void> {
  await insertMention(deps.db, postId, userId);
  await notify(deps.db, deps.config, {
    kind: 'mention',
    message: 'posts.notify.mention',
    params: { actor: who.actor, thread: who.thread },
    link: `/threads/${threadId}#post-${postId}`,
    recipients: [userId],
    actorId: who.actorId,
    source: `post:${postId}`,
  });
}
