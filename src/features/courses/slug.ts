import { freeSlug, searchKey, SLUG_FALLBACK, slugBase } from '../organisations/names.ts';

// Course slugs are made from the first title the way organisation slugs are made from names.

const COURSE_FALLBACK = 'course';

/** An ASCII slug for a course title; titles without Latin or Cyrillic letters get "course". */
export function courseSlugBase(title: string): string {
  const base = slugBase(title);
  return base === SLUG_FALLBACK && !searchKey(title).includes(SLUG_FALLBACK)
    ? COURSE_FALLBACK
    : base;
}

export { freeSlug };
