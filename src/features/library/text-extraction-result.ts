// What extracting a file's text gives (pdf-text.ts, office-text.ts): the text, cut at a bound, or
// a short reason code recorded in resource_files.extraction_error (never a message from a library).

/** A file's extracted text is cut here: a long report fits, a pathological file does not. */
export const MAX_EXTRACTED_CHARS = 2_000_000;

export type ExtractionError = 'encrypted' | 'corrupt' | 'too_large' | 'unsupported' | 'failed';

export type Extraction = { ok: true; text: string } | { ok: false; error: ExtractionError };

// Control characters other than tab and line ends, non-characters, and lone surrogates:
// PostgreSQL refuses NUL in text, and none of them is ever a word.
// (With the u flag a surrogate range matches only an unpaired one.)
// eslint-disable-next-line no-control-regex -- control characters are what it removes
const UNWANTED = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF\uD800-\uDFFF]/gu;

/** Collects text piece by piece up to `max` characters, so a huge file never builds a huge string. */
export class TextCollector {
  private readonly parts: string[] = [];
  private length = 0;

  constructor(private readonly max: number = MAX_EXTRACTED_CHARS) {}

  get full(): boolean {
    return this.length >= this.max;
  }

  add(piece: string): void {
    if (this.full || piece === '') return;
    const kept = piece.slice(0, this.max - this.length);
    this.parts.push(kept);
    this.length += kept.length;
  }

  /** The text collected: clean, spaces at line ends dropped, at most one empty line in a row. */
  text(): string {
    return this.parts
      .join('')
      .replace(UNWANTED, '')
      .replace(/\r\n?/gu, '\n')
      .replace(/[ \t\u00A0]+\n/gu, '\n')
      .replace(/\n{3,}/gu, '\n\n')
      .trim();
  }
}
