import type { NewOrganisation } from '../../features/organisations/organisations.queries.ts';

// The platform's partner organisations as listed in 2013 (DOMAIN.md). Real bodies: only their
// name, kind, headquarters country, website and a short, true description.

export type DemoOrganisation = Partial<NewOrganisation> &
  Pick<NewOrganisation, 'slug' | 'name' | 'kind'>;

export const DEMO_PARTNERS: DemoOrganisation[] = [
  {
    slug: 'iom',
    name: 'International Organization for Migration',
    shortName: 'IOM',
    kind: 'un_agency',
    country: 'CH',
    website: 'https://www.iom.int',
    description:
      'The intergovernmental organisation for migration, founded in 1951 and part of the United Nations system as a related organisation since 2016. Headquarters in Geneva.',
  },
  {
    slug: 'jmdi',
    name: 'EC-UN Joint Migration and Development Initiative',
    shortName: 'JMDI',
    kind: 'international_organisation',
    country: 'BE',
    website: 'http://www.migration4development.org',
    description:
      'An inter-agency programme led by UNDP and funded by the European Union and Switzerland, supporting local authorities and civil society to link migration and local development.',
  },
  {
    slug: 'undp',
    name: 'United Nations Development Programme',
    shortName: 'UNDP',
    kind: 'un_agency',
    country: 'US',
    website: 'https://www.undp.org',
    description: 'The United Nations’ development agency. Headquarters in New York.',
  },
  {
    slug: 'acp-observatory',
    name: 'ACP Observatory on Migration',
    shortName: 'ACP Observatory',
    kind: 'international_organisation',
    country: 'BE',
    website: 'http://www.acpmigration-obs.org',
    description:
      'An initiative of the Secretariat of the African, Caribbean and Pacific (ACP) Group of States, funded by the European Union and implemented by IOM, producing data and research on South–South migration. Launched in Brussels in 2010.',
  },
  {
    slug: 'unicef',
    name: 'United Nations Children’s Fund',
    shortName: 'UNICEF',
    kind: 'un_agency',
    country: 'US',
    website: 'https://www.unicef.org',
    description: 'The United Nations agency for children. Headquarters in New York.',
  },
  {
    slug: 'unu-barcelona',
    name: 'United Nations University (UNU) Barcelona',
    shortName: 'UNU Barcelona',
    kind: 'university',
    country: 'ES',
    region: 'Catalonia',
    website: 'https://unu.edu',
    description:
      'The United Nations University’s institute in Barcelona, which worked on globalisation, culture and mobility.',
  },
  {
    slug: 'european-commission',
    name: 'European Commission',
    shortName: 'EC',
    kind: 'international_organisation',
    country: 'BE',
    website: 'https://commission.europa.eu',
    description: 'The executive body of the European Union, based in Brussels.',
  },
  {
    slug: 'uantwerp-cemis',
    name: 'University of Antwerp – Centre for Migration and Intercultural Studies',
    shortName: 'CeMIS',
    kind: 'university',
    country: 'BE',
    region: 'Flanders',
    website: 'https://www.uantwerpen.be',
    description:
      'The University of Antwerp’s research centre on migration and intercultural studies.',
  },
  {
    slug: 'cuny',
    name: 'City University of New York',
    shortName: 'CUNY',
    kind: 'university',
    country: 'US',
    region: 'New York',
    website: 'https://www.cuny.edu',
    description: 'The public university system of New York City.',
  },
  {
    slug: 'erasmus-rotterdam',
    name: 'Erasmus University Rotterdam',
    shortName: 'EUR',
    kind: 'university',
    country: 'NL',
    region: 'South Holland',
    website: 'https://www.eur.nl',
    description:
      'A public university in Rotterdam, the Netherlands; it includes the International Institute of Social Studies (ISS) in The Hague.',
  },
  {
    slug: 'samp',
    name: 'Southern African Migration Project',
    shortName: 'SAMP',
    kind: 'ngo',
    country: 'CA',
    website: 'https://samponline.org',
    description:
      'An international network, set up in 1996, linking organisations in Canada and Southern Africa for research, training and policy advice on migration in the SADC region.',
  },
  {
    slug: 'sussex-migrating-out-of-poverty',
    name: 'University of Sussex – Migrating out of Poverty',
    shortName: 'Migrating out of Poverty',
    kind: 'university',
    country: 'GB',
    region: 'England',
    website: 'https://www.sussex.ac.uk',
    description:
      'A research programme consortium on migration and poverty, led by the University of Sussex.',
  },
  {
    slug: 'payoke',
    name: 'Payoke',
    kind: 'ngo',
    country: 'BE',
    region: 'Flanders',
    website: 'https://www.payoke.be',
    description: 'An Antwerp non-profit organisation that supports victims of human trafficking.',
  },
  {
    slug: 'storytegic',
    name: 'Storytegic',
    kind: 'private',
    country: null,
    description: 'A private company named among the platform’s partners in 2013.',
  },
  {
    slug: 'osce',
    name: 'Organization for Security and Co-operation in Europe',
    shortName: 'OSCE',
    kind: 'international_organisation',
    country: 'AT',
    website: 'https://www.osce.org',
    description: 'A regional security organisation of 57 participating States, based in Vienna.',
  },
  {
    slug: 'unodc',
    name: 'United Nations Office on Drugs and Crime',
    shortName: 'UNODC',
    kind: 'un_agency',
    country: 'AT',
    website: 'https://www.unodc.org',
    description:
      'The United Nations office on drugs, crime, human trafficking and migrant smuggling. Headquarters in Vienna.',
  },
  {
    slug: 'flanders',
    name: 'Government of Flanders',
    kind: 'government',
    country: 'BE',
    region: 'Flanders',
    website: 'https://www.vlaanderen.be',
    description:
      'The government of the Flemish Region and Community of Belgium; it set up the platform with UNITAR in 2012.',
  },
  {
    slug: 'unitar',
    name: 'United Nations Institute for Training and Research',
    shortName: 'UNITAR',
    kind: 'un_agency',
    country: 'CH',
    website: 'https://unitar.org',
    description:
      'The United Nations’ training arm, based in Geneva; it set up the platform with the Government of Flanders in 2012.',
  },
].map((org) => ({ ...org, isPartner: true }));
