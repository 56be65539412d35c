import type { TextCollector } from './text-extraction-result.ts';

// The words of an Office or OpenDocument XML part, fed in chunks as they are inflated, so that a
// part is never held whole. Only text inside the elements that hold a document's words is kept
// (w:t in Word, a:t in PowerPoint, t in Excel's shared strings, text:p and text:h in
// OpenDocument): numbers of drawing positions, field codes and the fallback copy of text boxes
// stay out. A paragraph, list item or shared string ends with a newline.

const TEXT = new Set(['w:t', 'a:t', 't', 'text:p', 'text:h']);
/** Whose content is never text: Word's fallback copies and Excel's phonetic guides. */
const SKIP = new Set(['mc:Fallback', 'rPh']);
const BREAK_AFTER = new Set(['w:p', 'a:p', 'si', 'text:p', 'text:h', 'text:list-item']);
const LINE = new Set(['w:br', 'w:cr', 'a:br', 'text:line-break']);
const TAB = new Set(['w:tab', 'text:tab']);
const SPACE = new Set(['text:s']);

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** XML character references and the five named entities, decoded; anything else is dropped. */
export function decodeXmlEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/giu, (_, ref: string) => {
    if (ref[0] !== '#') return NAMED[ref] ?? '';
    const code =
      ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1));
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
  });
}

/** A tag (or text after a bare "&") longer than this is not waited for: never text, and waiting
 * for its end would rescan it at every piece. */
const MAX_PENDING = 64 * 1024;

export class XmlTextStream {
  private carry = '';
  private inLongTag = false;
  private inText = 0;
  private skipping = 0;

  constructor(private readonly out: TextCollector) {}

  /** Feeds the next piece of the part; a tag or entity cut at its end waits for the next one. */
  write(chunk: string): void {
    if (this.inLongTag) {
      const end = chunk.indexOf('>');
      if (end < 0) return;
      chunk = chunk.slice(end + 1);
      this.inLongTag = false;
    }
    const s = this.carry + chunk;
    const lt = s.lastIndexOf('<');
    const gt = s.lastIndexOf('>');
    let cut = s.length;
    if (lt > gt) cut = lt;
    else {
      const amp = s.lastIndexOf('&');
      if (amp > gt && !s.includes(';', amp)) cut = amp;
    }
    this.carry = s.slice(cut);
    this.read(s.slice(0, cut));
    if (this.carry.length > MAX_PENDING) {
      if (this.carry[0] === '<') this.inLongTag = true;
      else this.read(this.carry);
      this.carry = '';
    }
  }

  end(): void {
    this.read(this.carry.includes('<') ? '' : this.carry);
    this.carry = '';
    this.out.add('\n');
  }

  private read(xml: string): void {
    for (const [token] of xml.matchAll(/<[^>]*>|[^<]+/gu)) {
      if (this.out.full) return;
      if (token[0] !== '<') {
        if (this.inText > 0 && this.skipping === 0) this.out.add(decodeXmlEntities(token));
        continue;
      }
      this.tag(token);
    }
  }

  private tag(token: string): void {
    const name = /^<\/?([^\s/>]+)/u.exec(token)?.[1];
    if (!name) return;
    const closing = token[1] === '/';
    const empty = token.endsWith('/>');
    if (SKIP.has(name)) {
      if (closing) this.skipping = Math.max(0, this.skipping - 1);
      else if (!empty) this.skipping++;
      return;
    }
    if (this.skipping > 0) return;
    if (TEXT.has(name) && !empty) {
      // A paragraph inside another (an OpenDocument note) is a word apart from the text before it.
      if (!closing && this.inText > 0) this.out.add(' ');
      this.inText = Math.max(0, this.inText + (closing ? -1 : 1));
    }
    if (closing) {
      if (BREAK_AFTER.has(name)) this.out.add('\n');
    } else if (LINE.has(name)) this.out.add('\n');
    else if (TAB.has(name)) this.out.add('\t');
    else if (SPACE.has(name)) this.out.add(' ');
  }
}
