import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import type { PDFDocument } from 'pdf-lib';

// The Noto fonts of certificates, one per script family, read once and shared by every PDF.

export type FontKey = 'latin' | 'arabic' | 'cjk';

const require = createRequire(import.meta.url);

// Noto Sans (Latin, Greek, Cyrillic), Noto Naskh Arabic and Noto Sans SC, all glyf-based TrueType:
// pdf-lib's subsetter cannot write CFF (.otf) fonts correctly.
const FILES: Record<FontKey, [pkg: string, path: string]> = {
  latin: ['@embedpdf/fonts-latin', 'fonts/NotoSans-Regular.ttf'],
  arabic: ['@embedpdf/fonts-arabic', 'fonts/NotoNaskhArabic-Regular.ttf'],
  cjk: ['@expo-google-fonts/noto-sans-sc', '400Regular/NotoSansSC_400Regular.ttf'],
};

/** The folder of an installed package (its "exports" hide the font files from require.resolve). */
function packageRoot(name: string): string {
  let dir = dirname(require.resolve(name));
  while (!existsSync(join(dir, 'package.json')) || !dir.endsWith(join('node_modules', name))) {
    if (dirname(dir) === dir) throw new Error(`font package ${name} not found`);
    dir = dirname(dir);
  }
  return dir;
}

const bytes = new Map<FontKey, Uint8Array>();

/** The font file's bytes (the CJK one is 10 MB: read on first use only). */
export function fontBytes(key: FontKey): Uint8Array {
  let b = bytes.get(key);
  if (!b) {
    const [pkg, path] = FILES[key];
    bytes.set(key, (b = readFileSync(join(packageRoot(pkg), path))));
  }
  return b;
}

interface Coverage {
  hasGlyphForCodePoint(codePoint: number): boolean;
}
const parsed = new Map<FontKey, Coverage>();

/** Whether the font has a glyph for the character. */
export function covers(key: FontKey, codePoint: number): boolean {
  let font = parsed.get(key);
  if (!font) parsed.set(key, (font = fontkit.create(Buffer.from(fontBytes(key))) as Coverage));
  return font.hasGlyphForCodePoint(codePoint);
}

const parsedForPdf = new WeakMap<Uint8Array, { createSubset(): GlyphSubset }>();

interface GlyphSubset {
  glyf: Array<{ length: number; copy(target: unknown): void; constructor: unknown }>;
  offset: number;
  _addGlyph?: (gid: number) => number;
}

/**
 * fontkit (as bundled with pdf-lib) writes a subset's glyph offsets in the short `loca` format,
 * which counts in 2-byte words, without padding odd-length glyphs, so every glyph after an odd one
 * is lost (pdf-lib issues #494, #1232). This wrapper pads each glyph to an even length.
 */
export const patchedFontkit = {
  create(data: Uint8Array, postscriptName?: string) {
    // Parsing the 10 MB CJK font and its layout tables costs more than drawing the whole page:
    // each font file is parsed once and the parsed font serves every document.
    const cached = parsedForPdf.get(data);
    if (cached) return cached;
    const font = fontkit.create(data as Buffer, postscriptName) as unknown as {
      createSubset(): GlyphSubset;
    };
    parsedForPdf.set(data, font);
    const createSubset = font.createSubset.bind(font);
    font.createSubset = () => {
      const subset = createSubset();
      const addGlyph = subset._addGlyph;
      if (addGlyph) {
        subset._addGlyph = function (this: GlyphSubset, gid: number) {
          const index = addGlyph.call(this, gid);
          const glyph = this.glyf[index]!;
          if (glyph.length % 2 === 1) {
            // The buffer class bundled with fontkit, so that its encoder accepts the padded copy.
            const Buf = glyph.constructor as { alloc(n: number): GlyphSubset['glyf'][number] };
            const padded = Buf.alloc(glyph.length + 1);
            glyph.copy(padded);
            this.glyf[index] = padded;
            this.offset += 1;
          }
          return index;
        };
      }
      return subset;
    };
    return font;
  },
} as unknown as Parameters<PDFDocument['registerFontkit']>[0];
