// How well two cities complement each other (issue 5, item 4). Pure code: callers pass plain
// city profiles and must leave out cities whose assessment is private to facilitators.
//
// The formula, in plain words:
// 1. On each of the six themes, what city A can give city B is A's strength times B's need
//    (levels 0–4, so 0–16 per theme). Summed over the themes, that is A's gift to B (0–96);
//    B's gift to A is computed the same way.
// 2. Complementarity = gift A→B + gift B→A + the smaller of the two gifts. The third term is a
//    reciprocity bonus: an exchange that flows both ways scores more than a one-way one of the
//    same total (10 + 10 gives 30, 20 + 0 gives 20).
// 3. If the cities share at least one working language, the complementarity is multiplied by
//    1.25. A language makes an exchange easier but is worth nothing alone: with nothing to give
//    each other the score stays 0.
// The score is symmetric, 0–360, and a multiple of 0.25 (so 4 × score is an exact integer, which
// the pairing uses as its edge weight). Raising a strength (or a need) on a theme where the other
// city has some need (or strength) raises the score; it never lowers it.

/** The six themes (DESIGN.md), in the curriculum's order; a test checks them against it. */
export const THEME_SLUGS = [
  'social-cohesion',
  'economic-development',
  'education-youth',
  'urbanisation-environment',
  'public-services-health',
  'human-security',
] as const;
export type ThemeSlug = (typeof THEME_SLUGS)[number];

export const MAX_LEVEL = 4;
export const LANGUAGE_FACTOR = 1.25;
export const MAX_SCORE = 3 * THEME_SLUGS.length * MAX_LEVEL * MAX_LEVEL * LANGUAGE_FACTOR;

export interface CityProfile {
  id: number;
  name: string;
  /** Strength and need per theme, integers 0–4. */
  themes: Record<ThemeSlug, { strength: number; need: number }>;
  /** Working languages, ISO 639-1 codes. */
  languages: readonly string[];
  region?: string;
  population?: number;
}

/** One thing a city can give another: the giver's strength meets the receiver's need. */
export interface Gift {
  giverId: number;
  receiverId: number;
  theme: ThemeSlug;
  strength: number;
  need: number;
  /** strength × need */
  value: number;
}

export interface Complementarity {
  score: number;
  /** What each city gives the other, keyed by giver id. */
  gifts: Record<number, number>;
  /** Every gift with a value above 0, best first (value, then theme order, then giver id). */
  reasons: Gift[];
  /** Working languages both cities share, sorted. */
  sharedLanguages: string[];
}

/** A city reduced to numbers: strengths and needs in theme order, for fast scoring. */
export interface CityVector {
  strengths: number[];
  needs: number[];
  languages: ReadonlySet<string>;
}

function level(value: number, city: CityProfile, what: string): number {
  if (!Number.isInteger(value) || value < 0 || value > MAX_LEVEL)
    throw new RangeError(`city ${city.id}: ${what} must be an integer 0–${MAX_LEVEL}`);
  return value;
}

/** Checks a profile's levels (RangeError if outside 0–4) and turns it into a vector. */
export function toVector(city: CityProfile): CityVector {
  const strengths: number[] = [];
  const needs: number[] = [];
  for (const slug of THEME_SLUGS) {
    const t = city.themes[slug];
    if (!t) throw new RangeError(`city ${city.id}: theme ${slug} missing`);
    strengths.push(level(t.strength, city, `${slug} strength`));
    needs.push(level(t.need, city, `${slug} need`));
  }
  return { strengths, needs, languages: new Set(city.languages) };
}

function gift(giver: CityVector, receiver: CityVector): number {
  let sum = 0;
  for (let t = 0; t < giver.strengths.length; t++) sum += giver.strengths[t]! * receiver.needs[t]!;
  return sum;
}

function sharesLanguage(a: CityVector, b: CityVector): boolean {
  for (const language of a.languages) if (b.languages.has(language)) return true;
  return false;
}

/** The score of two city vectors (see the formula above); the hot path of suggestions and pairing. */
export function vectorScore(a: CityVector, b: CityVector): number {
  const ab = gift(a, b);
  const ba = gift(b, a);
  const c = ab + ba + Math.min(ab, ba);
  return c > 0 && sharesLanguage(a, b) ? c * LANGUAGE_FACTOR : c;
}

/** The score of two cities with the reasons behind it, best first, for a view to put in words. */
export function complementarity(a: CityProfile, b: CityProfile): Complementarity {
  const va = toVector(a);
  const vb = toVector(b);
  const reasons: Gift[] = [];
  for (const [giver, receiver, gv, rv] of [
    [a, b, va, vb],
    [b, a, vb, va],
  ] as const) {
    THEME_SLUGS.forEach((theme, t) => {
      const value = gv.strengths[t]! * rv.needs[t]!;
      if (value > 0)
        reasons.push({
          giverId: giver.id,
          receiverId: receiver.id,
          theme,
          strength: gv.strengths[t]!,
          need: rv.needs[t]!,
          value,
        });
    });
  }
  const order = (g: Gift) => THEME_SLUGS.indexOf(g.theme);
  reasons.sort((x, y) => y.value - x.value || order(x) - order(y) || x.giverId - y.giverId);
  return {
    score: vectorScore(va, vb),
    gifts: { [a.id]: gift(va, vb), [b.id]: gift(vb, va) },
    reasons,
    sharedLanguages: [...va.languages].filter((l) => vb.languages.has(l)).sort(),
  };
}

/** Optional filters on the candidates; each is a plain test of a field of the candidate. */
export interface SuggestionFilters {
  region?: string;
  /** Population band, bounds included; a candidate without a population fails it. */
  minPopulation?: number;
  maxPopulation?: number;
  /** An ISO 639-1 code the candidate works in. */
  language?: string;
  /** A theme on which the two cities can give each other something, in either direction. */
  theme?: ThemeSlug;
}

export interface Suggestion<C extends CityProfile = CityProfile> {
  city: C;
  match: Complementarity;
}

function passes(c: CityProfile, f: SuggestionFilters): boolean {
  if (f.region !== undefined && c.region !== f.region) return false;
  if (
    f.minPopulation !== undefined &&
    !(c.population !== undefined && c.population >= f.minPopulation)
  )
    return false;
  if (
    f.maxPopulation !== undefined &&
    !(c.population !== undefined && c.population <= f.maxPopulation)
  )
    return false;
  return f.language === undefined || c.languages.includes(f.language);
}

interface Ranked<C extends CityProfile = CityProfile> {
  city: C;
  score: number;
}

// Score first, then name (by code unit, so the order does not depend on the locale), then id.
function ranksBefore(x: Ranked, y: Ranked): boolean {
  if (x.score !== y.score) return x.score > y.score;
  if (x.city.name !== y.city.name) return x.city.name < y.city.name;
  return x.city.id < y.city.id;
}

/**
 * The `limit` best partners for `city` among `candidates` that pass the filters, best first,
 * with the reasons. The city itself and candidates with nothing to exchange (score 0) are left out.
 */
export function suggestPartners<C extends CityProfile>(
  city: CityProfile,
  candidates: readonly C[],
  filters: SuggestionFilters = {},
  limit = 10,
): Suggestion<C>[] {
  if (!(limit > 0)) return [];
  const me = toVector(city);
  const t = filters.theme === undefined ? -1 : THEME_SLUGS.indexOf(filters.theme);
  // Only the best `limit` are kept while scanning (sorted, worst last); reasons are built for them only.
  const top: Ranked<C>[] = [];
  for (const candidate of candidates) {
    if (candidate.id === city.id || !passes(candidate, filters)) continue;
    const v = toVector(candidate);
    if (t >= 0 && v.strengths[t]! * me.needs[t]! + me.strengths[t]! * v.needs[t]! === 0) continue;
    const entry = { city: candidate, score: vectorScore(me, v) };
    if (entry.score === 0) continue;
    if (top.length === limit && !ranksBefore(entry, top[limit - 1]!)) continue;
    let i = top.length;
    while (i > 0 && ranksBefore(entry, top[i - 1]!)) i--;
    top.splice(i, 0, entry);
    if (top.length > limit) top.pop();
  }
  return top.map((e) => ({ city: e.city, match: complementarity(city, e.city) }));
}
