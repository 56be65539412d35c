import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import {
  MAX_EXTRACTED_CHARS,
  TextCollector,
  type Extraction,
  type ExtractionError,
} from './text-extraction-result.ts';
import { pdfInflatesBeyond, pdfIsEncrypted } from './text-extraction-pdf-streams.ts';

// The text of a PDF, by pdfjs (the legacy build runs in Node; without a worker file it parses in
// this thread, which is what a background job wants). Scripts are off (no eval, no fonts loaded
// into anything): only the text layer is read, page by page, until the bound.

const pdfjsDir = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
// Character maps for CJK fonts that a PDF names rather than embeds; read from the package.
const CMAP_URL = join(pdfjsDir, 'cmaps') + '/';
const STANDARD_FONTS_URL = join(pdfjsDir, 'standard_fonts') + '/';

/**
 * A PDF whose streams inflate beyond this in all is refused (a decompression bomb): pdfjs would
 * hold a page's content whole. Text, fonts and vector drawings of a long report stay well under.
 */
export const MAX_INFLATED_BYTES = 150 * 1024 * 1024;
/** Pages past this many are not read (the text is kept). */
export const MAX_PAGES = 5_000;

function reasonOf(err: unknown): ExtractionError {
  const name = (err as { name?: unknown } | null)?.name;
  if (name === 'PasswordException') return 'encrypted';
  if (name === 'InvalidPDFException' || name === 'FormatError' || name === 'MissingPDFException')
    return 'corrupt';
  return 'failed';
}

/** pdfjs takes over (detaches) the memory it is given: hand it the buffer itself when `bytes`
 * owns it whole, else a copy, so that a view into Node's shared pool is never detached. */
function ownedBytes(bytes: Buffer): Uint8Array {
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength
    ? new Uint8Array(bytes.buffer, 0, bytes.byteLength)
    : new Uint8Array(bytes);
}

/**
 * The text of a PDF, its pages joined by newlines, cut at `maxChars`; or why there is none
 * ('encrypted' — with or without a user password —, 'corrupt', 'too_large', 'failed'). Consumes `bytes` (they may be detached
 * afterwards).
 */
export async function extractPdfText(
  bytes: Buffer,
  maxChars: number = MAX_EXTRACTED_CHARS,
): Promise<Extraction> {
  if (pdfIsEncrypted(bytes)) return { ok: false, error: 'encrypted' };
  if (await pdfInflatesBeyond(bytes, MAX_INFLATED_BYTES)) return { ok: false, error: 'too_large' };
  const task = getDocument({
    data: ownedBytes(bytes),
    verbosity: 0,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    cMapUrl: CMAP_URL,
    standardFontDataUrl: STANDARD_FONTS_URL,
  });
  try {
    const doc = await task.promise;
    const text = new TextCollector(maxChars);
    for (let n = 1; n <= Math.min(doc.numPages, MAX_PAGES) && !text.full; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      for (const item of content.items)
        if ('str' in item) text.add(item.hasEOL ? `${item.str}\n` : item.str);
      text.add('\n');
      page.cleanup();
    }
    return { ok: true, text: text.text() };
  } catch (err) {
    return { ok: false, error: reasonOf(err) };
  } finally {
    await task.destroy();
  }
}
