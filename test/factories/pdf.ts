import { PDFDocument, type PDFFont } from 'pdf-lib';
import {
  fontBytes,
  patchedFontkit,
  type FontKey,
} from '../../src/features/certificates/pdf/fonts.ts';
import { layoutLine } from '../../src/features/certificates/pdf/text-runs.ts';

// Real A4 PDFs with real text (Noto fonts, any script), for library tests, the browser journeys,
// benchmarks and the demo data: search inside documents needs text that a PDF reader can extract.

const WIDTH = 595;
const HEIGHT = 842;
const MARGIN = 56;
const LINE = 15;
/** Characters per line: a rough cut that keeps lines inside the page at 11 pt. */
const CHARS_PER_LINE = 80;

function wrap(paragraph: string): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of paragraph.split(/\s+/u).filter(Boolean)) {
    if (line && line.length + 1 + word.length > CHARS_PER_LINE) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** A PDF with a title and paragraphs, on as many pages as they need. */
export async function textPdf(o: {
  title: string;
  paragraphs: string[];
  author?: string;
  /** The same paragraphs again this many times (a bigger file for benchmarks). */
  repeat?: number;
}): Promise<Buffer> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(patchedFontkit);
  doc.setTitle(o.title);
  if (o.author) doc.setAuthor(o.author);
  doc.setProducer('LPHM');
  const fonts = new Map<FontKey, PDFFont>();
  const font = async (key: FontKey) => {
    let f = fonts.get(key);
    if (!f) fonts.set(key, (f = await doc.embedFont(fontBytes(key), { subset: true })));
    return f;
  };
  let page = doc.addPage([WIDTH, HEIGHT]);
  let y = HEIGHT - MARGIN;
  const draw = async (text: string, size: number) => {
    if (y < MARGIN) {
      page = doc.addPage([WIDTH, HEIGHT]);
      y = HEIGHT - MARGIN;
    }
    let x = MARGIN;
    for (const run of layoutLine(text)) {
      const f = await font(run.font);
      page.drawText(run.text, { x, y, size, font: f });
      x += f.widthOfTextAtSize(run.text, size);
    }
    y -= size + 4;
  };
  await draw(o.title, 18);
  y -= LINE;
  for (let i = 0; i < (o.repeat ?? 1); i++)
    for (const paragraph of o.paragraphs) {
      for (const line of wrap(paragraph)) await draw(line, 11);
      y -= 6;
    }
  return Buffer.from(await doc.save());
}
