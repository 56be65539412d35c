import { StringDecoder } from 'node:string_decoder';
import type { Readable } from 'node:stream';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import {
  MAX_EXTRACTED_CHARS,
  TextCollector,
  type Extraction,
  type ExtractionError,
} from './text-extraction-result.ts';
import { XmlTextStream } from './text-extraction-xml.ts';

// The text of Office (docx, xlsx, pptx) and OpenDocument (odt, ods, odp) files: zip archives of
// XML parts. Only the parts that hold words are inflated, as streams. A zip bomb is refused by
// counting what is actually inflated (the sizes an archive declares are not trusted): a bound on
// the entries looked at, on the bytes inflated in all, and on each part's inflation ratio.

export const OFFICE_LIMITS = {
  maxEntries: 5_000,
  maxInflatedBytes: 50 * 1024 * 1024,
  /** A part inflating more than this many times its compressed size... */
  maxRatio: 100,
  /** ...once past this many bytes (small parts may compress very well) is a bomb. */
  ratioCheckedFrom: 1024 * 1024,
};

type Format = 'word' | 'excel' | 'powerpoint' | 'opendocument';

const FORMATS: Record<string, Format> = {
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'word',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'excel',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'powerpoint',
  'application/vnd.oasis.opendocument.text': 'opendocument',
  'application/vnd.oasis.opendocument.spreadsheet': 'opendocument',
  'application/vnd.oasis.opendocument.presentation': 'opendocument',
};

/** The parts that hold text, with a key giving their reading order; the first is required. */
const PARTS: Record<Format, { required?: string; order(name: string): number | undefined }> = {
  word: {
    required: 'word/document.xml',
    order: (name) => {
      if (name === 'word/document.xml') return 0;
      return /^word\/(header|footer|footnotes|endnotes)\d*\.xml$/u.test(name) ? 1 : undefined;
    },
  },
  excel: { order: (name) => (name === 'xl/sharedStrings.xml' ? 0 : undefined) },
  powerpoint: {
    order: (name) => {
      const slide = /^ppt\/slides\/slide(\d+)\.xml$/u.exec(name);
      return slide ? Number(slide[1]) : undefined;
    },
  },
  opendocument: {
    required: 'content.xml',
    order: (name) => (name === 'content.xml' ? 0 : undefined),
  },
};

/** True for the media types this file reads (legacy .doc/.xls/.ppt are not among them). */
export function isOfficeType(mediaType: string): boolean {
  return mediaType in FORMATS;
}

class Refusal extends Error {
  constructor(readonly reason: ExtractionError) {
    super(reason);
  }
}

/** The archive's entries one at a time (lazyEntries), with errors as rejections. */
class Entries {
  private failure: Error | undefined;
  private pending: { resolve(e: Entry | null): void; reject(err: Error): void } | undefined;

  constructor(private readonly zip: ZipFile) {
    zip.on('entry', (e: Entry) => this.settle((p) => p.resolve(e)));
    zip.on('end', () => this.settle((p) => p.resolve(null)));
    zip.on('error', (err: Error) => {
      this.failure = err;
      this.settle((p) => p.reject(err));
    });
  }

  private settle(f: (p: NonNullable<Entries['pending']>) => void): void {
    const p = this.pending;
    this.pending = undefined;
    if (p) f(p);
  }

  next(): Promise<Entry | null> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      this.pending = { resolve, reject };
      this.zip.readEntry();
    });
  }
}

function openZip(bytes: Buffer): Promise<ZipFile> {
  return new Promise((resolve, reject) =>
    yauzl.fromBuffer(bytes, { lazyEntries: true, validateEntrySizes: false }, (err, zip) =>
      err ? reject(err) : resolve(zip),
    ),
  );
}

function openStream(zip: ZipFile, entry: Entry): Promise<Readable> {
  return new Promise((resolve, reject) =>
    zip.openReadStream(entry, (err, stream) => (err ? reject(err) : resolve(stream))),
  );
}

/** Inflates one part into `out`, counting its bytes against the bounds; returns the bytes read. */
async function readPart(
  zip: ZipFile,
  entry: Entry,
  out: TextCollector,
  budget: number,
): Promise<number> {
  if (entry.isEncrypted()) throw new Refusal('encrypted');
  const stream = await openStream(zip, entry);
  const xml = new XmlTextStream(out);
  const decoder = new StringDecoder('utf8');
  let read = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    read += chunk.length;
    const ratio = read / Math.max(entry.compressedSize, 1);
    if (read > budget) throw new Refusal('too_large');
    if (read > OFFICE_LIMITS.ratioCheckedFrom && ratio > OFFICE_LIMITS.maxRatio)
      throw new Refusal('too_large');
    // Past the text bound the part is still inflated and counted (not read): a bomb that
    // repeats a word must not pass for a long document.
    if (!out.full) xml.write(decoder.write(chunk));
  }
  xml.write(decoder.end());
  xml.end();
  return read;
}

/**
 * The text of an Office or OpenDocument file, cut at `maxChars`; or why there is none:
 * 'too_large' (a zip bomb), 'encrypted', 'corrupt', 'unsupported' (another media type).
 */
export async function extractOfficeText(
  bytes: Buffer,
  mediaType: string,
  maxChars: number = MAX_EXTRACTED_CHARS,
): Promise<Extraction> {
  const format = FORMATS[mediaType];
  if (!format) return { ok: false, error: 'unsupported' };
  const parts = PARTS[format];
  try {
    const zip = await openZip(bytes);
    const entries = new Entries(zip);
    const texts: Array<{ order: number; name: string; text: string }> = [];
    let seen = 0;
    let inflated = 0;
    for (let entry = await entries.next(); entry; entry = await entries.next()) {
      if (++seen > OFFICE_LIMITS.maxEntries) throw new Refusal('too_large');
      const order = parts.order(entry.fileName);
      if (order === undefined) continue;
      // Each part is collected alone (the archive's order is not the reading order).
      const part = new TextCollector(maxChars);
      inflated += await readPart(zip, entry, part, OFFICE_LIMITS.maxInflatedBytes - inflated);
      texts.push({ order, name: entry.fileName, text: part.text() });
    }
    if (parts.required && !texts.some((t) => t.name === parts.required))
      return { ok: false, error: 'corrupt' };
    texts.sort((a, b) => a.order - b.order || a.name.localeCompare(b.name));
    const text = new TextCollector(maxChars);
    for (const t of texts) text.add(`${t.text}\n\n`);
    return { ok: true, text: text.text() };
  } catch (err) {
    return { ok: false, error: err instanceof Refusal ? err.reason : 'corrupt' };
  }
}
