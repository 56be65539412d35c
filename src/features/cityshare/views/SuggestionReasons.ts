import type { Page } from '../../../web/page.ts';
import { languageList } from '../../../web/language-names.ts';
import type { CityProfile, Complementarity, Gift, ThemeSlug } from '../complementarity.ts';

// A match's reasons in plain words, e.g. "Curitiba is strong in urbanisation & the environment (4)
// where you need it (4); you are strong in education & youth (4) where Curitiba needs it (3); you
// share Portuguese." The best two gifts each way are named, then how many more there are.

const SHOWN_EACH_WAY = 2;
const CASED = new Set(['en', 'fr', 'es', 'ru']);

/** A theme name inside a sentence: lower-case first letter where the language has case. */
function inSentence(name: string, lang: string): string {
  const [first, second] = [...name];
  if (!CASED.has(lang) || !first || !second || second !== second.toLowerCase()) return name;
  return first.toLocaleLowerCase(lang) + name.slice(first.length);
}

function capitalised(text: string, lang: string): string {
  if (!CASED.has(lang) || !text) return text;
  const [first] = [...text];
  return first!.toLocaleUpperCase(lang) + text.slice(first!.length);
}

export interface ReasonsInput {
  own: CityProfile;
  partner: CityProfile;
  match: Complementarity;
  /** The reader belongs to `own`: "you" instead of its name. */
  isMember: boolean;
  themeNames: Record<string, string>;
}

/** The sentence that explains a match. */
export function reasonsText(page: Page, r: ReasonsInput): string {
  const { t, lang } = page;
  const who = r.isMember ? 'you' : 'city';
  const theme = (g: Gift) => inSentence(r.themeNames[g.theme] ?? g.theme, lang);
  const values = (g: Gift) => ({
    partner: r.partner.name,
    city: r.own.name,
    theme: theme(g),
    strength: g.strength,
    need: g.need,
  });
  const received = r.match.reasons.filter((g) => g.giverId === r.partner.id);
  const given = r.match.reasons.filter((g) => g.giverId === r.own.id);
  const parts = [
    ...received
      .slice(0, SHOWN_EACH_WAY)
      .map((g) => t(`suggestions.reasons.receive_${who}`, values(g))),
    ...given.slice(0, SHOWN_EACH_WAY).map((g) => t(`suggestions.reasons.give_${who}`, values(g))),
  ];
  const more =
    Math.max(0, received.length - SHOWN_EACH_WAY) + Math.max(0, given.length - SHOWN_EACH_WAY);
  if (more > 0) parts.push(t('suggestions.reasons.more', { count: more }));
  if (r.match.sharedLanguages.length > 0)
    parts.push(
      t(`suggestions.reasons.languages_${who}`, {
        partner: r.partner.name,
        city: r.own.name,
        languages: languageList(r.match.sharedLanguages, lang),
      }),
    );
  return capitalised(
    t('suggestions.reasons.sentence', { parts: parts.join(t('suggestions.reasons.separator')) }),
    lang,
  );
}

/** The themes of a match's best reasons, without repeats: what an exchange would be about. */
export function topThemes(match: Complementarity, limit = 3): ThemeSlug[] {
  const out: ThemeSlug[] = [];
  for (const g of match.reasons)
    if (!out.includes(g.theme) && out.length < limit) out.push(g.theme);
  return out;
}
