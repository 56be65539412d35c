import type { DemoOrganisation } from './demo-organisations.ts';

// The cities of the platform's first years (DOMAIN.md): the eight named among the 2013 partners,
// and Antwerp, Durban and Diourbel, whose officials took the first course. Populations are
// rounded and approximate; coordinates are the city centre; languages are ISO 639-1 codes.

function city(
  slug: string,
  name: string,
  facts: {
    country: string;
    region: string;
    population: number;
    languages: string[];
    latitude: number;
    longitude: number;
    website?: string;
    isPartner: boolean;
    description: string;
  },
): DemoOrganisation {
  return { slug, name, kind: 'local_authority', ...facts };
}

export const DEMO_CITIES: DemoOrganisation[] = [
  city('atlanta', 'Atlanta', {
    country: 'US',
    region: 'Georgia',
    population: 500_000,
    languages: ['en'],
    latitude: 33.749,
    longitude: -84.388,
    website: 'https://www.atlantaga.gov',
    isPartner: true,
    description: 'The capital of the US state of Georgia; approximate population 500,000.',
  }),
  city('curitiba', 'Curitiba', {
    country: 'BR',
    region: 'Paraná',
    population: 1_770_000,
    languages: ['pt'],
    latitude: -25.4284,
    longitude: -49.2733,
    website: 'https://www.curitiba.pr.gov.br',
    isPartner: true,
    description:
      'The capital of the Brazilian state of Paraná; approximate population 1.77 million.',
  }),
  city('jeju', 'Jeju', {
    country: 'KR',
    region: 'Jeju Province',
    population: 490_000,
    languages: ['ko'],
    latitude: 33.4996,
    longitude: 126.5312,
    website: 'https://www.jejusi.go.kr',
    isPartner: true,
    description:
      'Jeju City, the capital of Jeju Special Self-Governing Province, Republic of Korea; approximate population 490,000.',
  }),
  city('findhorn', 'Findhorn', {
    country: 'GB',
    region: 'Scotland',
    population: 1_000,
    languages: ['en'],
    latitude: 57.6567,
    longitude: -3.6078,
    isPartner: true,
    description:
      'A village on the Moray coast of Scotland, home of the Findhorn ecovillage community; not a local authority itself. Approximate population 1,000.',
  }),
  city('new-york', 'New York', {
    country: 'US',
    region: 'New York',
    population: 8_800_000,
    languages: ['en'],
    latitude: 40.7128,
    longitude: -74.006,
    website: 'https://www.nyc.gov',
    isPartner: true,
    description:
      'The largest city of the United States; approximate population 8.8 million. New York City’s Commissioner for Immigrant Affairs spoke at the 2012 expert meeting.',
  }),
  city('ouagadougou', 'Ouagadougou', {
    country: 'BF',
    region: 'Centre',
    population: 2_400_000,
    languages: ['fr'],
    latitude: 12.3714,
    longitude: -1.5197,
    isPartner: true,
    description: 'The capital of Burkina Faso; approximate population 2.4 million.',
  }),
  city('plock', 'Płock', {
    country: 'PL',
    region: 'Masovian Voivodeship',
    population: 115_000,
    languages: ['pl'],
    latitude: 52.5463,
    longitude: 19.7065,
    website: 'https://www.plock.eu',
    isPartner: true,
    description: 'A city on the Vistula in central Poland; approximate population 115,000.',
  }),
  city('shanghai', 'Shanghai', {
    country: 'CN',
    region: 'Shanghai',
    population: 24_900_000,
    languages: ['zh'],
    latitude: 31.2304,
    longitude: 121.4737,
    website: 'https://www.shanghai.gov.cn',
    isPartner: true,
    description:
      'A municipality directly under China’s central government; approximate population 24.9 million.',
  }),
  city('antwerp', 'Antwerp', {
    country: 'BE',
    region: 'Flanders',
    population: 530_000,
    languages: ['nl'],
    latitude: 51.2194,
    longitude: 4.4025,
    website: 'https://www.antwerpen.be',
    isPartner: false,
    description:
      'A port city in Flanders, Belgium, host of the 2012 expert meeting and the first course in 2013; approximate population 530,000.',
  }),
  city('durban', 'Durban', {
    country: 'ZA',
    region: 'KwaZulu-Natal',
    population: 4_200_000,
    languages: ['en', 'zu'],
    latitude: -29.8587,
    longitude: 31.0218,
    website: 'https://www.durban.gov.za',
    isPartner: false,
    description:
      'A port city governed by the eThekwini Metropolitan Municipality, South Africa; approximate population of the municipality 4.2 million.',
  }),
  city('diourbel', 'Diourbel', {
    country: 'SN',
    region: 'Diourbel Region',
    population: 130_000,
    languages: ['fr', 'wo'],
    latitude: 14.655,
    longitude: -16.2314,
    isPartner: false,
    description:
      'The capital of the Diourbel Region in central Senegal; approximate population 130,000.',
  }),
];
