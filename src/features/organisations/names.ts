// How organisation names become a search key (case- and accent-insensitive) and a URL slug.

// Latin letters that Unicode does not decompose into a base letter and an accent.
const LATIN: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
};

// Russian and other Cyrillic letters, transliterated for slugs (a simplified BGN/PCGN).
// prettier-ignore
const CYRILLIC: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y',
  к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f',
  х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu',
  я: 'ya', і: 'i', ї: 'yi', є: 'ye', ґ: 'g', ў: 'u', ј: 'j', љ: 'lj', њ: 'nj', ђ: 'dj',
  ћ: 'c', џ: 'dz',
};

/** The name lower-cased, without accents: what the directory sorts by and searches in. */
export function searchKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[ßæœøłđðþı]/g, (c) => LATIN[c] ?? c)
    .normalize('NFC');
}

export const SLUG_FALLBACK = 'organisation';
const SLUG_MAX = 80;
// Paths under /organisations/ that a slug must not take.
const RESERVED = new Set(['new']);

/** An ASCII slug for a name ("Liège" → "liege"); names without Latin or Cyrillic letters get a fallback. */
export function slugBase(name: string): string {
  const ascii = searchKey(name)
    .replace(/[\u0400-\u04ff]/g, (c) => CYRILLIC[c] ?? '')
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, SLUG_MAX)
    .replace(/^-+|-+$/g, '');
  if (ascii === '') return SLUG_FALLBACK;
  return RESERVED.has(ascii) ? `${ascii}-org` : ascii;
}

/** The first of base, base-2, base-3… not in `taken`. */
export function freeSlug(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) if (!used.has(`${base}-${n}`)) return `${base}-${n}`;
}
