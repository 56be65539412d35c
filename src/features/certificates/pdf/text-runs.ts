import bidiModule, { type Bidi } from 'bidi-js';
import { covers, type FontKey } from './fonts.ts';

// One line of text in any mix of scripts, cut into runs that each use one font and one direction,
// in visual order (left to right), ready to draw one after the other.
//
// Directions come from the Unicode Bidirectional Algorithm (bidi-js). Shaping (Arabic joining
// forms, ligatures) is fontkit's, when pdf-lib lays out each run; fontkit also puts the glyphs of a
// run in an Arabic-script font into visual order, so such a run is handed over in logical order.
// Any other right-to-left run (punctuation, spaces between Arabic words) is reversed here.

// bidi-js is CommonJS with an ES-style type declaration: at run time its default is the factory.
const bidi = (bidiModule as unknown as () => Bidi)();

export interface TextRun {
  text: string;
  font: FontKey;
  /** Whether the run reads right to left. */
  rtl: boolean;
}

const RTL_LETTER = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u;
const LETTER_OR_MARK = /[\p{L}\p{M}]/u;

function scriptFont(cp: number): FontKey {
  if (
    (cp >= 0x0590 && cp <= 0x08ff) ||
    (cp >= 0xfb1d && cp <= 0xfdff) ||
    (cp >= 0xfe70 && cp <= 0xfeff)
  )
    return 'arabic';
  if (
    (cp >= 0x2e80 && cp <= 0x9fff) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xffef) ||
    cp >= 0x20000
  )
    return 'cjk';
  return 'latin';
}

/** The font for a character: its script's, else the first that has a glyph for it. */
function fontFor(cp: number, preferred: FontKey): FontKey {
  if (covers(preferred, cp)) return preferred;
  return (['latin', 'arabic', 'cjk'] as const).find((k) => covers(k, cp)) ?? preferred;
}

interface LogicalRun {
  chars: string[];
  font: FontKey;
  level: number;
}

/** Cuts the line into runs and puts them in visual order. */
export function layoutLine(text: string): TextRun[] {
  const { levels } = bidi.getEmbeddingLevels(text);
  const runs: LogicalRun[] = [];
  let index = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    const level = levels[index]!;
    index += ch.length;
    const last = runs.at(-1);
    // Spaces, digits and punctuation stay in the font around them when it has them.
    const font =
      !LETTER_OR_MARK.test(ch) && last && covers(last.font, cp)
        ? last.font
        : fontFor(cp, scriptFont(cp));
    const shown = level % 2 === 1 ? (bidi.getMirroredCharacter(ch) ?? ch) : ch;
    if (last && last.font === font && last.level === level) last.chars.push(shown);
    else runs.push({ chars: [shown], font, level });
  }
  // Rule L2: from the highest level down to the lowest odd one, reverse every stretch of runs at
  // that level or above.
  const max = Math.max(0, ...runs.map((r) => r.level));
  const minOdd = Math.min(...runs.map((r) => (r.level % 2 === 1 ? r.level : Infinity)));
  for (let level = max; level >= minOdd; level--) {
    for (let i = 0; i < runs.length;) {
      if (runs[i]!.level < level) {
        i++;
        continue;
      }
      let j = i;
      while (j < runs.length && runs[j]!.level >= level) j++;
      runs.splice(i, j - i, ...runs.slice(i, j).reverse());
      i = j;
    }
  }
  return runs.map((r) => {
    const rtl = r.level % 2 === 1;
    const logical = r.chars.join('');
    const shaperReverses = RTL_LETTER.test(logical);
    return {
      text: rtl && !shaperReverses ? [...r.chars].reverse().join('') : logical,
      font: r.font,
      rtl,
    };
  });
}
