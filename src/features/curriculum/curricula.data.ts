// The platform's first curriculum: a historical record, loaded on every installation with the
// six themes (see ensureReferenceData).

export const CURRICULUM_2012 = {
  slug: '2012-2015',
  name: '2012–2015',
  startYear: 2012,
  endYear: 2015,
  validatedOn: '2012-07-10',
  validatedAtEvent: 'Expert meeting, Antwerp, 9–10 July 2012',
  summaries: [
    {
      language: 'en',
      summary:
        'The first curriculum of the platform, covering the six themes, validated by an expert meeting in Antwerp in July 2012.',
    },
    {
      language: 'fr',
      summary:
        'Le premier programme de la plateforme, couvrant les six thèmes, validé par une réunion d’experts à Anvers en juillet 2012.',
    },
    {
      language: 'es',
      summary:
        'El primer plan de estudios de la plataforma, que abarca los seis temas, validado por una reunión de expertos en Amberes en julio de 2012.',
    },
    {
      language: 'ar',
      summary:
        'المنهج الأول للمنصة، ويغطي المواضيع الستة، وقد أقره اجتماع للخبراء في أنتويرب في يوليو 2012.',
    },
    {
      language: 'ru',
      summary:
        'Первая учебная программа платформы, охватывающая шесть тем, утверждённая совещанием экспертов в Антверпене в июле 2012 года.',
    },
    {
      language: 'zh',
      summary:
        '平台的第一套课程体系，涵盖六大主题，于2012年7月在安特卫普举行的专家会议上获得认可。',
    },
  ],
};
