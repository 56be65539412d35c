import { createNewsPost, type NewsOptions } from '../../../test/factories/news.ts';
import type { Deps } from '../../deps.ts';

// Platform news of 2013. True: the City of Antwerp opened the Red Star Line Museum on 28 September
// 2013, in the shipping line's former buildings by the port. The other posts are invented and
// marked as demo data.

type Translations = NonNullable<NewsOptions['translations']>;

export interface DemoNewsPost {
  publishedAt: string;
  isDemo: boolean;
  translations: Translations;
}

export const DEMO_NEWS: DemoNewsPost[] = [
  {
    publishedAt: '2013-09-28T10:00:00.000Z',
    isDemo: false,
    translations: {
      en: {
        title: 'Antwerp opens the Red Star Line Museum',
        summary:
          'On 28 September 2013 the City of Antwerp inaugurated the Red Star Line Museum, on the history of emigration through its port.',
        body: 'On 28 September 2013 the City of Antwerp inaugurated the **Red Star Line Museum**.\n\nThe museum stands in the restored buildings of the Red Star Line shipping company by the port of Antwerp. Between 1873 and 1934 the line’s ships carried some two million passengers, most of them emigrants, from Antwerp to North America. The museum tells their stories, and those of people on the move today.',
      },
      fr: {
        title: 'Anvers ouvre le musée Red Star Line',
        summary:
          'Le 28 septembre 2013, la ville d’Anvers a inauguré le musée Red Star Line, consacré à l’histoire de l’émigration par son port.',
        body: 'Le 28 septembre 2013, la ville d’Anvers a inauguré le **musée Red Star Line**.\n\nLe musée occupe les bâtiments restaurés de la compagnie maritime Red Star Line, sur le port d’Anvers. Entre 1873 et 1934, les navires de la compagnie ont transporté quelque deux millions de passagers, pour la plupart des émigrants, d’Anvers vers l’Amérique du Nord. Le musée raconte leurs histoires, et celles des personnes en mouvement aujourd’hui.',
      },
      es: {
        title: 'Amberes inaugura el Museo Red Star Line',
        summary:
          'El 28 de septiembre de 2013, la ciudad de Amberes inauguró el Museo Red Star Line, dedicado a la historia de la emigración por su puerto.',
        body: 'El 28 de septiembre de 2013, la ciudad de Amberes inauguró el **Museo Red Star Line**.\n\nEl museo ocupa los edificios restaurados de la naviera Red Star Line, junto al puerto de Amberes. Entre 1873 y 1934, los barcos de la compañía llevaron a unos dos millones de pasajeros, en su mayoría emigrantes, de Amberes a América del Norte. El museo cuenta sus historias y las de las personas que hoy están en movimiento.',
      },
    },
  },
  {
    publishedAt: '2013-03-12T09:00:00.000Z',
    isDemo: true,
    translations: {
      en: {
        title: 'The knowledge library opens with partners’ toolkits',
        summary: 'Partners can now share toolkits, reports and good practices in the library.',
        body: 'Partner editors can add their organisation’s resources; a coordinator publishes them. Search looks inside the documents too. (Invented demo news.)',
      },
      fr: {
        title: 'La bibliothèque de connaissances ouvre avec les boîtes à outils des partenaires',
        summary:
          'Les partenaires peuvent désormais partager boîtes à outils, rapports et bonnes pratiques dans la bibliothèque.',
        body: 'Les éditeurs des partenaires ajoutent les ressources de leur organisation ; un coordinateur les publie. La recherche porte aussi sur le texte des documents. (Actualité fictive de démonstration.)',
      },
      es: {
        title: 'La biblioteca de conocimientos abre con las herramientas de los socios',
        summary:
          'Los socios ya pueden compartir herramientas, informes y buenas prácticas en la biblioteca.',
        body: 'Los editores de los socios añaden los recursos de su organización; un coordinador los publica. La búsqueda abarca también el texto de los documentos. (Noticia ficticia de demostración.)',
      },
    },
  },
  {
    publishedAt: '2013-06-20T09:00:00.000Z',
    isDemo: true,
    translations: {
      en: {
        title: 'Expert directory: submit your profile',
        summary:
          'Community leaders, researchers and city practitioners can now create an expert profile.',
        body: 'Create your profile from your account; a coordinator approves it before it is listed. Facilitators may then invite you to events and course runs. (Invented demo news.)',
      },
      fr: {
        title: 'Annuaire des experts : proposez votre profil',
        summary:
          'Responsables communautaires, chercheurs et praticiens des villes peuvent désormais créer un profil d’expert.',
        body: 'Créez votre profil depuis votre compte ; un coordinateur l’approuve avant sa publication. Les animateurs pourront ensuite vous inviter à des événements et à des sessions de cours. (Actualité fictive de démonstration.)',
      },
      es: {
        title: 'Directorio de expertos: envíe su perfil',
        summary:
          'Líderes comunitarios, investigadores y profesionales municipales ya pueden crear un perfil de experto.',
        body: 'Cree su perfil desde su cuenta; un coordinador lo aprueba antes de publicarlo. Los facilitadores podrán invitarle a eventos y ediciones de cursos. (Noticia ficticia de demostración.)',
      },
      ru: {
        title: 'Каталог экспертов: предложите свой профиль',
        summary:
          'Общественные лидеры, исследователи и специалисты городов теперь могут создать профиль эксперта.',
        body: 'Создайте профиль в своей учётной записи; координатор одобрит его перед публикацией. (Вымышленная демонстрационная новость.)',
      },
    },
  },
  {
    publishedAt: '2013-11-05T09:00:00.000Z',
    isDemo: true,
    translations: {
      en: {
        title: 'CityShare suggests its first city pairings',
        summary:
          'Cities that completed their self-assessment now see partner cities whose strengths match their needs.',
        body: 'The first cities have assessed their strengths and needs on the six themes. A facilitator follows up each suggested pairing. (Invented demo news.)',
      },
      fr: {
        title: 'CityShare propose ses premiers jumelages de villes',
        summary:
          'Les villes qui ont achevé leur autoévaluation voient désormais des villes partenaires dont les points forts répondent à leurs besoins.',
        body: 'Les premières villes ont évalué leurs points forts et leurs besoins sur les six thèmes. Un animateur assure le suivi de chaque rapprochement proposé. (Actualité fictive de démonstration.)',
      },
      es: {
        title: 'CityShare sugiere sus primeros hermanamientos de ciudades',
        summary:
          'Las ciudades que completaron su autoevaluación ya ven ciudades socias cuyas fortalezas responden a sus necesidades.',
        body: 'Las primeras ciudades han evaluado sus fortalezas y necesidades en los seis temas. Un facilitador da seguimiento a cada emparejamiento sugerido. (Noticia ficticia de demostración.)',
      },
      zh: {
        title: 'CityShare 推荐首批城市结对',
        summary: '完成自我评估的城市现在可以看到优势与其需求互补的伙伴城市。',
        body: '首批城市已就六大主题评估了各自的优势和需求。每一项推荐的结对都有一名引导员跟进。（虚构的演示新闻。）',
      },
    },
  },
  {
    publishedAt: '2013-12-10T09:00:00.000Z',
    isDemo: true,
    translations: {
      en: {
        title: 'Webinar recording: local support for migrant entrepreneurs',
        summary: 'The September webinar’s recording and slides are now in the library.',
        body: 'Speakers from three cities presented their support schemes for migrant entrepreneurs. (Invented demo news.)',
      },
      fr: {
        title: 'Enregistrement du webinaire : l’appui local aux entrepreneurs migrants',
        summary:
          'L’enregistrement et les diapositives du webinaire de septembre sont dans la bibliothèque.',
        body: 'Des intervenants de trois villes ont présenté leurs dispositifs d’appui aux entrepreneurs migrants. (Actualité fictive de démonstration.)',
      },
      es: {
        title: 'Grabación del seminario web: apoyo local a emprendedores migrantes',
        summary:
          'La grabación y las diapositivas del seminario web de septiembre ya están en la biblioteca.',
        body: 'Ponentes de tres ciudades presentaron sus programas de apoyo a emprendedores migrantes. (Noticia ficticia de demostración.)',
      },
      ar: {
        title: 'تسجيل الندوة الإلكترونية: الدعم المحلي لرواد الأعمال المهاجرين',
        summary: 'أصبح تسجيل ندوة سبتمبر وشرائحها متاحين في المكتبة.',
        body: 'عرض متحدثون من ثلاث مدن برامجهم لدعم رواد الأعمال المهاجرين. (خبر تجريبي متخيَّل.)',
      },
    },
  },
];

/** Publishes the demo news posts, written by the demo coordinator. */
export async function loadDemoNews(deps: Deps, coordinatorId: number): Promise<void> {
  for (const post of DEMO_NEWS)
    await createNewsPost(deps, {
      translations: post.translations,
      originalLanguage: 'en',
      publishedAt: new Date(post.publishedAt),
      isDemo: post.isDemo,
      createdBy: coordinatorId,
    });
}
