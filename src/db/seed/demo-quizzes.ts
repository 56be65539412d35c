import type { Texts } from '../../../test/factories/courses.ts';
import { createQuiz, type QuizDefinition } from '../../../test/factories/quizzes.ts';
import type { Deps } from '../../deps.ts';
import { insertLesson, upsertLessonText } from '../../features/courses/lessons.queries.ts';
import { selectModules } from '../../features/courses/structure.queries.ts';

// One quiz per demo course, at the end of its last module, asking only what the course's lessons
// (demo-courses.ts) say. In English, and in French or Spanish where the course's lessons are too.

const TITLE: Texts = {
  en: 'Check your understanding',
  fr: 'Vérifiez vos acquis',
  es: 'Compruebe lo que ha aprendido',
};
const INTRO: Texts = {
  en: 'Five questions on the lessons of this course. After each attempt you will see what was right and why, so you can go back to the lesson concerned.',
  fr: 'Cinq questions sur les leçons de ce cours. Après chaque tentative, vous verrez ce qui était juste et pourquoi, pour revenir si besoin à la leçon concernée.',
  es: 'Cinco preguntas sobre las lecciones de este curso. Después de cada intento verá qué era correcto y por qué, para volver si hace falta a la lección correspondiente.',
};

const TF = (right: boolean, onTrue: Texts, onFalse: Texts) => [
  { correct: right, feedback: onTrue },
  { correct: !right, feedback: onFalse },
];

const PERCEPTIONS: QuizDefinition = {
  passMark: 70,
  questions: [
    {
      kind: 'single',
      prompt: {
        en: 'According to the research summarised in this course, which of these tends to reduce prejudice?',
        fr: 'D’après les recherches résumées dans ce cours, lequel de ces facteurs tend à réduire les préjugés ?',
      },
      explanation: {
        en: 'Attitudes are shaped less by statistics than by experience, values and stories; everyday contact on an equal footing is one of the drivers a city can act on.',
        fr: 'Les attitudes dépendent moins des statistiques que de l’expérience, des valeurs et des récits ; le contact quotidien d’égal à égal est l’un des leviers à la portée d’une ville.',
      },
      choices: [
        {
          label: {
            en: 'Everyday, equal-status contact between residents and newcomers',
            fr: 'Un contact quotidien et d’égal à égal entre habitants et nouveaux arrivants',
          },
          feedback: {
            en: 'Right: at school, at work or in associations, such contact tends to reduce prejudice.',
            fr: 'Juste : à l’école, au travail ou dans les associations, ce contact tend à réduire les préjugés.',
          },
          correct: true,
        },
        {
          label: {
            en: 'Publishing more statistics on the migrant population',
            fr: 'Publier davantage de statistiques sur la population migrante',
          },
          feedback: {
            en: 'Misperceptions are hard to correct with figures alone.',
            fr: 'Les erreurs de perception se corrigent mal avec des chiffres seuls.',
          },
          correct: false,
        },
        {
          label: {
            en: 'Avoiding the topic in local communication',
            fr: 'Éviter le sujet dans la communication locale',
          },
          feedback: {
            en: 'Silence leaves the framing to others. The course suggests listening first, then communicating with facts and shared values.',
            fr: 'Le silence laisse à d’autres le soin de cadrer le débat. Le cours conseille d’écouter d’abord, puis de communiquer avec des faits et des valeurs partagées.',
          },
          correct: false,
        },
      ],
    },
    {
      kind: 'true_false',
      prompt: {
        en: 'To correct a myth, it is best to open with the myth, so that everyone knows what is being corrected.',
        fr: 'Pour corriger une idée reçue, mieux vaut commencer par l’énoncer, afin que chacun sache ce que l’on corrige.',
      },
      explanation: {
        en: 'Repeating a myth, even to deny it, can make it more familiar. Lead with the fact, mention the myth once, clearly flagged as false, then repeat the fact (a “truth sandwich”).',
        fr: 'Répéter une idée reçue, même pour la démentir, peut la rendre plus familière. Commencez par le fait, mentionnez l’idée reçue une seule fois en la signalant comme fausse, puis répétez le fait (le « sandwich de vérité »).',
      },
      choices: TF(
        false,
        {
          en: 'Not so: opening with the myth makes it more familiar.',
          fr: 'Non : commencer par l’idée reçue la rend plus familière.',
        },
        {
          en: 'Right: lead with the fact, not the myth.',
          fr: 'Juste : commencez par le fait, pas par l’idée reçue.',
        },
      ),
    },
    {
      kind: 'multiple',
      prompt: {
        en: 'Which of these does the course recommend when working with journalists?',
        fr: 'Lesquelles de ces pratiques le cours recommande-t-il pour travailler avec les journalistes ?',
      },
      explanation: {
        en: 'A city that offers reliable sources, access to people and timely answers becomes a trusted source — while respecting editorial independence.',
        fr: 'Une ville qui offre des sources fiables, l’accès aux personnes et des réponses rapides devient une source de confiance — dans le respect de l’indépendance éditoriale.',
      },
      choices: [
        {
          label: {
            en: 'Name a spokesperson and answer quickly, including when news is bad',
            fr: 'Désigner un porte-parole et répondre vite, y compris quand la nouvelle est mauvaise',
          },
          correct: true,
        },
        {
          label: {
            en: 'Offer background briefings and data, not only press releases',
            fr: 'Proposer des points d’information et des données, pas seulement des communiqués',
          },
          correct: true,
        },
        {
          label: {
            en: 'Ask to approve articles before they are published',
            fr: 'Demander à valider les articles avant leur publication',
          },
          feedback: {
            en: 'Partnership is not control: respect editorial independence.',
            fr: 'Un partenariat n’est pas un contrôle : respectez l’indépendance éditoriale.',
          },
          correct: false,
        },
        {
          label: {
            en: 'Help journalists reach migrant voices, with the consent and protection of the people involved',
            fr: 'Aider les journalistes à entendre des voix de migrants, avec le consentement et la protection des personnes concernées',
          },
          correct: true,
        },
      ],
    },
    {
      kind: 'single',
      prompt: {
        en: 'Which wording does the course advise against?',
        fr: 'Quelle façon de parler le cours déconseille-t-il ?',
      },
      explanation: {
        en: 'Prefer precise, respectful terms — a person’s role before their status — avoid metaphors of floods or waves, and never call a person “illegal”.',
        fr: 'Préférez des termes précis et respectueux — le rôle de la personne avant son statut —, évitez les métaphores de flots ou de vagues et ne qualifiez jamais une personne d’« illégale ».',
      },
      choices: [
        {
          label: {
            en: 'Naming a person’s role (worker, student, parent) before their status',
            fr: 'Nommer le rôle de la personne (travailleuse, étudiant, parent) avant son statut',
          },
          feedback: {
            en: 'This is what the course recommends.',
            fr: 'C’est ce que le cours recommande.',
          },
          correct: false,
        },
        {
          label: {
            en: 'Metaphors of floods or waves',
            fr: 'Les métaphores de flots ou de vagues',
          },
          feedback: {
            en: 'Right: such images frame people as a threat.',
            fr: 'Juste : ces images présentent les personnes comme une menace.',
          },
          correct: true,
        },
        {
          label: {
            en: 'True, specific stories checked with the person concerned',
            fr: 'Des récits vrais et précis, validés par la personne concernée',
          },
          feedback: {
            en: 'This is what a good local story looks like.',
            fr: 'C’est ainsi qu’est fait un bon récit local.',
          },
          correct: false,
        },
      ],
    },
    {
      kind: 'short_text',
      prompt: {
        en: 'In which city was the first edition of this course held, on 15–16 May 2013?',
        fr: 'Dans quelle ville s’est tenue la première édition de ce cours, les 15 et 16 mai 2013 ?',
      },
      explanation: {
        en: 'The first edition took place in Antwerp, with officials from Antwerp, Płock, Durban and Diourbel, and included a study visit to the Red Star Line Museum.',
        fr: 'La première édition s’est tenue à Anvers, avec des agents d’Anvers, de Płock, de Durban et de Diourbel, et comprenait une visite d’étude au musée Red Star Line.',
      },
      accepted: ['Antwerp', 'Anvers', 'Antwerpen'],
    },
  ],
};

const ENTREPRENEURSHIP: QuizDefinition = {
  passMark: 70,
  questions: [
    {
      kind: 'true_false',
      prompt: {
        en: 'Local policy should try to capture part of migrants’ remittances for municipal projects.',
      },
      explanation: {
        en: 'Remittances are private money belonging to families. A city can make transfers cheaper and safer, offer financial education and create attractive options for those who choose to invest or save locally.',
      },
      choices: TF(
        false,
        { en: 'Not so: remittances belong to the families who send and receive them.' },
        { en: 'Right: remittances are private money; policy should not try to capture them.' },
      ),
    },
    {
      kind: 'single',
      prompt: {
        en: 'In Mexico’s 3x1 for Migrants programme, who matched each peso a migrant association contributed to a community project?',
      },
      explanation: {
        en: 'Each peso was matched by the federal, state and municipal governments — hence “3x1”.',
      },
      choices: [
        {
          label: { en: 'The federal, state and municipal governments' },
          feedback: { en: 'Right: one peso from each level of government.' },
          correct: true,
        },
        {
          label: { en: 'International development banks' },
          feedback: {
            en: 'Not in this programme: the match came from the three levels of government.',
          },
          correct: false,
        },
        {
          label: { en: 'The migrants’ employers' },
          feedback: { en: 'No: the match came from public budgets.' },
          correct: false,
        },
      ],
    },
    {
      kind: 'multiple',
      prompt: {
        en: 'Which barriers do migrant entrepreneurs often face that general business services overlook?',
      },
      explanation: {
        en: 'The lesson lists unfamiliar rules and procedures, limited credit history, language, recognition of qualifications, and sometimes restrictions linked to residence status.',
      },
      choices: [
        { label: { en: 'Unfamiliar rules and procedures' }, correct: true },
        { label: { en: 'Limited credit history' }, correct: true },
        { label: { en: 'Recognition of qualifications' }, correct: true },
        {
          label: { en: 'Too many business advisers competing to help them' },
          feedback: { en: 'The problem is the opposite: support often fails to reach them.' },
          correct: false,
        },
      ],
    },
    {
      kind: 'single',
      prompt: {
        en: 'Before creating new, separate services for migrant entrepreneurs, what does the course advise?',
      },
      explanation: {
        en: 'Measure whether your existing services are used by migrant residents first; outreach through associations and community media often matters more than a new office.',
      },
      choices: [
        {
          label: { en: 'Measure whether existing services are used by migrant residents' },
          feedback: { en: 'Right: start from what exists.' },
          correct: true,
        },
        {
          label: { en: 'Ask the diaspora to fund the new services' },
          feedback: {
            en: 'Diaspora partnerships are for agreed projects, not a substitute for public services.',
          },
          correct: false,
        },
        {
          label: { en: 'Wait until national law changes' },
          feedback: {
            en: 'Much can be done locally: information, mentoring, access to finance and outreach.',
          },
          correct: false,
        },
      ],
    },
    {
      kind: 'short_text',
      prompt: {
        en: 'Which EC-UN initiative worked from the observation that local authorities are well placed to link migration with development? Give its acronym.',
      },
      explanation: { en: 'The EC-UN Joint Migration and Development Initiative (JMDI).' },
      accepted: [
        'JMDI',
        'Joint Migration and Development Initiative',
        'EC-UN Joint Migration and Development Initiative',
      ],
    },
  ],
};

const SCHOOLING: QuizDefinition = {
  passMark: 70,
  questions: [
    {
      kind: 'short_text',
      prompt: {
        en: 'Which article of the UN Convention on the Rights of the Child recognises every child’s right to education? Give its number.',
        es: '¿Qué artículo de la Convención sobre los Derechos del Niño reconoce el derecho de todo niño a la educación? Indique su número.',
      },
      explanation: {
        en: 'Article 28 recognises the right to education; article 2 requires that the Convention’s rights apply to every child without discrimination of any kind.',
        es: 'El artículo 28 reconoce el derecho a la educación; el artículo 2 exige que los derechos de la Convención se apliquen a cada niño sin distinción alguna.',
      },
      accepted: ['28', 'article 28', 'art. 28', 'artículo 28', 'art 28'],
    },
    {
      kind: 'true_false',
      prompt: {
        en: 'Under the Convention, a child’s or parent’s migration status may decide whether the child can attend school.',
        es: 'Según la Convención, la situación migratoria de un niño o de sus padres puede decidir si el niño puede ir a la escuela.',
      },
      explanation: {
        en: 'The Convention’s rights apply to every child without discrimination, including national origin or status; primary education is to be compulsory and free for all.',
        es: 'Los derechos de la Convención se aplican a cada niño sin distinción alguna, incluido el origen nacional o la situación migratoria; la enseñanza primaria debe ser obligatoria y gratuita para todos.',
      },
      choices: TF(
        false,
        {
          en: 'Not so: the rights apply without discrimination of any kind.',
          es: 'No: los derechos se aplican sin distinción alguna.',
        },
        {
          en: 'Right: status should not decide whether a child goes to school.',
          es: 'Correcto: la situación migratoria no debe decidir si un niño va a la escuela.',
        },
      ),
    },
    {
      kind: 'multiple',
      prompt: {
        en: 'Which practices help remove barriers to enrolment?',
        es: '¿Qué prácticas ayudan a eliminar los obstáculos a la matrícula?',
      },
      explanation: {
        en: 'Accept alternative documents, allow enrolment at any time, watch the hidden costs, place children by age with support, and explain the system to parents in their language.',
        es: 'Aceptar documentos alternativos, permitir la matrícula en cualquier momento, vigilar los costes ocultos, situar a los niños según su edad con apoyo y explicar el sistema a las familias en su idioma.',
      },
      choices: [
        {
          label: {
            en: 'Accept alternative documents: enrol first, regularise later',
            es: 'Aceptar documentos alternativos: matricular primero, regularizar después',
          },
          correct: true,
        },
        {
          label: {
            en: 'Allow enrolment at any time of the school year',
            es: 'Permitir la matrícula en cualquier momento del curso',
          },
          correct: true,
        },
        {
          label: {
            en: 'Place newcomers in much younger classes until they speak the language',
            es: 'Situar a los recién llegados en clases de niños mucho menores hasta que hablen la lengua',
          },
          feedback: {
            en: 'Placing children by age, with support, keeps them with their peers.',
            es: 'Situarlos según su edad, con apoyo, les permite seguir con sus pares.',
          },
          correct: false,
        },
        {
          label: {
            en: 'Explain the school system to parents in their language, through trusted intermediaries',
            es: 'Explicar el sistema escolar a las familias en su idioma, mediante intermediarios de confianza',
          },
          correct: true,
        },
      ],
    },
    {
      kind: 'single',
      prompt: {
        en: 'What does research on bilingual education indicate about children’s home languages?',
        es: '¿Qué indica la investigación sobre educación bilingüe acerca de las lenguas maternas?',
      },
      explanation: {
        en: 'A strong first language supports learning a second one, so schools can welcome home languages in class and support mother-tongue lessons.',
        es: 'Una primera lengua sólida favorece el aprendizaje de una segunda; por eso las escuelas pueden acoger las lenguas maternas en clase y apoyar su enseñanza.',
      },
      choices: [
        {
          label: {
            en: 'A strong first language supports learning a second one',
            es: 'Una primera lengua sólida favorece el aprendizaje de una segunda',
          },
          feedback: { en: 'Right.', es: 'Correcto.' },
          correct: true,
        },
        {
          label: {
            en: 'Home languages should be dropped to speed up learning',
            es: 'Hay que abandonar la lengua materna para aprender más rápido',
          },
          feedback: {
            en: 'The research points the other way.',
            es: 'La investigación apunta en sentido contrario.',
          },
          correct: false,
        },
        {
          label: {
            en: 'Home languages make no difference to school learning',
            es: 'La lengua materna no influye en el aprendizaje escolar',
          },
          feedback: {
            en: 'They do: a strong first language helps.',
            es: 'Sí influye: una primera lengua sólida ayuda.',
          },
          correct: false,
        },
      ],
    },
    {
      kind: 'single',
      prompt: {
        en: 'When children learn the language of instruction, what usually comes first?',
        es: 'Cuando los niños aprenden la lengua de enseñanza, ¿qué suele llegar primero?',
      },
      explanation: {
        en: 'Everyday conversation comes well before the academic language used in lessons, so children need time and continued support.',
        es: 'La conversación cotidiana llega mucho antes que el lenguaje académico de las clases; por eso la niñez necesita tiempo y un apoyo continuado.',
      },
      choices: [
        {
          label: { en: 'Everyday conversation', es: 'La conversación cotidiana' },
          feedback: { en: 'Right.', es: 'Correcto.' },
          correct: true,
        },
        {
          label: {
            en: 'The academic language used in lessons',
            es: 'El lenguaje académico de las clases',
          },
          feedback: {
            en: 'Academic language takes longer: a child who chats easily may still need support in lessons.',
            es: 'El lenguaje académico tarda más: un niño que conversa con soltura puede seguir necesitando apoyo en clase.',
          },
          correct: false,
        },
      ],
    },
  ],
};

const URBAN: QuizDefinition = {
  passMark: 70,
  questions: [
    {
      kind: 'multiple',
      prompt: {
        en: 'Which kinds of climate-related mobility do international texts such as the Cancún Adaptation Framework (2010) distinguish?',
      },
      explanation: {
        en: 'Displacement (forced, often sudden), migration (more or less voluntary, as slow changes affect livelihoods) and planned relocation (communities moved, with public support, away from dangerous places).',
      },
      choices: [
        { label: { en: 'Displacement' }, correct: true },
        { label: { en: 'Migration' }, correct: true },
        { label: { en: 'Planned relocation' }, correct: true },
        {
          label: { en: 'Seasonal tourism' },
          feedback: { en: 'Not one of the three forms the texts distinguish.' },
          correct: false,
        },
      ],
    },
    {
      kind: 'true_false',
      prompt: { en: 'Climate is usually the only reason people move.' },
      explanation: {
        en: 'Climate is rarely the only reason: it interacts with poverty, conflict and opportunity.',
      },
      choices: TF(
        false,
        { en: 'Not so: climate interacts with poverty, conflict and opportunity.' },
        { en: 'Right: climate is rarely the only reason people move.' },
      ),
    },
    {
      kind: 'short_text',
      prompt: {
        en: 'What are people affected by climate change who cannot move at all sometimes called? (Two words.)',
      },
      explanation: { en: 'They are sometimes called “trapped populations”.' },
      accepted: ['trapped populations', 'trapped population'],
    },
    {
      kind: 'single',
      prompt: { en: 'According to the course, a planned relocation should be…' },
      explanation: {
        en: 'Planned relocation should be a last resort, decided with the community, and should preserve livelihoods and social ties.',
      },
      choices: [
        {
          label: {
            en: 'A last resort, decided with the community, preserving livelihoods and social ties',
          },
          feedback: { en: 'Right.' },
          correct: true,
        },
        {
          label: { en: 'The first response to any flood risk' },
          feedback: {
            en: 'Risk mapping, safe land and early warning come first; relocation is a last resort.',
          },
          correct: false,
        },
        {
          label: { en: 'Decided by technical experts alone, to save time' },
          feedback: { en: 'The community must take part in the decision.' },
          correct: false,
        },
      ],
    },
    {
      kind: 'single',
      prompt: {
        en: 'What do cities that plan for growth do with existing informal settlements where possible?',
      },
      explanation: {
        en: 'They count everyone (including informal areas) in their data, guide growth to safer land with services, and upgrade settlements in place rather than evicting residents.',
      },
      choices: [
        {
          label: { en: 'Upgrade them in place rather than evict residents' },
          feedback: { en: 'Right.' },
          correct: true,
        },
        {
          label: { en: 'Leave them out of city data until they are legalised' },
          feedback: { en: 'Counting everyone, informal areas included, is the first step.' },
          correct: false,
        },
        {
          label: { en: 'Clear the land and move residents to the city edge' },
          feedback: {
            en: 'Treating newcomers as temporary or invisible tends to make risks worse.',
          },
          correct: false,
        },
      ],
    },
  ],
};

const SERVICES: QuizDefinition = {
  passMark: 70,
  questions: [
    {
      kind: 'true_false',
      prompt: {
        en: 'It is good practice to let children interpret for their parents at appointments.',
      },
      explanation: {
        en: 'Do not rely on children to interpret: it burdens them and the interpretation may be incomplete. Use trained interpreters for anything important.',
      },
      choices: TF(
        false,
        { en: 'Not so: it burdens children and the interpretation may be incomplete.' },
        { en: 'Right: use trained interpreters, in person, by telephone or by video.' },
      ),
    },
    {
      kind: 'single',
      prompt: { en: 'In health care for migrants, what is meant by a “firewall”?' },
      explanation: {
        en: 'Separating care from immigration enforcement, so that people are not afraid to seek treatment.',
      },
      choices: [
        {
          label: { en: 'Separating care from immigration enforcement' },
          feedback: { en: 'Right: people then dare to seek treatment.' },
          correct: true,
        },
        {
          label: { en: 'A computer system protecting patient records' },
          feedback: { en: 'Not in this sense.' },
          correct: false,
        },
        {
          label: { en: 'A rule limiting migrants’ care to emergencies' },
          feedback: { en: 'No: the course asks that essential care reach everyone.' },
          correct: false,
        },
      ],
    },
    {
      kind: 'multiple',
      prompt: { en: 'Which care does the course say a city should make sure reaches everyone?' },
      explanation: {
        en: 'Emergency care, maternal care, child health and vaccination should reach everyone — it protects the whole community.',
      },
      choices: [
        { label: { en: 'Emergency care' }, correct: true },
        { label: { en: 'Maternal care' }, correct: true },
        { label: { en: 'Vaccination' }, correct: true },
        {
          label: { en: 'Cosmetic surgery' },
          feedback: { en: 'Not on the course’s list.' },
          correct: false,
        },
      ],
    },
    {
      kind: 'short_text',
      prompt: {
        en: 'Which article of the International Covenant on Economic, Social and Cultural Rights recognises the right to the highest attainable standard of health? Give its number.',
      },
      explanation: { en: 'Article 12.' },
      accepted: ['12', 'article 12', 'art. 12', 'art 12'],
    },
    {
      kind: 'single',
      prompt: { en: 'When working with an interpreter, staff should…' },
      explanation: {
        en: 'Speak to the person, not the interpreter; use short sentences; check understanding.',
      },
      choices: [
        {
          label: { en: 'Speak to the person, in short sentences, and check understanding' },
          feedback: { en: 'Right.' },
          correct: true,
        },
        {
          label: { en: 'Speak to the interpreter and let them summarise' },
          feedback: { en: 'Speak to the person, not the interpreter.' },
          correct: false,
        },
        {
          label: { en: 'Skip the interpreter for legal or financial decisions to save time' },
          feedback: { en: 'These are exactly the decisions that need a trained interpreter.' },
          correct: false,
        },
      ],
    },
  ],
};

const TRAFFICKING: QuizDefinition = {
  passMark: 70,
  timeLimitMinutes: 15,
  questions: [
    {
      kind: 'multiple',
      prompt: {
        en: 'Which are the elements of trafficking in persons as defined by the Palermo protocol?',
      },
      explanation: {
        en: 'An act (recruiting, transporting, transferring, harbouring or receiving), by means such as threat, force, coercion or deception, for the purpose of exploitation. Trafficking can happen without crossing any border.',
      },
      choices: [
        { label: { en: 'An act, such as recruiting or transporting a person' }, correct: true },
        { label: { en: 'A means, such as threat, force, fraud or deception' }, correct: true },
        { label: { en: 'A purpose of exploitation' }, correct: true },
        {
          label: { en: 'Crossing an international border' },
          feedback: { en: 'Trafficking can happen without crossing any border.' },
          correct: false,
        },
      ],
    },
    {
      kind: 'true_false',
      prompt: {
        en: 'For children, the “means” element is not required: recruiting or moving a child for exploitation is trafficking.',
      },
      explanation: { en: 'For children, the means are not required.' },
      choices: TF(
        true,
        { en: 'Right: no means need to be shown when the victim is a child.' },
        { en: 'Not so: for children, the means are not required.' },
      ),
    },
    {
      kind: 'single',
      prompt: { en: 'Which describes migrant smuggling?' },
      explanation: {
        en: 'Smuggling is procuring a person’s illegal entry into a country for a financial or other material benefit: a crime against the state’s borders. Trafficking is a crime against the person.',
      },
      choices: [
        {
          label: {
            en: 'Procuring a person’s illegal entry into a country for a financial or other material benefit',
          },
          feedback: { en: 'Right.' },
          correct: true,
        },
        {
          label: { en: 'A crime against the person that can happen without crossing a border' },
          feedback: { en: 'That describes trafficking.' },
          correct: false,
        },
        {
          label: { en: 'Any irregular migration' },
          feedback: {
            en: 'No: smuggling is a crime committed by those who procure the entry for profit.',
          },
          correct: false,
        },
      ],
    },
    {
      kind: 'single',
      prompt: {
        en: 'A front-line worker notices that someone else holds a worker’s identity documents. What should they do?',
      },
      explanation: {
        en: 'One indicator is not proof. The right response is to refer, safely and with the person’s consent where possible, to those trained to assess the situation — not to investigate alone.',
      },
      choices: [
        {
          label: {
            en: 'Refer safely, with the person’s consent where possible, to those trained to assess it',
          },
          feedback: { en: 'Right.' },
          correct: true,
        },
        {
          label: { en: 'Investigate alone before telling anyone' },
          feedback: { en: 'Investigating alone can put the person at risk; refer instead.' },
          correct: false,
        },
        {
          label: { en: 'Do nothing: one indicator is not proof' },
          feedback: { en: 'One indicator is not proof, but it is a reason to refer.' },
          correct: false,
        },
      ],
    },
    {
      kind: 'short_text',
      prompt: {
        en: 'Victims should not be penalised for offences they were compelled to commit. What is this principle called?',
      },
      explanation: { en: 'The principle of non-punishment.' },
      accepted: [
        'non-punishment',
        'nonpunishment',
        'non punishment',
        'the principle of non-punishment',
      ],
    },
  ],
};

const QUIZZES: Record<string, QuizDefinition> = {
  'public-perceptions-communication-media': PERCEPTIONS,
  'migrant-entrepreneurship-diaspora-engagement': ENTREPRENEURSHIP,
  'inclusive-schooling-language-support': SCHOOLING,
  'urban-growth-climate-mobility': URBAN,
  'accessible-local-services': SERVICES,
  'preventing-trafficking-protecting-migrants': TRAFFICKING,
};

/**
 * Adds the demo course's quiz as the last lesson of its last module, titled and introduced in
 * every language its questions are written in.
 */
export async function addDemoQuiz(deps: Deps, courseSlug: string, courseId: number): Promise<void> {
  const quiz = QUIZZES[courseSlug];
  const last = (await selectModules(deps.db, courseId)).at(-1);
  if (!quiz || !last) return;
  const now = new Date().toISOString();
  const lessonId = await insertLesson(deps.db, last.id, { language: 'en', title: TITLE.en }, now);
  const languages = Object.keys(quiz.questions[0]!.prompt);
  for (const language of languages)
    await upsertLessonText(deps.db, lessonId, {
      language,
      title: TITLE[language]!,
      body: INTRO[language]!,
    });
  await createQuiz(deps, lessonId, quiz);
}
