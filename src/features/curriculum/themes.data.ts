// The six themes of the platform (DESIGN.md glossary) with their names and summaries in the six
// interface languages. The seed and the test factories load them; coordinators may edit later.

export interface ThemeDefinition {
  slug: string;
  translations: Record<'en' | 'fr' | 'es' | 'ar' | 'ru' | 'zh', { name: string; summary: string }>;
}

export const THEMES: ThemeDefinition[] = [
  {
    slug: 'social-cohesion',
    translations: {
      en: {
        name: 'Social cohesion and adapting to change',
        summary:
          'Living together in diverse cities: public perceptions of migrants, intercultural dialogue, inclusion and preventing discrimination.',
      },
      fr: {
        name: 'Cohésion sociale et adaptation au changement',
        summary:
          'Vivre ensemble dans des villes diverses : perceptions des migrants, dialogue interculturel, inclusion et prévention des discriminations.',
      },
      es: {
        name: 'Cohesión social y adaptación al cambio',
        summary:
          'Convivir en ciudades diversas: percepciones sobre los migrantes, diálogo intercultural, inclusión y prevención de la discriminación.',
      },
      ar: {
        name: 'التماسك الاجتماعي والتكيف مع التغيير',
        summary:
          'العيش معًا في مدن متنوعة: التصورات العامة عن المهاجرين، والحوار بين الثقافات، والإدماج، ومنع التمييز.',
      },
      ru: {
        name: 'Социальная сплочённость и адаптация к переменам',
        summary:
          'Совместная жизнь в многообразных городах: восприятие мигрантов, межкультурный диалог, интеграция и предотвращение дискриминации.',
      },
      zh: {
        name: '社会凝聚力与适应变化',
        summary: '在多元城市中共同生活：公众对移民的看法、跨文化对话、包容以及防止歧视。',
      },
    },
  },
  {
    slug: 'economic-development',
    translations: {
      en: {
        name: 'Economic development and entrepreneurship',
        summary:
          'Migrants and diasporas in the local economy: jobs, skills recognition, enterprise, remittances and investment.',
      },
      fr: {
        name: 'Développement économique et entrepreneuriat',
        summary:
          'Migrants et diasporas dans l’économie locale : emploi, reconnaissance des compétences, entreprise, transferts de fonds et investissement.',
      },
      es: {
        name: 'Desarrollo económico y emprendimiento',
        summary:
          'Migrantes y diásporas en la economía local: empleo, reconocimiento de competencias, empresa, remesas e inversión.',
      },
      ar: {
        name: 'التنمية الاقتصادية وريادة الأعمال',
        summary:
          'المهاجرون والمغتربون في الاقتصاد المحلي: العمل، والاعتراف بالمهارات، والمشاريع، والتحويلات المالية، والاستثمار.',
      },
      ru: {
        name: 'Экономическое развитие и предпринимательство',
        summary:
          'Мигранты и диаспоры в местной экономике: занятость, признание квалификаций, предпринимательство, денежные переводы и инвестиции.',
      },
      zh: {
        name: '经济发展与创业',
        summary: '移民和侨民在地方经济中的作用：就业、技能认可、创业、侨汇与投资。',
      },
    },
  },
  {
    slug: 'education-youth',
    translations: {
      en: {
        name: 'Education and youth development',
        summary:
          'Schooling, language learning and opportunities for migrant children and young people, and the families left behind.',
      },
      fr: {
        name: 'Éducation et développement de la jeunesse',
        summary:
          'Scolarité, apprentissage des langues et perspectives pour les enfants et les jeunes migrants, et pour les familles restées au pays.',
      },
      es: {
        name: 'Educación y desarrollo de la juventud',
        summary:
          'Escolarización, aprendizaje de idiomas y oportunidades para niños y jóvenes migrantes, y para las familias que se quedan.',
      },
      ar: {
        name: 'التعليم وتنمية الشباب',
        summary:
          'التعليم المدرسي وتعلم اللغات والفرص المتاحة للأطفال والشباب المهاجرين، وللأسر التي بقيت في بلدانها.',
      },
      ru: {
        name: 'Образование и развитие молодёжи',
        summary:
          'Школьное обучение, изучение языка и возможности для детей и молодёжи из семей мигрантов, а также для оставшихся на родине семей.',
      },
      zh: {
        name: '教育与青年发展',
        summary: '移民儿童和青年的学校教育、语言学习与发展机会，以及留守家庭。',
      },
    },
  },
  {
    slug: 'urbanisation-environment',
    translations: {
      en: {
        name: 'Urbanisation and the environment',
        summary:
          'Planning for growing cities: housing, informal settlements, land, climate and environmental change as drivers of mobility.',
      },
      fr: {
        name: 'Urbanisation et environnement',
        summary:
          'Planifier des villes en croissance : logement, quartiers informels, foncier, climat et changements environnementaux comme moteurs de mobilité.',
      },
      es: {
        name: 'Urbanización y medio ambiente',
        summary:
          'Planificar ciudades en crecimiento: vivienda, asentamientos informales, suelo, clima y cambio ambiental como motores de la movilidad.',
      },
      ar: {
        name: 'التحضر والبيئة',
        summary:
          'التخطيط للمدن المتنامية: الإسكان، والمستوطنات غير الرسمية، والأراضي، والمناخ والتغير البيئي كدوافع للتنقل.',
      },
      ru: {
        name: 'Урбанизация и окружающая среда',
        summary:
          'Планирование растущих городов: жильё, неформальные поселения, земля, климат и изменения окружающей среды как причины мобильности.',
      },
      zh: {
        name: '城市化与环境',
        summary:
          '为不断发展的城市做规划：住房、非正规住区、土地，以及作为人口流动驱动因素的气候和环境变化。',
      },
    },
  },
  {
    slug: 'public-services-health',
    translations: {
      en: {
        name: 'Access to public services including health',
        summary:
          'Making local services reach everyone: registration, health care, social services, information in migrants’ languages.',
      },
      fr: {
        name: 'Accès aux services publics, y compris la santé',
        summary:
          'Rendre les services locaux accessibles à tous : enregistrement, soins de santé, services sociaux, information dans les langues des migrants.',
      },
      es: {
        name: 'Acceso a los servicios públicos, incluida la salud',
        summary:
          'Que los servicios locales lleguen a todos: registro, atención sanitaria, servicios sociales, información en los idiomas de los migrantes.',
      },
      ar: {
        name: 'الوصول إلى الخدمات العامة بما فيها الصحة',
        summary:
          'إيصال الخدمات المحلية إلى الجميع: التسجيل، والرعاية الصحية، والخدمات الاجتماعية، والمعلومات بلغات المهاجرين.',
      },
      ru: {
        name: 'Доступ к государственным услугам, включая здравоохранение',
        summary:
          'Местные услуги для всех: регистрация, медицинская помощь, социальные службы, информация на языках мигрантов.',
      },
      zh: {
        name: '获得包括卫生在内的公共服务',
        summary: '让地方服务惠及每个人：登记、医疗保健、社会服务，以及以移民语言提供的信息。',
      },
    },
  },
  {
    slug: 'human-security',
    translations: {
      en: {
        name: 'Human security',
        summary:
          'Protecting people on the move: preventing trafficking and exploitation, displacement, emergencies and the rights of vulnerable migrants.',
      },
      fr: {
        name: 'Sécurité humaine',
        summary:
          'Protéger les personnes en mouvement : prévention de la traite et de l’exploitation, déplacements, situations d’urgence et droits des migrants vulnérables.',
      },
      es: {
        name: 'Seguridad humana',
        summary:
          'Proteger a las personas en movimiento: prevención de la trata y la explotación, desplazamientos, emergencias y derechos de los migrantes vulnerables.',
      },
      ar: {
        name: 'الأمن البشري',
        summary:
          'حماية الأشخاص المتنقلين: منع الاتجار والاستغلال، والنزوح، وحالات الطوارئ، وحقوق المهاجرين المستضعفين.',
      },
      ru: {
        name: 'Безопасность человека',
        summary:
          'Защита людей в пути: предотвращение торговли людьми и эксплуатации, вынужденное перемещение, чрезвычайные ситуации и права уязвимых мигрантов.',
      },
      zh: {
        name: '人的安全',
        summary: '保护流动人口：防止人口贩运和剥削、流离失所、紧急情况以及弱势移民的权利。',
      },
    },
  },
];
