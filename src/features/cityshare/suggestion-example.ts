// The worked example of /cityshare/about-suggestions, computed by hand (suggestion-example.test.ts
// checks every figure against complementarity()). Levels in THEME_SLUGS order.

export const EXAMPLE = {
  a: { strengths: [3, 0, 4, 1, 2, 0], needs: [1, 3, 0, 4, 0, 2], languages: ['fr', 'ar'] },
  b: { strengths: [1, 2, 0, 4, 0, 3], needs: [2, 0, 3, 0, 1, 1], languages: ['fr', 'en'] },
  /** A's strength × B's need, theme by theme: 3×2, 0×0, 4×3, 1×0, 2×1, 0×1. */
  termsAB: [6, 0, 12, 0, 2, 0],
  /** B's strength × A's need: 1×1, 2×3, 0×0, 4×4, 0×0, 3×2. */
  termsBA: [1, 6, 0, 16, 0, 6],
  giftAB: 20,
  giftBA: 29,
  /** The smaller gift, added again for an exchange that flows both ways. */
  reciprocity: 20,
  /** 20 + 29 + 20 */
  sum: 69,
  /** Both work in French: 69 × 1.25 */
  score: 86.25,
} as const;
