import type { Texts } from '../../../test/factories/courses.ts';

// The demo courses: the platform's first course (Antwerp, May 2013) and one self-paced course per
// theme. Introductory content for local officials that describes widely documented approaches and
// international instruments only: no statistics and no claims about particular cities' practice.
// Every course is marked as demo data; the interface says so.

export interface DemoCourse {
  slug: string;
  /** Slug of the owning partner organisation (demo-organisations.ts). */
  owner: string;
  /** Slugs of partners credited besides the owner. */
  credited: string[];
  theme: string;
  /** E-mail of the demo official who wrote it (demo-officials.ts). */
  author: string;
  format: 'self_paced' | 'blended';
  durationHours: number;
  title: Texts;
  summary: Texts;
  objectives: Texts;
  modules: Array<{ title: Texts; lessons: Array<{ title: Texts; body: Texts }> }>;
}

const COORDINATOR = 'coordinator@demo.lphm.example';
const IOM_EDITOR = 'editor.iom@demo.lphm.example';

const FIRST_COURSE: DemoCourse = {
  slug: 'public-perceptions-communication-media',
  owner: 'unitar',
  credited: ['flanders'],
  theme: 'social-cohesion',
  author: COORDINATOR,
  format: 'blended',
  durationHours: 12,
  title: {
    en: 'Addressing public perceptions of migrants, mastering communication strategies and partnering with the media',
    fr: 'Agir sur les perceptions des migrants dans l’opinion publique, maîtriser les stratégies de communication et travailler en partenariat avec les médias',
    es: 'Abordar la percepción pública de los migrantes, dominar las estrategias de comunicación y colaborar con los medios',
    ar: 'معالجة التصورات العامة عن المهاجرين وإتقان استراتيجيات التواصل والشراكة مع وسائل الإعلام',
    ru: 'Общественное восприятие мигрантов: коммуникационные стратегии и партнёрство со СМИ',
    zh: '应对公众对移民的看法、掌握沟通策略并与媒体合作',
  },
  summary: {
    en: 'The platform’s first course, first held on 15–16 May 2013 in Antwerp with participants from Antwerp, Płock, Durban and Diourbel. It combined presentations, practical exercises to exchange good practices and draft action plans, and a study visit to the Red Star Line Museum, which the City of Antwerp inaugurated on 28 September 2013. This blended version keeps the same path: understand what shapes public perceptions, communicate with evidence, work with journalists, and leave with a local communication action plan.',
    fr: 'Le premier cours de la plateforme, tenu pour la première fois les 15 et 16 mai 2013 à Anvers avec des participants d’Anvers, de Płock, de Durban et de Diourbel. Il associait des présentations, des exercices pratiques pour échanger de bonnes pratiques et rédiger des plans d’action, et une visite d’étude au musée Red Star Line, que la Ville d’Anvers a inauguré le 28 septembre 2013. Cette version mixte suit le même parcours : comprendre ce qui façonne les perceptions, communiquer à partir de données probantes, travailler avec les journalistes et repartir avec un plan d’action local de communication.',
    es: 'El primer curso de la plataforma, celebrado por primera vez el 15 y 16 de mayo de 2013 en Amberes con participantes de Amberes, Płock, Durban y Diourbel. Combinó presentaciones, ejercicios prácticos para intercambiar buenas prácticas y redactar planes de acción, y una visita de estudio al Museo Red Star Line, que la ciudad de Amberes inauguró el 28 de septiembre de 2013.',
    ar: 'الدورة الأولى للمنصة، عُقدت لأول مرة يومي 15 و16 أيار/مايو 2013 في أنتويرب بمشاركة مسؤولين من أنتويرب وبلوتسك وديربان وديوربيل. جمعت بين العروض والتمارين العملية لتبادل الممارسات الجيدة وصياغة خطط عمل، وزيارة دراسية إلى متحف ريد ستار لاين الذي افتتحته مدينة أنتويرب في 28 أيلول/سبتمبر 2013.',
    ru: 'Первый курс платформы, впервые проведённый 15–16 мая 2013 года в Антверпене с участниками из Антверпена, Плоцка, Дурбана и Диурбеля. Он включал презентации, практические упражнения для обмена передовым опытом и подготовки планов действий, а также учебный визит в музей Red Star Line, который город Антверпен открыл 28 сентября 2013 года.',
    zh: '平台的第一门课程，于2013年5月15日至16日在安特卫普首次举办，学员来自安特卫普、普沃茨克、德班和久尔贝勒。课程包括专题介绍、交流良好做法和起草行动计划的实践练习，以及对红星航运博物馆的考察（安特卫普市于2013年9月28日为该博物馆揭幕）。',
  },
  objectives: {
    en: 'Explain what drives public perceptions of migrants in your city.\nUse evidence and values-based messages to answer misinformation.\nBuild working relationships with journalists and local media.\nDraft a local communication action plan.',
    fr: 'Expliquer ce qui façonne les perceptions des migrants dans votre ville.\nRépondre à la désinformation par des données et des messages fondés sur des valeurs.\nNouer des relations de travail avec les journalistes et les médias locaux.\nRédiger un plan d’action local de communication.',
  },
  modules: [
    {
      title: {
        en: 'Understanding public perceptions',
        fr: 'Comprendre les perceptions de l’opinion publique',
      },
      lessons: [
        {
          title: {
            en: 'What shapes perceptions of migrants',
            fr: 'Ce qui façonne les perceptions des migrants',
          },
          body: {
            en: `Public attitudes towards migrants are shaped less by statistics than by **experience, values and stories**. Surveys in many countries find that people often misjudge the size and make-up of the migrant population, and that these misperceptions are hard to correct with figures alone.

Research commonly points to a few drivers:

- **Contact**: everyday, equal-status contact between residents and newcomers (at school, at work, in associations) tends to reduce prejudice.
- **Economic and cultural anxiety**: fears about jobs, housing, public services or identity, which are often stronger in times of rapid change.
- **Media and political discourse**: the words and images used to talk about migration frame how people understand it.
- **Local context**: a neighbourhood's history, its services and the visible presence of newcomers in local life.

For a local authority this is good news: several of these drivers — contact, services, local narratives — are things a city can act on.`,
            fr: `Les attitudes envers les migrants dépendent moins des statistiques que de **l’expérience, des valeurs et des récits**. Dans de nombreux pays, les enquêtes montrent que la population se trompe souvent sur le nombre et le profil des migrants, et que ces erreurs de perception se corrigent mal avec des chiffres seuls.

La recherche met souvent en avant quelques facteurs :

- **Le contact** : un contact quotidien et d’égal à égal entre habitants et nouveaux arrivants (à l’école, au travail, dans les associations) tend à réduire les préjugés.
- **Les inquiétudes économiques et culturelles** : craintes pour l’emploi, le logement, les services publics ou l’identité, souvent plus fortes en période de changements rapides.
- **Le discours médiatique et politique** : les mots et les images employés pour parler de migration orientent la manière de la comprendre.
- **Le contexte local** : l’histoire d’un quartier, ses services et la présence visible des nouveaux arrivants dans la vie locale.

Pour une collectivité locale, c’est une bonne nouvelle : plusieurs de ces facteurs — le contact, les services, les récits locaux — sont à sa portée.`,
          },
        },
        {
          title: {
            en: 'Listening before speaking: knowing local opinion',
            fr: 'Écouter avant de parler : connaître l’opinion locale',
          },
          body: {
            en: `Before designing messages, find out what residents actually think and why. Useful, affordable sources include:

1. **Existing surveys** by national statistics offices, universities or civil society, broken down by region where possible.
2. **Focus groups and neighbourhood meetings**, including residents who are sceptical, not only those already convinced.
3. **Media monitoring**: which topics, sources and images local media use when they report on migration.
4. **Front-line staff**: teachers, social workers and desk staff hear residents' concerns every day.

Look for the **"persuadable middle"**: most people hold mixed views, and communication that respects their concerns while offering facts and shared values tends to reach them better than campaigns aimed at convinced supporters or opponents.`,
            fr: `Avant de concevoir des messages, cherchez à savoir ce que pensent réellement les habitants, et pourquoi. Sources utiles et peu coûteuses :

1. **Les enquêtes existantes** des instituts nationaux de statistique, des universités ou de la société civile, ventilées par région si possible.
2. **Groupes de discussion et réunions de quartier**, en y associant des habitants sceptiques, pas seulement ceux déjà convaincus.
3. **La veille médiatique** : quels sujets, quelles sources et quelles images les médias locaux utilisent pour parler de migration.
4. **Les agents de terrain** : enseignants, travailleurs sociaux et agents d’accueil entendent chaque jour les préoccupations des habitants.

Cherchez le **« milieu persuadable »** : la plupart des gens ont des opinions nuancées, et une communication qui respecte leurs préoccupations tout en apportant des faits et des valeurs partagées les atteint mieux qu’une campagne visant des partisans ou des opposants déjà convaincus.`,
          },
        },
      ],
    },
    {
      title: {
        en: 'Communicating with evidence',
        fr: 'Communiquer à partir de données probantes',
      },
      lessons: [
        {
          title: {
            en: 'Evidence-based communication and myth-busting',
            fr: 'Communication fondée sur les faits et lutte contre les idées reçues',
          },
          body: {
            en: `Correcting false claims is necessary but delicate: repeating a myth, even to deny it, can make it more familiar. Widely used guidance on countering misinformation suggests:

- **Lead with the fact**, not the myth; mention the myth once, clearly flagged as false, then repeat the fact (sometimes called a "truth sandwich").
- **Use trusted, local sources**: official local data, schools, employers, doctors, faith leaders.
- **Make numbers concrete** and comparable; avoid a flood of figures.
- **Explain, don't only deny**: people accept a correction more easily when it replaces the myth with a plausible explanation.

Keep a shared, regularly updated fact sheet so every department answers the same questions with the same sourced figures.`,
            fr: `Corriger une affirmation fausse est nécessaire mais délicat : répéter une idée reçue, même pour la démentir, peut la rendre plus familière. Les recommandations largement utilisées pour contrer la désinformation conseillent :

- **Commencer par le fait**, pas par l’idée reçue ; mentionner celle-ci une seule fois, clairement signalée comme fausse, puis répéter le fait (on parle parfois de « sandwich de vérité »).
- **S’appuyer sur des sources locales de confiance** : données officielles locales, écoles, employeurs, médecins, responsables religieux.
- **Rendre les chiffres concrets** et comparables ; éviter l’avalanche de données.
- **Expliquer plutôt que seulement démentir** : une correction est mieux acceptée lorsqu’elle remplace l’idée reçue par une explication plausible.

Tenez une fiche de faits commune, mise à jour régulièrement, pour que chaque service réponde aux mêmes questions avec les mêmes chiffres sourcés.`,
          },
        },
        {
          title: {
            en: 'Values, stories and the words we use',
            fr: 'Valeurs, récits et choix des mots',
          },
          body: {
            en: `Facts persuade best inside a story that connects with **shared values**: fairness, contribution, family, safety, belonging to the neighbourhood. Communication campaigns by cities and civil society often use first-person stories of residents — newcomers and long-standing residents together — rather than abstract categories.

Words matter. Prefer precise, respectful terms (a person's role — worker, student, parent, neighbour — before their status), avoid metaphors of floods or waves, and never use "illegal" to describe a person.

A good local story is **true, specific and checked with the person concerned**, who must give informed consent to be named or photographed.`,
            fr: `Les faits convainquent mieux lorsqu’ils s’inscrivent dans un récit relié à des **valeurs partagées** : équité, contribution, famille, sécurité, appartenance au quartier. Les campagnes des villes et de la société civile mettent souvent en avant des témoignages d’habitants — nouveaux arrivants et habitants de longue date ensemble — plutôt que des catégories abstraites.

Les mots comptent. Préférez des termes précis et respectueux (le rôle de la personne — travailleuse, étudiant, parent, voisin — avant son statut), évitez les métaphores de flots ou de vagues, et n’employez jamais « illégal » pour désigner une personne.

Un bon récit local est **vrai, précis et validé par la personne concernée**, qui doit donner son consentement éclairé avant d’être nommée ou photographiée.`,
          },
        },
      ],
    },
    {
      title: {
        en: 'Partnering with the media and planning action',
        fr: 'Travailler avec les médias et planifier l’action',
      },
      lessons: [
        {
          title: {
            en: 'Working with journalists and media',
            fr: 'Travailler avec les journalistes et les médias',
          },
          body: {
            en: `Journalists need reliable sources, access to people and stories, and timely answers. A city that offers these becomes a trusted source. Practical steps:

- Name a **spokesperson** and a contact point for migration questions, and answer quickly, including when news is bad.
- Offer **background briefings** and data, not only press releases.
- Help journalists reach **migrant voices** directly, with the consent and protection of the people involved.
- Support **training and exchanges** with local media and journalism schools; media-diversity guidelines from journalists' associations are a useful basis.
- Respect editorial independence: partnership is not control.

Consider also community and diaspora media, which reach residents that mainstream media may miss.`,
            fr: `Les journalistes ont besoin de sources fiables, d’accès aux personnes et aux histoires, et de réponses rapides. Une ville qui les leur offre devient une source de confiance. Démarches concrètes :

- Désigner un **porte-parole** et un point de contact pour les questions de migration, et répondre vite, y compris quand la nouvelle est mauvaise.
- Proposer des **points d’information** et des données, pas seulement des communiqués.
- Aider les journalistes à entendre directement des **voix de migrants**, avec le consentement et la protection des personnes concernées.
- Soutenir **formations et échanges** avec les médias locaux et les écoles de journalisme ; les lignes directrices des associations de journalistes sur la diversité sont une bonne base.
- Respecter l’indépendance éditoriale : un partenariat n’est pas un contrôle.

Pensez aussi aux médias communautaires et de la diaspora, qui touchent des habitants que les grands médias atteignent peu.`,
          },
        },
        {
          title: {
            en: 'Designing a local communication action plan',
            fr: 'Concevoir un plan d’action local de communication',
          },
          body: {
            en: `During the course each participating city drafts an action plan and shares it with peers for feedback. A simple structure:

1. **Goal**: the change in perception or behaviour you seek, and among whom.
2. **Audiences**: who they are, what they believe, which messengers they trust.
3. **Messages**: facts and values, tested with a few members of each audience.
4. **Channels and partners**: local media, schools, employers, associations, social media.
5. **Activities and timing**, with a responsible person for each.
6. **Resources**: budget and staff time.
7. **Monitoring**: a few indicators (media tone, reach, a repeated local survey question) and a date to review.

Keep it short enough to be used. Sharing it with a peer city creates a reason to report back on progress.`,
            fr: `Pendant le cours, chaque ville participante rédige un plan d’action et le soumet à ses pairs pour avis. Une structure simple :

1. **Objectif** : le changement de perception ou de comportement recherché, et auprès de qui.
2. **Publics** : qui ils sont, ce qu’ils pensent, à quels messagers ils font confiance.
3. **Messages** : faits et valeurs, testés auprès de quelques membres de chaque public.
4. **Canaux et partenaires** : médias locaux, écoles, employeurs, associations, réseaux sociaux.
5. **Activités et calendrier**, avec un responsable pour chacune.
6. **Moyens** : budget et temps de travail.
7. **Suivi** : quelques indicateurs (ton des médias, audience, une question d’enquête locale répétée) et une date de bilan.

Gardez-le assez court pour qu’il serve. Le partager avec une ville paire crée une raison de rendre compte des progrès.`,
          },
        },
        {
          title: {
            en: 'Learning from peers: the Antwerp session',
            fr: 'Apprendre de ses pairs : la session d’Anvers',
          },
          body: {
            en: `The first edition of this course took place on **15–16 May 2013 in Antwerp**, with officials from **Antwerp, Płock, Durban and Diourbel**. Cities of very different sizes and regions compared how they talk about migration and what has worked for them.

The programme followed the platform's CityShare approach: practitioners' presentations, practical exercises to exchange good practices and draft action plans, and a **study visit to the Red Star Line Museum**, which the City of Antwerp inaugurated on 28 September 2013. The museum tells the story of the people who emigrated through Antwerp on the Red Star Line's ships — a reminder that many cities were once places people left as well as places they arrive.

In the blended version, the online modules prepare the face-to-face days, and the action plan is followed up online with your peers.`,
            fr: `La première édition de ce cours s’est tenue les **15 et 16 mai 2013 à Anvers**, avec des agents d’**Anvers, Płock, Durban et Diourbel**. Des villes de tailles et de régions très différentes ont comparé leur manière de parler de migration et ce qui a fonctionné chez elles.

Le programme suivait la démarche CityShare de la plateforme : présentations de praticiens, exercices pratiques pour échanger de bonnes pratiques et rédiger des plans d’action, et une **visite d’étude au musée Red Star Line**, que la Ville d’Anvers a inauguré le 28 septembre 2013. Le musée raconte l’histoire des personnes qui ont émigré depuis Anvers sur les navires de la Red Star Line — un rappel que beaucoup de villes ont été des lieux de départ autant que d’arrivée.

Dans la version mixte, les modules en ligne préparent les journées en présentiel, et le plan d’action fait l’objet d’un suivi en ligne avec vos pairs.`,
          },
        },
      ],
    },
  ],
};

const ECONOMIC: DemoCourse = {
  slug: 'migrant-entrepreneurship-diaspora-engagement',
  owner: 'jmdi',
  credited: ['iom', 'undp'],
  theme: 'economic-development',
  author: COORDINATOR,
  format: 'self_paced',
  durationHours: 4,
  title: {
    en: 'Migrant entrepreneurship and diaspora engagement for local development',
    fr: 'Entrepreneuriat des migrants et engagement des diasporas pour le développement local',
    es: 'Emprendimiento migrante y participación de la diáspora en el desarrollo local',
    ar: 'ريادة الأعمال لدى المهاجرين وإشراك المغتربين في التنمية المحلية',
    ru: 'Предпринимательство мигрантов и участие диаспор в местном развитии',
    zh: '移民创业与侨民参与地方发展',
  },
  summary: {
    en: 'An introduction for local officials to the links between migration and local development: how to make business support reach migrant entrepreneurs, and how to work with diaspora associations as partners rather than only as sources of funds.',
    fr: 'Une introduction, pour les agents des collectivités, aux liens entre migration et développement local : rendre l’appui aux entreprises accessible aux entrepreneurs migrants et travailler avec les associations de la diaspora comme de véritables partenaires.',
    es: 'Una introducción para funcionarios locales a los vínculos entre migración y desarrollo local: cómo hacer llegar el apoyo empresarial a las personas emprendedoras migrantes y cómo trabajar con las asociaciones de la diáspora como socias.',
    ar: 'مدخل لموظفي السلطات المحلية إلى الصلات بين الهجرة والتنمية المحلية: كيف تصل خدمات دعم الأعمال إلى رواد الأعمال المهاجرين، وكيف يُتعامل مع جمعيات المغتربين بوصفها شريكة لا مجرد مصدر للأموال.',
    ru: 'Вводный курс для сотрудников местных органов власти о связи миграции и местного развития: как сделать поддержку бизнеса доступной для предпринимателей-мигрантов и как работать с объединениями диаспоры как с партнёрами, а не только как с источником средств.',
    zh: '面向地方官员的入门课程，介绍移民与地方发展之间的联系：如何让创业支持服务惠及移民创业者，以及如何将侨民协会视为合作伙伴，而不仅仅是资金来源。',
  },
  objectives: {
    en: 'Describe how migration affects local economies in places of origin and destination.\nIdentify barriers migrant entrepreneurs face and ways to lower them.\nPlan a partnership with diaspora organisations.',
  },
  modules: [
    {
      title: { en: 'Migration and local development', fr: 'Migration et développement local' },
      lessons: [
        {
          title: { en: 'Why migration is a local development issue' },
          body: {
            en: `Migration is experienced first in municipalities: people leave from, pass through and settle in specific places. The EC-UN Joint Migration and Development Initiative (JMDI) worked from the observation that local authorities are well placed to link migration with development because they deliver services, plan the local economy and know their communities.

For **places of origin**, migration brings remittances, skills, networks and ideas, but can also mean the departure of young workers. For **places of destination**, newcomers add workers, consumers and entrepreneurs, and need access to services.

Remember that **remittances are private money** belonging to families. Local policy should not try to capture them; it can make transfers cheaper and safer, offer financial education, and create attractive options for those who choose to invest or save locally.`,
          },
        },
        {
          title: { en: 'Knowing your diaspora' },
          body: {
            en: `Before engaging a diaspora, learn who it is. A simple mapping can draw on:

- hometown and professional associations, faith communities and student groups;
- consulates and embassies of the countries concerned;
- national statistics and population registers where they exist;
- conversations with families of emigrants, local chambers of commerce and banks.

Record what people offer and expect: skills, investment interest, philanthropy, trade links, or simply a wish to stay connected. Diasporas are diverse — generations, regions, political views — so avoid treating one association as speaking for all.`,
          },
        },
      ],
    },
    {
      title: { en: 'From support to partnership', fr: 'De l’appui au partenariat' },
      lessons: [
        {
          title: { en: 'Making business support reach migrant entrepreneurs' },
          body: {
            en: `Migrant entrepreneurs often face barriers that general business services overlook: unfamiliar rules and procedures, limited credit history, language, recognition of qualifications, and sometimes restrictions linked to residence status.

Approaches used by many cities include:

1. **One-stop information** on registering a business, explained in several languages.
2. **Mentoring** that pairs newcomers with established entrepreneurs, including migrants who have succeeded locally.
3. **Access to finance** through microfinance, guarantee funds or partnerships with local banks.
4. **Outreach** through associations and community media, because those who most need support are often least likely to walk into a government office.

Measure whether your existing services are used by migrant residents before creating new, separate ones.`,
          },
        },
        {
          title: { en: 'Working with diaspora associations' },
          body: {
            en: `Diaspora associations can co-finance and co-design projects in their places of origin. A widely documented example is Mexico's **3x1 for Migrants** programme, in which every peso contributed by a migrant association to a community project was matched by the federal, state and municipal governments.

Lessons from such partnerships:

- Agree on projects that match **local development plans**, not only donors' preferences.
- Be transparent about budgets, procurement and progress; diaspora donors value accountability.
- Involve residents of the place of origin so projects are owned locally.
- Support **skills transfer** too: short assignments of diaspora professionals in local hospitals, schools or administrations.

A written agreement with clear roles makes the partnership last beyond one project.`,
          },
        },
      ],
    },
  ],
};

const EDUCATION: DemoCourse = {
  slug: 'inclusive-schooling-language-support',
  owner: 'unicef',
  credited: ['uantwerp-cemis'],
  theme: 'education-youth',
  author: COORDINATOR,
  format: 'self_paced',
  durationHours: 3,
  title: {
    en: 'Inclusive schooling and language support for migrant children',
    fr: 'Scolarisation inclusive et soutien linguistique pour les enfants migrants',
    es: 'Escolarización inclusiva y apoyo lingüístico para la niñez migrante',
    ar: 'التعليم الشامل والدعم اللغوي للأطفال المهاجرين',
    ru: 'Инклюзивное школьное образование и языковая поддержка детей-мигрантов',
    zh: '移民儿童的全纳教育与语言支持',
  },
  summary: {
    en: 'What local authorities can do so that every migrant and refugee child goes to school, learns the language of instruction and keeps their home language: the right to education, barriers to enrolment, and language support that works.',
    es: 'Lo que pueden hacer las autoridades locales para que cada niña y niño migrante o refugiado vaya a la escuela, aprenda la lengua de enseñanza y conserve su lengua materna: el derecho a la educación, los obstáculos a la matrícula y un apoyo lingüístico eficaz.',
    fr: 'Ce que peuvent faire les collectivités locales pour que chaque enfant migrant ou réfugié aille à l’école, apprenne la langue d’enseignement et garde sa langue maternelle : le droit à l’éducation, les obstacles à l’inscription et un soutien linguistique efficace.',
    ar: 'ما يمكن للسلطات المحلية فعله كي يلتحق كل طفل مهاجر أو لاجئ بالمدرسة، ويتعلم لغة التدريس، ويحافظ على لغته الأم: الحق في التعليم، وعوائق التسجيل، والدعم اللغوي الفعّال.',
    ru: 'Что могут сделать местные власти, чтобы каждый ребёнок-мигрант или беженец ходил в школу, осваивал язык обучения и сохранял родной язык: право на образование, препятствия при зачислении и эффективная языковая поддержка.',
    zh: '地方政府如何确保每一名移民和难民儿童都能上学、学会教学语言并保留母语：受教育权、入学障碍以及行之有效的语言支持。',
  },
  objectives: {
    en: 'Explain the right of every child to education, whatever their status.\nIdentify and remove local barriers to enrolment.\nChoose language-support approaches suited to your schools.',
    es: 'Explicar el derecho de toda niña y todo niño a la educación, sea cual sea su situación.\nDetectar y eliminar los obstáculos locales a la matrícula.\nElegir enfoques de apoyo lingüístico adecuados para sus escuelas.',
  },
  modules: [
    {
      title: {
        en: 'Every child in school',
        es: 'Todos los niños y niñas en la escuela',
      },
      lessons: [
        {
          title: {
            en: 'The right to education',
            es: 'El derecho a la educación',
          },
          body: {
            en: `The UN **Convention on the Rights of the Child** (1989), ratified by almost every country, recognises the right of every child to education (article 28) and requires that its rights apply to every child **without discrimination of any kind**, including national origin or status (article 2). Primary education is to be compulsory and free for all.

For local authorities, which often run or fund schools, this means that a child's or parent's migration status should not decide whether the child can attend school. Many countries say so explicitly in law; where the law is unclear, local guidance to schools matters.

Education also protects: school gives children routine, safety, friends and access to other services, which is why humanitarian organisations treat it as a priority even in emergencies.`,
            es: `La **Convención sobre los Derechos del Niño** de las Naciones Unidas (1989), ratificada por casi todos los países, reconoce el derecho de todo niño a la educación (artículo 28) y exige que sus derechos se apliquen a cada niño **sin distinción alguna**, incluido el origen nacional o la situación migratoria (artículo 2). La enseñanza primaria debe ser obligatoria y gratuita para todos.

Para las autoridades locales, que a menudo gestionan o financian escuelas, esto significa que la situación migratoria de un niño o de sus padres no debería decidir si puede ir a la escuela. Muchos países lo establecen expresamente en la ley; donde la ley no es clara, las orientaciones locales a las escuelas son importantes.

La educación también protege: la escuela ofrece a la niñez rutina, seguridad, amistades y acceso a otros servicios; por eso las organizaciones humanitarias la consideran una prioridad incluso en emergencias.`,
          },
        },
        {
          title: {
            en: 'Removing barriers to enrolment',
            es: 'Eliminar los obstáculos a la matrícula',
          },
          body: {
            en: `Even where the right is clear, children can be kept out of school by practical barriers:

- **Documents**: schools asking for birth certificates, residence permits or previous school records that families cannot provide. Accept alternatives and enrol first, regularise later.
- **Timing**: families arrive during the school year; allow enrolment at any time.
- **Costs**: uniforms, books, transport and meals can exclude families even when tuition is free.
- **Placement**: placing children by age with support, rather than in much younger classes, keeps them with peers.
- **Information**: parents may not know how the system works; explain it in their language, through trusted intermediaries.

A simple check: ask your schools what they require to enrol a child, and compare the answers.`,
            es: `Aun cuando el derecho es claro, hay obstáculos prácticos que pueden dejar a niñas y niños fuera de la escuela:

- **Documentos**: escuelas que piden actas de nacimiento, permisos de residencia o certificados escolares que las familias no pueden presentar. Acepte alternativas y matricule primero; regularice después.
- **Calendario**: las familias llegan a mitad de curso; permita la matrícula en cualquier momento.
- **Costes**: uniformes, libros, transporte y comedor pueden excluir a familias incluso cuando la enseñanza es gratuita.
- **Ubicación**: situar a cada niño según su edad y con apoyo, y no en clases de niños mucho menores, le permite seguir con sus pares.
- **Información**: los padres pueden no saber cómo funciona el sistema; explíquelo en su idioma, mediante intermediarios de confianza.

Una comprobación sencilla: pregunte a sus escuelas qué exigen para matricular a un niño y compare las respuestas.`,
          },
        },
      ],
    },
    {
      title: {
        en: 'Language and belonging',
        es: 'Lengua y pertenencia',
      },
      lessons: [
        {
          title: {
            en: 'Language support that works',
            es: 'Un apoyo lingüístico eficaz',
          },
          body: {
            en: `Learning the language of instruction is the key to school success, and children need time: everyday conversation comes well before the academic language used in lessons. Common approaches:

- **Reception or preparatory classes** for a limited period, with a clear path into mainstream classes.
- **Support within mainstream classes**: language teachers working alongside subject teachers, so children learn with their peers.
- **Valuing home languages**: research on bilingual education indicates that a strong first language supports learning a second one. Schools can welcome home languages in class and support mother-tongue lessons.
- **Working with parents**: interpreters at parent meetings, translated information, and adult language courses for parents.

Combine language support with attention to wellbeing: some children have lived through displacement or violence and may need psychosocial support.`,
            es: `Aprender la lengua de enseñanza es clave para el éxito escolar, y la niñez necesita tiempo: la conversación cotidiana llega mucho antes que el lenguaje académico de las clases. Enfoques habituales:

- **Aulas de acogida o preparatorias** durante un tiempo limitado, con un camino claro hacia las aulas ordinarias.
- **Apoyo dentro del aula ordinaria**: docentes de lengua que trabajan junto a los de cada materia, para que los niños aprendan con sus pares.
- **Valorar las lenguas maternas**: la investigación sobre educación bilingüe indica que una primera lengua sólida favorece el aprendizaje de una segunda. Las escuelas pueden acoger las lenguas maternas en clase y apoyar su enseñanza.
- **Trabajar con las familias**: intérpretes en las reuniones, información traducida y cursos de idioma para madres y padres.

Combine el apoyo lingüístico con la atención al bienestar: algunos niños han vivido el desplazamiento o la violencia y pueden necesitar apoyo psicosocial.`,
          },
        },
      ],
    },
  ],
};

const URBAN: DemoCourse = {
  slug: 'urban-growth-climate-mobility',
  owner: 'undp',
  credited: ['unu-barcelona'],
  theme: 'urbanisation-environment',
  author: COORDINATOR,
  format: 'self_paced',
  durationHours: 4,
  title: {
    en: 'Planning for urban growth and climate-related mobility',
    fr: 'Planifier la croissance urbaine et la mobilité liée au climat',
    es: 'Planificar el crecimiento urbano y la movilidad relacionada con el clima',
    ar: 'التخطيط للنمو الحضري والتنقل المرتبط بالمناخ',
    ru: 'Планирование городского роста и мобильности, связанной с изменением климата',
    zh: '规划城市增长与气候相关人口流动',
  },
  summary: {
    en: 'How migration shapes urban growth, what “climate-related mobility” means (displacement, migration and planned relocation), and planning approaches that include newcomers and reduce risk rather than push people into hazardous areas.',
    fr: 'Comment la migration façonne la croissance urbaine, ce que recouvre la « mobilité liée au climat » (déplacements, migrations et réinstallations planifiées), et des démarches de planification qui incluent les nouveaux arrivants et réduisent les risques.',
    es: 'Cómo la migración da forma al crecimiento urbano, qué significa la «movilidad relacionada con el clima» (desplazamiento, migración y reubicación planificada) y enfoques de planificación que incluyen a los recién llegados y reducen el riesgo.',
    ar: 'كيف تُشكّل الهجرة النمو الحضري، وما المقصود بالتنقل المرتبط بالمناخ (النزوح والهجرة وإعادة التوطين المخطط لها)، ونُهُج تخطيط تشمل الوافدين الجدد وتحدّ من المخاطر.',
    ru: 'Как миграция влияет на рост городов, что означает мобильность, связанная с изменением климата (вынужденное перемещение, миграция и плановое переселение), и подходы к планированию, которые учитывают новых жителей и снижают риски.',
    zh: '移民如何塑造城市增长，“气候相关人口流动”的含义（流离失所、迁移和有计划的搬迁），以及将新来者纳入其中并降低风险的规划方法。',
  },
  objectives: {
    en: 'Distinguish displacement, migration and planned relocation.\nInclude newcomers in urban plans and data.\nUse participatory, risk-informed planning tools.',
  },
  modules: [
    {
      title: { en: 'Migration, cities and climate', fr: 'Migration, villes et climat' },
      lessons: [
        {
          title: { en: 'Migration and urban growth' },
          body: {
            en: `Cities grow through births, through the reclassification of surrounding areas and through migration, from rural areas, other cities and abroad. Where growth outpaces planning, newcomers often settle in **informal settlements**, at the city edge or on land others avoid — flood plains, steep slopes, near industrial sites.

Planning that treats newcomers as temporary or invisible tends to make these risks worse. Cities that plan for growth do a few things consistently: they **count everyone** (including informal areas) in their data, **guide growth** to safer land with services, and **upgrade** existing settlements in place where possible rather than evicting residents.`,
          },
        },
        {
          title: { en: 'What climate-related mobility means' },
          body: {
            en: `Climate change affects mobility in three ways that international texts distinguish, for example the Cancún Adaptation Framework agreed under the UN climate convention in 2010:

- **Displacement**: people forced to leave, often suddenly, because of floods, storms or other disasters.
- **Migration**: people who move, more or less voluntarily, as slow changes such as drought, sea-level rise or land degradation affect their livelihoods.
- **Planned relocation**: communities moved, with public support, away from places that have become too dangerous.

Climate is rarely the only reason people move; it interacts with poverty, conflict and opportunity. Many people affected cannot move at all — sometimes called **trapped populations**. The Platform on Disaster Displacement, which followed the state-led Nansen Initiative, works on these questions.`,
          },
        },
      ],
    },
    {
      title: { en: 'Planning tools', fr: 'Outils de planification' },
      lessons: [
        {
          title: { en: 'Inclusive, risk-informed planning' },
          body: {
            en: `Tools that local authorities widely use:

1. **Community-led mapping and enumeration** of informal settlements, as practised by federations of slum dwellers in many countries, gives data the city lacks and builds trust.
2. **Risk mapping** that overlays hazards with where people live and where newcomers arrive.
3. **Land and housing** options in safe areas that people on low incomes can afford, near jobs and transport.
4. **Early warning and evacuation plans** translated and communicated through community networks, so they reach recent arrivals.
5. **Participation**: newcomers in consultations on plans that will affect them.

Any planned relocation should be a last resort, decided with the community, and should preserve livelihoods and social ties.`,
          },
        },
      ],
    },
  ],
};

const SERVICES: DemoCourse = {
  slug: 'accessible-local-services',
  owner: 'iom',
  credited: ['cuny'],
  theme: 'public-services-health',
  author: IOM_EDITOR,
  format: 'self_paced',
  durationHours: 3,
  title: {
    en: 'Making local services accessible: registration, health and interpretation',
    fr: 'Rendre les services locaux accessibles : enregistrement, santé et interprétariat',
    es: 'Servicios locales accesibles: registro, salud e interpretación',
    ar: 'تيسير الوصول إلى الخدمات المحلية: التسجيل والصحة والترجمة الشفوية',
    ru: 'Доступность местных услуг: регистрация, здравоохранение и устный перевод',
    zh: '让地方服务触手可及：登记、医疗与口译',
  },
  summary: {
    en: 'Practical steps to make municipal services reach every resident: registration and information as the front door, access to health care, and professional interpretation and plain language.',
    fr: 'Des mesures concrètes pour que les services municipaux atteignent tous les habitants : l’enregistrement et l’information comme porte d’entrée, l’accès aux soins, l’interprétariat professionnel et le langage clair.',
    es: 'Pasos prácticos para que los servicios municipales lleguen a todos los residentes: el registro y la información como puerta de entrada, el acceso a la salud, la interpretación profesional y el lenguaje claro.',
    ar: 'خطوات عملية لتصل الخدمات البلدية إلى جميع السكان: التسجيل والمعلومات بوصفهما المدخل، والحصول على الرعاية الصحية، والترجمة الشفوية المهنية واللغة الواضحة.',
    ru: 'Практические шаги, чтобы муниципальные услуги были доступны каждому жителю: регистрация и информация как «входная дверь», доступ к медицинской помощи, профессиональный устный перевод и простой язык.',
    zh: '让市政服务惠及每一位居民的实用步骤：以登记和信息为入口、获得医疗服务、专业口译和简明语言。',
  },
  objectives: {
    en: 'Review the front door to your services from a newcomer’s point of view.\nExplain why access to health care matters for everyone.\nOrganise professional interpretation.',
  },
  modules: [
    {
      title: { en: 'The front door', fr: 'La porte d’entrée' },
      lessons: [
        {
          title: { en: 'Registration and information' },
          body: {
            en: `For many services, **registering with the municipality** is the first step: it can open access to schools, housing, social assistance or a local identity document. When registration requires documents a newcomer cannot obtain, every later service is closed too.

Widely used approaches:

- **One-stop shops** or welcome centres where newcomers receive information and are referred to services in one place.
- **Clear lists of accepted documents**, with alternatives when originals are unavailable.
- **Municipal identity cards** open to all residents, as some cities have introduced, so that people can prove residence locally.
- **Information in several languages**, online and on paper, tested with the people it is meant for.`,
          },
        },
      ],
    },
    {
      title: { en: 'Health and language', fr: 'Santé et langue' },
      lessons: [
        {
          title: { en: 'Access to health care' },
          body: {
            en: `The right to the highest attainable standard of health is recognised in the International Covenant on Economic, Social and Cultural Rights (article 12). In practice, migrants' access varies with status and national rules, and local authorities often run or fund primary care, public health and emergency services.

Points a city can act on:

- Make sure **emergency care, maternal care, child health and vaccination** reach everyone — it protects the whole community.
- Separate care from immigration enforcement (often called a **"firewall"**) so people are not afraid to seek treatment.
- Work with **community health workers** and cultural mediators who know the communities.
- Include newcomers in **public health campaigns**, translated and shared through trusted channels.`,
          },
        },
        {
          title: { en: 'Interpretation and plain language' },
          body: {
            en: `Misunderstandings at a counter or in a consultation can lead to wrong decisions, wrong treatment and wasted time. Good practice:

- Use **trained interpreters**, in person, by telephone or by video, for anything important — diagnoses, consent, legal or financial decisions.
- **Do not rely on children** to interpret for their parents; it burdens them and the interpretation may be incomplete.
- Train staff to **work with an interpreter**: speak to the person, not the interpreter; use short sentences; check understanding.
- Write letters and forms in **plain language** first; translation of clear text is easier and cheaper.
- Record the language each person needs, so an interpreter is booked next time.`,
          },
        },
      ],
    },
  ],
};

const SECURITY: DemoCourse = {
  slug: 'preventing-trafficking-protecting-migrants',
  owner: 'unodc',
  credited: ['iom', 'osce', 'payoke'],
  theme: 'human-security',
  author: COORDINATOR,
  format: 'self_paced',
  durationHours: 4,
  title: {
    en: 'Preventing trafficking and protecting vulnerable migrants',
    fr: 'Prévenir la traite et protéger les migrants vulnérables',
    es: 'Prevenir la trata y proteger a las personas migrantes vulnerables',
    ar: 'منع الاتجار بالبشر وحماية المهاجرين المستضعفين',
    ru: 'Предотвращение торговли людьми и защита уязвимых мигрантов',
    zh: '预防人口贩运与保护弱势移民',
  },
  summary: {
    en: 'What trafficking in persons and migrant smuggling are under international law, how front-line staff can recognise possible victims, and how a local referral mechanism brings police, social services, health care and civil society together to protect them.',
    fr: 'Ce que sont la traite des personnes et le trafic illicite de migrants en droit international, comment les agents de terrain peuvent repérer d’éventuelles victimes, et comment un mécanisme local d’orientation réunit police, services sociaux, santé et société civile pour les protéger.',
    es: 'Qué son la trata de personas y el tráfico ilícito de migrantes según el derecho internacional, cómo el personal de primera línea puede reconocer a posibles víctimas y cómo un mecanismo local de derivación reúne a policía, servicios sociales, salud y sociedad civil para protegerlas.',
    ar: 'ما هو الاتجار بالأشخاص وتهريب المهاجرين في القانون الدولي، وكيف يمكن للعاملين في الخطوط الأمامية التعرف على الضحايا المحتملين، وكيف تجمع آلية إحالة محلية الشرطة والخدمات الاجتماعية والرعاية الصحية والمجتمع المدني لحمايتهم.',
    ru: 'Что такое торговля людьми и незаконный ввоз мигрантов согласно международному праву, как сотрудники, работающие с населением, могут распознать возможных жертв и как местный механизм перенаправления объединяет полицию, социальные службы, здравоохранение и гражданское общество для их защиты.',
    zh: '国际法中人口贩运和偷运移民的定义，一线工作人员如何识别潜在受害者，以及地方转介机制如何联合警方、社会服务、医疗机构和民间社会保护他们。',
  },
  objectives: {
    en: 'Distinguish trafficking in persons from migrant smuggling.\nRecognise common indicators of trafficking.\nDescribe the parts of a referral mechanism and the city’s role in it.',
  },
  modules: [
    {
      title: { en: 'Understanding the problem', fr: 'Comprendre le problème' },
      lessons: [
        {
          title: { en: 'Trafficking and smuggling: the definitions' },
          body: {
            en: `Two protocols to the **UN Convention against Transnational Organized Crime**, adopted in 2000 and known as the Palermo protocols, set the definitions used worldwide.

**Trafficking in persons** has three elements:

1. an **act** — recruiting, transporting, transferring, harbouring or receiving a person;
2. by **means** such as threat, force, coercion, abduction, fraud, deception, abuse of power or of a position of vulnerability;
3. for the **purpose of exploitation** — including sexual exploitation, forced labour, slavery or servitude, and the removal of organs.

For children, the means are not required: recruiting or moving a child for exploitation is trafficking. The consent of an adult victim is irrelevant once any of the means is used.

**Migrant smuggling** is procuring a person's illegal entry into a country for a financial or other material benefit. It is a crime against the state's borders; trafficking is a crime against the person, and it can happen without crossing any border. Smuggled migrants can become victims of trafficking along the way.`,
          },
        },
        {
          title: { en: 'Recognising possible victims' },
          body: {
            en: `Victims rarely identify themselves: they may fear the traffickers, the police or deportation, may owe a debt, or may not see themselves as victims. Front-line staff — labour inspectors, health workers, teachers, housing and social workers — are often the first to notice.

Common indicators listed in guidance by UNODC, IOM and others include:

- someone else holds the person's **identity documents**;
- a **debt** to an employer or recruiter that keeps growing;
- the person cannot move freely, is **always accompanied** or does not know their address;
- signs of **violence**, fear or anxiety, and living at the workplace;
- wages withheld or far below what was promised.

One indicator is not proof. The right response is to **refer**, safely and with the person's consent where possible, to those trained to assess the situation — not to investigate alone.`,
          },
        },
      ],
    },
    {
      title: { en: 'Protection and referral', fr: 'Protection et orientation' },
      lessons: [
        {
          title: { en: 'Referral mechanisms and the local role' },
          body: {
            en: `A **national referral mechanism**, in the words of the OSCE handbook that popularised the term in 2004, is a co-operative framework through which state actors fulfil their obligations to protect and promote the human rights of trafficked persons, in partnership with civil society.

Cities can make it work locally:

- Agree **who does what** — police, social services, health, shelters, specialised NGOs (in Antwerp, for example, Payoke is one of Belgium's recognised centres for victims), legal aid — and put it in writing.
- Give front-line staff a **single contact point** and a short procedure.
- Guarantee immediate needs: **safe accommodation, medical care, interpretation, legal information**, and time to recover and decide.
- Respect the principle of **non-punishment**: victims should not be penalised for offences they were compelled to commit.
- Work on **prevention**: information for newcomers on their rights at work, checks on recruitment agencies, and support for labour inspection.

Protection should not depend on the victim agreeing to testify.`,
          },
        },
      ],
    },
  ],
};

/** Every demo course; the first is the platform's first course. */
export const DEMO_COURSES: DemoCourse[] = [
  FIRST_COURSE,
  ECONOMIC,
  EDUCATION,
  URBAN,
  SERVICES,
  SECURITY,
];
