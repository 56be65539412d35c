import type { Locator, Page } from 'playwright-core';
import { THEME_SLUGS } from '../../src/features/cityshare/complementarity.ts';
import { THEMES } from '../../src/features/curriculum/themes.data.ts';
import { createAssessment, createCityCoordinator } from '../../test/factories/cityshare.ts';
import { createOfficial } from '../../test/factories/officials.ts';
import { createCity } from '../../test/factories/organisations.ts';
import type { E2EServer } from './server.ts';
import { exactly, t } from './text.ts';

// The CityShare journeys' world: Porto (whose coordinator assesses it in the browser, or is
// given an assessment), six other cities with assessments (Gdańsk's private) and a facilitator.

/** Strengths and needs, six digits 0–4 in THEME_SLUGS order. */
export const PORTO_LEVELS = { strengths: '432100', needs: '012344' };

// Curitiba gives Porto most (and shares Portuguese); Gdańsk would give even more but is private.
const OTHERS = [
  { name: 'Curitiba', country: 'BR', languages: ['pt'], strengths: '001344', needs: '432100' },
  { name: 'Gdańsk', country: 'PL', languages: ['pl'], strengths: '002444', needs: '442000' },
  { name: 'Durban', country: 'ZA', languages: ['en', 'zu'], strengths: '123231', needs: '221322' },
  { name: 'Diourbel', country: 'SN', languages: ['fr'], strengths: '212012', needs: '133432' },
  { name: 'Płock', country: 'PL', languages: ['pl'], strengths: '312211', needs: '122233' },
  { name: 'Antwerp', country: 'BE', languages: ['nl'], strengths: '423232', needs: '121312' },
] as const;

export type CityName = 'Porto' | (typeof OTHERS)[number]['name'];

export interface CityShareWorld {
  cities: Record<CityName, { id: number; slug: string; name: string }>;
  /** One city coordinator each for Porto, Curitiba and Durban. */
  coordinators: Record<'Porto' | 'Curitiba' | 'Durban', { id: number; name: string }>;
  facilitator: { id: number; name: string };
}

/** Seeds the cities; Porto gets its assessment only when `portoAssessed`. */
export async function seedCityShare(
  server: E2EServer,
  { portoAssessed }: { portoAssessed: boolean },
): Promise<CityShareWorld> {
  const { deps } = server;
  const porto = await createCity(deps, {
    name: 'Porto',
    country: 'PT',
    region: 'Norte',
    population: 232_000,
    languages: ['pt', 'en'],
  });
  const cities: Partial<CityShareWorld['cities']> = { Porto: porto };
  if (portoAssessed) await createAssessment(deps, porto.id, PORTO_LEVELS);
  for (const [i, c] of OTHERS.entries()) {
    const city = await createCity(deps, {
      name: c.name,
      country: c.country,
      region: '',
      population: 150_000 + i * 100_000,
      languages: [...c.languages],
    });
    await createAssessment(deps, city.id, {
      strengths: c.strengths,
      needs: c.needs,
      isPrivate: c.name === 'Gdańsk',
      evidence: `What ${c.name} has done.`,
    });
    cities[c.name] = city;
  }
  const all = cities as CityShareWorld['cities'];
  const coordinators = {
    Porto: await createCityCoordinator(deps, porto.id, { name: 'Rita Sousa' }),
    Curitiba: await createCityCoordinator(deps, all.Curitiba.id, { name: 'Bruno Lima' }),
    Durban: await createCityCoordinator(deps, all.Durban.id, { name: 'Thandi Zulu' }),
  };
  const facilitator = await createOfficial(deps, {
    name: 'Fatou Facilitator',
    roles: ['facilitator'],
  });
  return { cities: all, coordinators, facilitator };
}

/** The English name of a theme, by its slug. */
export function themeName(slug: (typeof THEME_SLUGS)[number]): string {
  return THEMES.find((th) => th.slug === slug)!.translations.en.name;
}

/** A radio of the self-assessment form: `what` (strength or need) of a theme at a level. */
export function levelRadio(
  page: Page,
  what: 'strength' | 'need',
  slug: (typeof THEME_SLUGS)[number],
  level: number,
): Locator {
  const group = page.getByRole('group', {
    name: exactly(t(`cities.assessment.${what}Of`, 'en', { theme: themeName(slug) })),
  });
  const label = t('cities.levels.withWords', 'en', {
    level,
    words: t(`cities.levels.${what}.${level}`),
  });
  return group.getByRole('radio', { name: exactly(label) });
}

/** ISO day `days` from today (UTC). */
export function isoDay(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/** A city's checkbox in a form that lists cities, as "Porto" or "Porto (Portugal)". */
export function cityCheckbox(page: Page, city: string): Locator {
  const name = city.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return page.getByRole('checkbox', { name: new RegExp(`^\\s*${name}( \\(.*\\))?\\s*$`) });
}
