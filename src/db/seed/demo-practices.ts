import type { PracticeOptions } from '../../../test/factories/practices.ts';

// Demo good practices: invented write-ups, marked as demo data in the interface. The subjects are
// in keeping with each city's public profile; the figures are invented and said to be.

export const DEMO_PRACTICES: Array<
  Omit<PracticeOptions, 'organisationId'> & { city: string; daysAgo: number }
> = [
  {
    city: 'antwerp',
    themeSlug: 'social-cohesion',
    daysAgo: 20,
    title: 'Talking about diversity: a city campaign and front-desk training',
    problem:
      'Residents met newcomers mostly through news stories about problems, and city front desks were unsure how to help people who spoke little Dutch.',
    approach:
      'A campaign with residents’ own stories, a short guide on words to use and avoid for city communicators, and a two-day training for front-desk staff on plain language and interpreting.',
    results:
      '(Invented demo figures.) 300 front-desk staff trained in two years; complaints about front-desk service from non-Dutch speakers fell by a third.',
    resources: 'A communication officer half-time for a year; trainers from the city’s own staff.',
    successFactors:
      'Stories told by residents rather than by the city; the mayor’s support; training given by colleagues.',
    transferability:
      'High: the guide and the training need translation and local examples, not money.',
    transferableTo: 'Cities of any size whose residents meet newcomers for the first time.',
    contacts: 'Demo contact: diversity team of the city (invented).',
  },
  {
    city: 'durban',
    themeSlug: 'economic-development',
    daysAgo: 45,
    title: 'Market places shared by local and foreign informal traders',
    problem:
      'Tension between South African and foreign informal traders over trading spots led to threats and violence.',
    approach:
      'Trading spots allocated by a transparent register open to all traders, a joint committee of traders’ associations, and mediation before disputes escalate.',
    results:
      '(Invented demo figures.) 1,200 traders registered; disputes brought to mediation rather than to the street rose from a few to most.',
    resources: 'A register, two mediators, meeting rooms at the market.',
    successFactors:
      'Traders’ associations in charge of the committee; rules the same for everyone.',
    transferability: 'Medium: depends on organised traders’ associations.',
    transferableTo: 'Cities with a large informal economy and markets run by the city.',
    contacts: 'Demo contact: business support unit (invented).',
  },
  {
    city: 'diourbel',
    themeSlug: 'economic-development',
    daysAgo: 60,
    title: 'A diaspora investment desk at the town hall',
    problem:
      'Remittances from emigrants paid for family needs but rarely became local investment, and emigrants did not know whom to ask.',
    approach:
      'A desk at the town hall that answers emigrants’ questions by phone and messaging, lists local projects seeking funds, and follows each investment until it opens.',
    results: '(Invented demo figures.) 35 projects funded in three years, 140 jobs.',
    resources: 'One officer, a phone line, a list of projects kept with the chamber of commerce.',
    successFactors:
      'Trust built through hometown associations abroad; answers in Wolof and French.',
    transferability: 'High for regions of emigration with organised diaspora associations.',
    transferableTo: 'Towns and regions whose people live and work abroad.',
    language: 'en',
    contacts: 'Demo contact: local development office (invented).',
  },
];
