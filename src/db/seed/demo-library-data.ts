import type { ResourceKind } from '../../features/library/resource-kinds.ts';

// The demo library: invented resources (every one marked as demo data) by the demo partners and
// cities, on all six themes, years 2005–2013. Each PDF holds words its title and summary lack, so
// that search inside documents can be shown (DEMO_SEARCH_WORDS; README and the browser tests use
// them): e.g. "guichet unique" only in the French PDF of the JMDI guide.

export interface DemoResource {
  owner: string;
  /** Publishing organisations after the owner. */
  copublishers?: string[];
  kind: ResourceKind;
  themes: string[];
  year: number;
  countries?: string[];
  licence?: string;
  /** Expert keys (demo-experts.ts): shown as authors and as the experts' publications. */
  authors?: string[];
  status?: 'draft' | 'in_review';
  link?: string;
  titles: Record<string, string>;
  summaries: Record<string, string>;
  /** One PDF per language: its paragraphs (the PDF's title is the title in that language). */
  files?: Record<string, string[]>;
  /** Where it is used: a demo course or event, by slug. */
  usedIn?: { course?: string; event?: string };
}

/** Words found only inside demo PDFs (never in a title or summary), with the PDF's language. */
export const DEMO_SEARCH_WORDS: Array<{ word: string; language: string }> = [
  { word: 'guichet unique', language: 'fr' },
  { word: 'tontine', language: 'fr' },
  { word: 'padrón municipal', language: 'es' },
  { word: 'biarticulado', language: 'es' },
  { word: 'superdiversity', language: 'en' },
  { word: 'permaculture', language: 'en' },
  { word: '户籍', language: 'zh' },
  { word: 'долговая кабала', language: 'ru' },
];

export const FIRST_COURSE = 'public-perceptions-communication-media';
export const ANTWERP_MEETING = 'expert-meeting-antwerp-2012';

/** The outcome document of the July 2012 expert meeting (a demo summary, not the real text). */
export const OUTCOME_DOCUMENT: DemoResource = {
  owner: 'unitar',
  copublishers: ['flanders'],
  kind: 'outcome_document',
  themes: [
    'social-cohesion',
    'economic-development',
    'education-youth',
    'urbanisation-environment',
    'public-services-health',
    'human-security',
  ],
  year: 2012,
  countries: ['BE'],
  titles: {
    en: 'Expert Meeting, Antwerp, 9–10 July 2012: outcome document (demo summary)',
    fr: 'Réunion d’experts, Anvers, 9–10 juillet 2012 : document final (résumé de démonstration)',
    es: 'Reunión de expertos, Amberes, 9–10 de julio de 2012: documento final (resumen de demostración)',
  },
  summaries: {
    en: 'The meeting validated the orientation of the Learning Platform on Human Mobility and its 2012–2015 curriculum on six themes.',
    fr: 'La réunion a validé l’orientation de la plateforme d’apprentissage sur la mobilité humaine et son programme 2012–2015 sur six thèmes.',
    es: 'La reunión validó la orientación de la plataforma de aprendizaje sobre movilidad humana y su programa 2012–2015 en seis temas.',
  },
  files: {
    en: [
      'Demo summary: this is not the text of the outcome document of the meeting.',
      'Experts from cities, partner organisations and universities met in Antwerp on 9 and 10 July 2012. They validated the orientation of the platform and a curriculum for 2012 to 2015 organised in six themes: social cohesion and adapting to change; economic development and entrepreneurship; education and youth development; urbanisation and the environment; access to public services including health; and human security.',
    ],
  },
  usedIn: { event: ANTWERP_MEETING },
};

const SC = 'social-cohesion';
const ED = 'economic-development';
const EY = 'education-youth';
const UE = 'urbanisation-environment';
const PS = 'public-services-health';
const HS = 'human-security';

export const DEMO_RESOURCES: DemoResource[] = [
  // Social cohesion and adapting to change
  {
    owner: 'iom',
    kind: 'toolkit',
    themes: [SC, PS],
    year: 2011,
    titles: {
      en: 'A warm welcome at the counter: a toolkit for front-desk staff',
      fr: 'Bien accueillir les nouveaux habitants : boîte à outils pour le personnel d’accueil',
    },
    summaries: {
      en: 'Practical steps for city reception desks serving newly arrived residents: plain language, interpreting and referral.',
      fr: 'Des étapes pratiques pour les guichets municipaux qui reçoivent les nouveaux habitants : langage clair, interprétation et orientation.',
    },
    files: {
      en: [
        'Every counter should reach a telephone interpreter within minutes: set up an interpreter hotline shared by all city services.',
        'Train staff to check understanding by asking residents to say in their own words what they will do next.',
      ],
      fr: [
        'Chaque guichet doit pouvoir joindre un interprète par téléphone en quelques minutes : organisez une permanence d’interprètes commune à tous les services.',
        'Formez le personnel à vérifier la compréhension en demandant aux habitants de reformuler la suite de la démarche.',
      ],
    },
  },
  {
    owner: 'uantwerp-cemis',
    kind: 'report',
    themes: [SC],
    year: 2012,
    countries: ['BE'],
    licence: 'cc-by-nc-4.0',
    titles: { en: 'Neighbourhood diversity and everyday contact in Antwerp' },
    summaries: {
      en: 'How residents of mixed neighbourhoods meet, at school gates, markets and sports clubs, and what the city can do to help.',
    },
    files: {
      en: [
        'Antwerp is a case of superdiversity: residents of more than 160 nationalities live in the city, many in the same streets. (Figures in this demo report are illustrative.)',
        'Shared places matter more than campaigns: the school gate, the local market and the football club are where neighbours first talk.',
      ],
    },
  },
  {
    owner: 'antwerp',
    kind: 'good_practice',
    themes: [SC],
    year: 2013,
    countries: ['BE'],
    authors: ['pieter'],
    titles: { en: 'Words that welcome: a communication guide for city staff' },
    summaries: {
      en: 'A short guide for city communicators on words to use and avoid when writing about newcomers.',
    },
    files: {
      en: [
        'Prefer "resident" or "newcomer" to labels that reduce people to their status. Quote residents in their own words.',
        'Hold myth-busting sessions with local journalists twice a year, with figures from the city’s own statistics office.',
      ],
    },
    usedIn: { course: FIRST_COURSE },
  },
  {
    owner: 'unitar',
    copublishers: ['flanders'],
    kind: 'training_material',
    themes: [SC],
    year: 2013,
    titles: {
      en: 'Public perceptions of migrants: facilitator’s notes',
      fr: 'Perceptions publiques des migrants : notes pour l’animateur',
      es: 'Percepciones públicas de los migrantes: notas para el facilitador',
    },
    summaries: {
      en: 'Session plans and exercises for the course on public perceptions, communication and the media.',
      fr: 'Plans de séance et exercices pour le cours sur les perceptions publiques, la communication et les médias.',
      es: 'Planes de sesión y ejercicios para el curso sobre percepciones públicas, comunicación y medios.',
    },
    files: {
      en: [
        'Exercise 1: participants bring a local newspaper headline about migrants and rewrite it with a resident’s voice.',
        'Exercise 2: a role play of a press conference after a tense neighbourhood meeting.',
      ],
    },
    usedIn: { course: FIRST_COURSE },
  },
  {
    owner: 'erasmus-rotterdam',
    kind: 'policy_brief',
    themes: [SC, ED],
    year: 2010,
    countries: ['NL'],
    titles: { en: 'Local integration policies after the crisis: lessons from Dutch cities' },
    summaries: {
      en: 'What four Dutch municipalities kept, cut and changed in their integration policies when budgets fell.',
    },
    files: {
      en: [
        'Volunteer language coaches replaced most paid courses; results were mixed and depended on training the coaches.',
        'Cities that kept one contact person for each newcomer saw fewer people drop out of their programmes.',
      ],
    },
  },
  {
    owner: 'plock',
    kind: 'case_study',
    themes: [SC],
    year: 2012,
    countries: ['PL'],
    titles: {
      fr: 'Płock : un conseil consultatif des habitants étrangers',
      en: 'Płock: an advisory council of foreign residents',
    },
    summaries: {
      fr: 'Comment une ville moyenne a donné la parole à ses habitants étrangers par un conseil consultatif.',
      en: 'How a medium-sized city gave its foreign residents a voice through an advisory council.',
    },
    files: {
      fr: [
        'Le conseil réunit douze membres élus par les habitants étrangers et se réunit quatre fois par an avec le maire adjoint.',
        'Des bénévoles traduisent les avis du conseil en polonais, en anglais et en ukrainien.',
      ],
    },
  },
  {
    owner: 'storytegic',
    kind: 'video',
    themes: [SC],
    year: 2013,
    link: 'https://demo.lphm.example/videos/stories-of-arrival',
    titles: {
      en: 'Stories of arrival: short films by residents',
      es: 'Historias de llegada: cortometrajes de los vecinos',
    },
    summaries: {
      en: 'Five three-minute films in which residents tell how they arrived in their city.',
      es: 'Cinco películas de tres minutos en las que los vecinos cuentan cómo llegaron a su ciudad.',
    },
  },
  // Economic development and entrepreneurship
  {
    owner: 'jmdi',
    copublishers: ['undp'],
    kind: 'toolkit',
    themes: [ED],
    year: 2012,
    authors: ['kwame'],
    titles: {
      fr: 'Migration et développement local : guide pour les collectivités territoriales',
      en: 'Migration and local development: a guide for local authorities',
      es: 'Migración y desarrollo local: guía para las autoridades locales',
    },
    summaries: {
      fr: 'Comment intégrer la migration dans la planification du développement local, étape par étape.',
      en: 'How to bring migration into local development planning, step by step.',
      es: 'Cómo integrar la migración en la planificación del desarrollo local, paso a paso.',
    },
    files: {
      fr: [
        'Étape 3 : ouvrir un guichet unique où les migrants et leurs familles trouvent en un seul lieu l’information sur l’investissement, l’état civil et les services.',
        'Étape 4 : associer les associations de la diaspora au comité de suivi du plan communal.',
      ],
      en: [
        'Step 3: open a one-stop shop where migrants and their families find information on investment, civil registration and services in one place.',
        'Step 4: bring diaspora associations into the committee that follows the municipal plan.',
      ],
    },
  },
  {
    owner: 'jmdi',
    kind: 'case_study',
    themes: [ED],
    year: 2011,
    countries: ['SV'],
    titles: { es: 'Remesas e inversión productiva en los municipios de origen' },
    summaries: {
      es: 'Un municipio salvadoreño acompaña a sus emigrantes que quieren invertir en su lugar de origen.',
    },
    files: {
      es: [
        'La alcaldía creó una ventanilla para los proyectos de los emigrantes y firmó un convenio con una cooperativa local de ahorro y crédito.',
        'En tres años se apoyaron veinte pequeños negocios (cifras ficticias de demostración).',
      ],
    },
  },
  {
    owner: 'iom',
    kind: 'report',
    themes: [ED],
    year: 2009,
    titles: { en: 'Diaspora engagement at city level: a mapping' },
    summaries: {
      en: 'A survey of how cities in four regions work with their emigrants and diaspora groups.',
    },
    files: {
      en: [
        'Hometown associations were the most frequent partners of cities, ahead of chambers of commerce and universities.',
        'Few cities had a named contact person for their diaspora.',
      ],
    },
  },
  {
    owner: 'durban',
    kind: 'good_practice',
    themes: [ED, UE],
    year: 2013,
    countries: ['ZA'],
    titles: { en: 'Permits for street traders, migrants included' },
    summaries: {
      en: 'How a city opened its street-trading permits to foreign traders and reduced conflicts in its markets.',
    },
    files: {
      en: [
        'The city marked out trading bays and allocated them by lottery, open to South African and foreign traders alike.',
        'Traders’ committees meet city officials every month to settle disputes.',
      ],
    },
  },
  {
    owner: 'diourbel',
    kind: 'case_study',
    themes: [ED],
    year: 2012,
    countries: ['SN'],
    titles: { fr: 'Diourbel : l’épargne des émigrés au service des projets communaux' },
    summaries: {
      fr: 'Comment une commune sénégalaise associe ses ressortissants à l’étranger au financement de ses équipements.',
    },
    files: {
      fr: [
        'À l’image d’une tontine, chaque association de ressortissants verse une part fixe chaque mois ; la commune complète le montant réuni.',
        'Un puits et une salle de classe ont été financés ainsi (exemple fictif de démonstration).',
      ],
    },
  },
  {
    owner: 'undp',
    kind: 'policy_brief',
    themes: [ED],
    year: 2013,
    titles: {
      en: 'Migrant entrepreneurship and local economic development',
      es: 'Emprendimiento migrante y desarrollo económico local',
      ar: 'ريادة الأعمال لدى المهاجرين والتنمية الاقتصادية المحلية',
    },
    summaries: {
      en: 'Five measures local authorities can take to help migrants start and grow businesses.',
      es: 'Cinco medidas que las autoridades locales pueden tomar para ayudar a los migrantes a crear y hacer crecer sus empresas.',
      ar: 'خمسة تدابير يمكن للسلطات المحلية اتخاذها لمساعدة المهاجرين على إنشاء مشاريعهم وتنميتها.',
    },
    files: {
      en: [
        'Measure 2: partner with microcredit lenders that accept foreign identity documents.',
        'Measure 4: publish business registration guides in the main languages of the city.',
      ],
      es: [
        'Medida 2: colaborar con entidades de microcrédito que acepten documentos de identidad extranjeros.',
        'Medida 4: publicar guías de registro de empresas en las principales lenguas de la ciudad.',
      ],
    },
  },
  {
    owner: 'sussex-migrating-out-of-poverty',
    kind: 'report',
    themes: [ED],
    year: 2013,
    countries: ['GH', 'BD', 'ET'],
    titles: { en: 'Internal migration and household income: evidence from three countries' },
    summaries: {
      en: 'A demo summary of how moving to cities changes the income of the families who stay behind.',
    },
    files: {
      en: [
        'Seasonal moves to cities during the dry months added a large share of household income in the villages studied (illustrative demo figures).',
      ],
    },
  },
  {
    owner: 'jeju',
    kind: 'good_practice',
    themes: [ED],
    year: 2012,
    countries: ['KR'],
    authors: ['min-jun'],
    titles: { en: 'Welcoming seasonal workers on an island economy' },
    summaries: {
      en: 'Housing standards, a help line and Korean classes for workers who come for the harvest.',
    },
    files: {
      en: [
        'Most workers arrive for the tangerine harvest in winter; the city inspects their housing before they arrive.',
      ],
    },
  },
  // Education and youth development
  {
    owner: 'unicef',
    kind: 'toolkit',
    themes: [EY],
    year: 2012,
    titles: {
      en: 'Every child in school: enrolling newly arrived children',
      fr: 'Chaque enfant à l’école : scolariser les enfants nouvellement arrivés',
      es: 'Todos los niños en la escuela: escolarizar a los recién llegados',
    },
    summaries: {
      en: 'A checklist for municipal education services to enrol children who arrive during the school year.',
      fr: 'Une liste de contrôle pour les services municipaux d’éducation qui scolarisent les enfants arrivés en cours d’année.',
      es: 'Una lista de verificación para los servicios municipales de educación que escolarizan a niños llegados durante el curso.',
    },
    files: {
      en: [
        'Offer catch-up classes for a few months, then place children in a regular class of their age.',
      ],
      fr: [
        'Proposer des classes passerelles pendant quelques mois, puis intégrer l’enfant dans une classe ordinaire de son âge.',
      ],
      es: [
        'Ofrecer aulas de enlace durante algunos meses y después incorporar al niño a un aula ordinaria de su edad.',
      ],
    },
  },
  {
    owner: 'unicef',
    kind: 'report',
    themes: [EY, PS],
    year: 2010,
    titles: {
      en: 'When parents work abroad: local services for the children who stay',
      ru: 'Когда родители работают за границей: местные услуги для детей, оставшихся дома',
    },
    summaries: {
      en: 'What schools and social services can do for children whose parents work abroad.',
      ru: 'Что могут сделать школы и социальные службы для детей, чьи родители работают за границей.',
    },
    files: {
      en: [
        'Most of these children live with grandparents, who need support with school matters and health care.',
      ],
    },
  },
  {
    owner: 'plock',
    kind: 'good_practice',
    themes: [EY],
    year: 2013,
    countries: ['PL'],
    authors: ['hanna'],
    titles: {
      en: 'Polish lessons for newcomer families',
      fr: 'Des cours de polonais pour les familles nouvellement arrivées',
    },
    summaries: {
      en: 'Free language lessons for parents and children together, in school buildings.',
      fr: 'Des cours de langue gratuits pour les parents et les enfants ensemble, dans les écoles.',
    },
    files: {
      en: ['Lessons take place at a Saturday school, so that working parents can attend.'],
    },
  },
  {
    owner: 'ouagadougou',
    kind: 'case_study',
    themes: [EY, ED],
    year: 2011,
    countries: ['BF'],
    titles: { fr: 'Ouagadougou : l’apprentissage des jeunes migrants de retour' },
    summaries: {
      fr: 'Des places d’apprentissage chez des artisans pour les jeunes revenus de l’étranger.',
    },
    files: {
      fr: [
        'Les jeunes choisissent entre la menuiserie, la mécanique et la couture ; un maître artisan les suit pendant un an.',
      ],
    },
  },
  {
    owner: 'unu-barcelona',
    kind: 'report',
    themes: [EY],
    year: 2008,
    countries: ['ES'],
    authors: ['carlos'],
    titles: {
      es: 'Jóvenes, migración y ciudad: trayectorias escolares en Barcelona',
      en: 'Youth, migration and the city: school pathways in Barcelona',
    },
    summaries: {
      es: 'Un estudio ficticio sobre los estudios de los jóvenes de origen inmigrante después de la escuela obligatoria.',
      en: 'An invented study of what young people of immigrant origin study after compulsory school.',
    },
    files: {
      es: [
        'Pocos jóvenes llegados después de los doce años continúan hacia el bachillerato; la mayoría elige la formación profesional.',
      ],
    },
  },
  {
    owner: 'cuny',
    kind: 'training_material',
    themes: [EY, SC],
    year: 2013,
    countries: ['US'],
    titles: { en: 'English for adult immigrants: a course for public libraries' },
    summaries: { en: 'Twelve lesson plans for volunteers teaching English to adults.' },
    files: {
      en: [
        'Lesson 11 prepares learners for the citizenship test with practice questions on civics.',
      ],
    },
  },
  {
    owner: 'unitar',
    kind: 'video',
    themes: [EY],
    year: 2013,
    link: 'https://demo.lphm.example/videos/youth-and-mobility',
    titles: {
      en: 'Youth and mobility: a webinar recording',
      fr: 'Jeunesse et mobilité : enregistrement d’un webinaire',
    },
    summaries: {
      en: 'Young people who moved between cities talk with city officials.',
      fr: 'Des jeunes qui ont changé de ville dialoguent avec des responsables municipaux.',
    },
  },
  // Urbanisation and the environment
  {
    owner: 'undp',
    kind: 'report',
    themes: [UE],
    year: 2013,
    titles: {
      en: 'Urban growth and migration: planning for newcomers',
      fr: 'Croissance urbaine et migration : planifier l’accueil des nouveaux habitants',
    },
    summaries: {
      en: 'How fast-growing cities can plan land, housing and services for the people who move to them.',
      fr: 'Comment les villes en forte croissance peuvent planifier le foncier, le logement et les services pour ceux qui s’y installent.',
    },
    files: {
      en: ['Newcomers often settle on a floodplain at the edge of the city, where land is cheap.'],
      fr: [
        'Les nouveaux arrivants s’installent souvent en zone inondable, à la périphérie, où le terrain est bon marché.',
      ],
    },
  },
  {
    owner: 'curitiba',
    kind: 'good_practice',
    themes: [UE, PS],
    year: 2012,
    countries: ['BR'],
    authors: ['ana-paula'],
    titles: {
      es: 'Transporte público para los nuevos barrios: el caso de Curitiba',
      en: 'Public transport for new districts: the case of Curitiba',
    },
    summaries: {
      es: 'Cómo la red de autobuses llegó a los barrios donde se instalan los recién llegados.',
      en: 'How the bus network reached the districts where newcomers settle.',
    },
    files: {
      es: [
        'Las líneas troncales con autobús biarticulado se prolongaron hacia los barrios periféricos.',
      ],
      en: ['Trunk lines with bi-articulated buses were extended towards the outer districts.'],
    },
  },
  {
    owner: 'shanghai',
    kind: 'case_study',
    themes: [UE, PS],
    year: 2013,
    countries: ['CN'],
    authors: ['li-wei'],
    titles: {
      zh: '上海：新城区外来务工人员住房',
      en: 'Shanghai: housing for migrant workers in new districts',
    },
    summaries: {
      zh: '新城区如何为外来务工人员提供可负担的租赁住房。',
      en: 'How new districts provide affordable rental housing for migrant workers.',
    },
    files: {
      zh: ['没有本地户籍的务工人员也可以申请公共租赁住房。（虚构的演示内容。）'],
      en: ['Workers without a local household registration may apply for public rental housing.'],
    },
  },
  {
    owner: 'findhorn',
    kind: 'case_study',
    themes: [UE, SC],
    year: 2010,
    countries: ['GB'],
    titles: { en: 'A small community welcomes newcomers' },
    summaries: {
      en: 'An invented demo case: how a small Scottish community involves newcomers in its shared gardens.',
    },
    files: {
      en: [
        'Newcomers join the permaculture gardens in their first week and meet their neighbours there.',
      ],
    },
  },
  {
    owner: 'acp-observatory',
    kind: 'report',
    themes: [UE, HS],
    year: 2012,
    titles: {
      en: 'Environmental change and South–South migration',
      fr: 'Changements environnementaux et migrations Sud–Sud',
    },
    summaries: {
      en: 'A demo summary of how droughts and floods move people between countries of the South.',
      fr: 'Un résumé de démonstration sur la façon dont sécheresses et inondations déplacent les populations entre pays du Sud.',
    },
    files: {
      en: ['Desertification pushes herders towards the cities of coastal countries.'],
      fr: ['La désertification pousse les éleveurs vers les villes des pays côtiers.'],
    },
  },
  {
    owner: 'erasmus-rotterdam',
    kind: 'policy_brief',
    themes: [UE, ED],
    year: 2007,
    countries: ['NL', 'BE'],
    titles: { en: 'Port cities and mobility' },
    summaries: { en: 'What port cities share when they plan for workers who come and go.' },
    files: {
      en: ['Dockworkers from abroad often live in the port districts for only a few months.'],
    },
  },
  {
    owner: 'atlanta',
    kind: 'link',
    themes: [UE, SC],
    year: 2011,
    countries: ['US'],
    link: 'https://demo.lphm.example/links/neighbourhood-planning',
    titles: { en: 'Neighbourhood planning meetings with immigrant residents' },
    summaries: {
      en: 'Notes on inviting immigrant residents to neighbourhood planning meetings.',
    },
  },
  // Access to public services including health
  {
    owner: 'iom',
    kind: 'toolkit',
    themes: [PS],
    year: 2013,
    authors: ['sarah'],
    titles: {
      en: 'Health services for migrants: a guide for municipalities',
      es: 'Servicios de salud para migrantes: guía para los municipios',
    },
    summaries: {
      en: 'How municipal health services can reach migrants, whatever their status.',
      es: 'Cómo los servicios municipales de salud pueden llegar a los migrantes, sea cual sea su situación.',
    },
    files: {
      en: ['Give every child a vaccination card in the family’s language.'],
      es: ['Entregue a cada niño una cartilla de vacunación en la lengua de su familia.'],
    },
  },
  {
    owner: 'new-york',
    kind: 'good_practice',
    themes: [PS],
    year: 2012,
    countries: ['US'],
    titles: {
      en: 'Language access at city agencies',
      es: 'Acceso lingüístico en las oficinas municipales',
    },
    summaries: {
      en: 'An invented demo case of city agencies serving residents in their languages.',
      es: 'Un caso ficticio de demostración de oficinas municipales que atienden a los vecinos en sus lenguas.',
    },
    files: {
      en: [
        'Multilingual signage tells residents at the door that they may ask for an interpreter.',
      ],
    },
  },
  {
    owner: 'unu-barcelona',
    kind: 'policy_brief',
    themes: [PS],
    year: 2011,
    countries: ['ES'],
    titles: {
      es: 'El acceso a la sanidad de los inmigrantes en situación irregular: el papel de los ayuntamientos',
    },
    summaries: {
      es: 'Qué pueden hacer los ayuntamientos para que todas las personas reciban atención sanitaria.',
    },
    files: {
      es: [
        'La inscripción en el padrón municipal abre el acceso a la tarjeta sanitaria; algunos ayuntamientos la facilitan a quien no tiene domicilio fijo.',
      ],
    },
  },
  {
    owner: 'samp',
    kind: 'report',
    themes: [PS],
    year: 2008,
    authors: ['sipho'],
    titles: { en: 'Migrants and health care in Southern African cities' },
    summaries: {
      en: 'A demo survey of migrants’ use of clinics in four cities of the region.',
    },
    files: {
      en: [
        'Patients who moved between countries often interrupted antiretroviral treatment; referral letters helped.',
      ],
    },
  },
  {
    owner: 'unitar',
    kind: 'training_material',
    themes: [PS, SC],
    year: 2013,
    titles: {
      en: 'Public services for all: a training module',
      ar: 'خدمات عامة للجميع: وحدة تدريبية',
    },
    summaries: {
      en: 'A half-day module for city staff on making public services accessible to newcomers.',
      ar: 'وحدة تدريبية لنصف يوم لموظفي المدن حول إتاحة الخدمات العامة للوافدين الجدد.',
    },
    files: {
      en: ['A local ombudsman can receive complaints from residents who were refused a service.'],
    },
  },
  {
    owner: 'erasmus-rotterdam',
    kind: 'case_study',
    themes: [PS],
    year: 2006,
    countries: ['NL'],
    titles: { en: 'Neighbourhood health workers in Rotterdam' },
    summaries: { en: 'An invented demo case of community workers who guide residents to care.' },
    files: {
      en: ['Health mediators from the main communities visit families at home.'],
    },
  },
  // Human security
  {
    owner: 'unodc',
    kind: 'toolkit',
    themes: [HS],
    year: 2009,
    titles: {
      en: 'Identifying victims of trafficking: a guide for local officials',
      fr: 'Identifier les victimes de la traite : guide pour les agents locaux',
      ru: 'Выявление жертв торговли людьми: руководство для местных служащих',
    },
    summaries: {
      en: 'Signs that a person may be a victim of trafficking, and whom to call.',
      fr: 'Les signes qu’une personne peut être victime de la traite, et qui appeler.',
      ru: 'Признаки того, что человек может быть жертвой торговли людьми, и куда обращаться.',
    },
    files: {
      en: ['Debt bondage is a common sign: the person owes a debt that never seems to shrink.'],
      ru: ['Частый признак — долговая кабала: долг человека, кажется, никогда не уменьшается.'],
    },
  },
  {
    owner: 'antwerp',
    kind: 'good_practice',
    themes: [HS],
    year: 2012,
    countries: ['BE'],
    titles: { en: 'Referring victims of trafficking to a specialised NGO' },
    summaries: {
      en: 'An invented demo procedure for city services that meet a possible victim of trafficking.',
    },
    files: {
      en: [
        'The procedure explains how a victim can obtain a residence permit while the case goes on.',
      ],
    },
  },
  {
    owner: 'osce',
    kind: 'policy_brief',
    themes: [HS, ED],
    year: 2013,
    authors: ['dmitri'],
    titles: {
      en: 'Local authorities and the protection of migrant workers',
      ru: 'Местные органы власти и защита трудовых мигрантов',
    },
    summaries: {
      en: 'What cities can do to protect migrant workers from abuse.',
      ru: 'Что могут сделать города для защиты трудовых мигрантов от злоупотреблений.',
    },
    files: {
      ru: ['Простая регистрация по месту пребывания помогает мигрантам получать услуги.'],
      en: ['Simple registration at the place of stay helps migrants to use services.'],
    },
  },
  {
    owner: 'iom',
    kind: 'report',
    themes: [HS, UE],
    year: 2005,
    titles: {
      en: 'Cities and displacement: receiving internally displaced persons',
      fr: 'Villes et déplacements : accueillir les personnes déplacées internes',
    },
    summaries: {
      en: 'How cities received people displaced within their own country, in five demo cases.',
      fr: 'Comment des villes ont accueilli des personnes déplacées dans leur propre pays : cinq cas de démonstration.',
    },
    files: {
      en: ['Most displaced people stayed with host families rather than in camps.'],
      fr: ['La plupart des personnes déplacées ont été hébergées par des familles d’accueil.'],
    },
  },
  {
    owner: 'durban',
    kind: 'case_study',
    themes: [HS, SC],
    year: 2009,
    countries: ['ZA'],
    titles: { en: 'Community dialogues against xenophobic violence' },
    summaries: {
      en: 'An invented demo case of dialogues between residents and foreign traders.',
    },
    files: {
      en: ['Local peace committees met every week in the markets during the tense months.'],
    },
  },
];

/** Drafts and resources in review by the demo IOM partner editor, to show the workflow. */
export const DEMO_WORKFLOW_RESOURCES: DemoResource[] = [
  {
    owner: 'iom',
    kind: 'toolkit',
    themes: [ED, SC],
    year: 2013,
    status: 'draft',
    titles: { en: 'Return and reintegration: a checklist for municipalities' },
    summaries: { en: 'Draft: what a city can prepare before its emigrants come back.' },
    files: { en: ['Draft text: a contact point, a list of services and a welcome meeting.'] },
  },
  {
    owner: 'iom',
    kind: 'policy_brief',
    themes: [ED],
    year: 2013,
    status: 'draft',
    titles: { fr: 'Migration de main-d’œuvre : ce que peuvent faire les villes' },
    summaries: { fr: 'Brouillon : des mesures locales pour une migration de travail sûre.' },
  },
  {
    owner: 'iom',
    kind: 'training_material',
    themes: [UE, PS],
    year: 2013,
    status: 'in_review',
    titles: { en: 'Migration data for city planners: a primer' },
    summaries: { en: 'Where to find figures on newcomers and how to read them.' },
    files: {
      en: ['Census tables, school enrolment and health records each count newcomers differently.'],
    },
  },
  {
    owner: 'iom',
    kind: 'toolkit',
    themes: [PS],
    year: 2013,
    status: 'in_review',
    titles: { es: 'Migrantes y salud mental: guía para los servicios municipales' },
    summaries: {
      es: 'Cómo los servicios municipales pueden detectar el malestar psicológico y orientar a las personas.',
    },
    files: { es: ['Escuchar sin juzgar y derivar a un servicio especializado cuando haga falta.'] },
  },
];
