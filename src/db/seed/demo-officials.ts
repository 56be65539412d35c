import type { Role } from '../../features/accounts/actor.ts';

// Invented officials, one for each role and a few more learners, marked as demo data in the
// interface. Their names are in several scripts and their interface languages differ, so a first
// look at the platform shows it working for all of them. The addresses use a reserved domain.

/** The one password of every demo account; printed at start and in README.md. */
export const DEMO_PASSWORD = 'Antwerp-July-2012';

export interface DemoOfficial {
  /** The account's role; a learner is an official without one. */
  role: Role | 'learner';
  email: string;
  name: string;
  /** The slug of the city or partner organisation the official belongs to. */
  organisation: string;
  preferredLanguage: string;
  position: string;
  country: string;
}

export const DEMO_OFFICIALS: DemoOfficial[] = [
  {
    role: 'admin',
    email: 'admin@demo.lphm.example',
    name: 'Ingrid Vermeulen',
    organisation: 'unitar',
    preferredLanguage: 'en',
    position: 'Platform administrator',
    country: 'CH',
  },
  {
    role: 'coordinator',
    email: 'coordinator@demo.lphm.example',
    name: 'ليلى المنصوري',
    organisation: 'unitar',
    preferredLanguage: 'ar',
    position: 'منسقة البرنامج',
    country: 'CH',
  },
  {
    role: 'facilitator',
    email: 'facilitator@demo.lphm.example',
    name: 'Diego Fernández Ruiz',
    organisation: 'unu-barcelona',
    preferredLanguage: 'es',
    position: 'Facilitador e investigador',
    country: 'ES',
  },
  {
    role: 'partner_editor',
    email: 'editor.iom@demo.lphm.example',
    name: 'Ольга Соколова',
    organisation: 'iom',
    preferredLanguage: 'ru',
    position: 'Специалист по управлению знаниями',
    country: 'CH',
  },
  {
    role: 'learner',
    email: 'learner@demo.lphm.example',
    name: 'Awa Ndiaye',
    organisation: 'diourbel',
    preferredLanguage: 'fr',
    position: 'Chargée de mission migration et développement',
    country: 'SN',
  },
  {
    role: 'learner',
    email: 'learner.shanghai@demo.lphm.example',
    name: '王晓梅',
    organisation: 'shanghai',
    preferredLanguage: 'zh',
    position: '外事办公室项目官员',
    country: 'CN',
  },
  {
    role: 'learner',
    email: 'learner.durban@demo.lphm.example',
    name: 'Thandiwe Mkhize',
    organisation: 'durban',
    preferredLanguage: 'en',
    position: 'Migration desk officer',
    country: 'ZA',
  },
  {
    role: 'learner',
    email: 'learner.antwerp@demo.lphm.example',
    name: 'Pieter Claes',
    organisation: 'antwerp',
    preferredLanguage: 'en',
    position: 'Diversity and integration officer',
    country: 'BE',
  },
  {
    role: 'learner',
    email: 'learner.plock@demo.lphm.example',
    name: 'Katarzyna Wiśniewska',
    organisation: 'plock',
    preferredLanguage: 'fr',
    position: 'Adjointe au maire chargée des affaires sociales',
    country: 'PL',
  },
];
