import { once } from 'node:events';
import { crc32, createDeflateRaw, deflateRawSync } from 'node:zlib';

// Office and OpenDocument files made in tests: a tiny zip writer (deflate, or stored) and the few
// parts a reader needs, so text extraction is tested on real archives without binary fixtures.

export interface ZipPart {
  name: string;
  /** The content; or `inflated` for a large, highly compressible one built in pieces. */
  data?: string | Buffer;
  /** A part made of `piece` repeated `times` times, deflated as a stream (a zip bomb's part). */
  repeated?: { piece: string; times: number };
  /** Claim this uncompressed size in the headers instead of the real one (a lying archive). */
  declaredSize?: number;
  stored?: boolean;
  /** Mark the entry as encrypted (its bytes are not). */
  encrypted?: boolean;
}

async function deflatePieces(piece: Buffer, times: number): Promise<Buffer> {
  const deflate = createDeflateRaw({ level: 9 });
  const chunks: Buffer[] = [];
  deflate.on('data', (c: Buffer) => chunks.push(c));
  for (let i = 0; i < times; i++) if (!deflate.write(piece)) await once(deflate, 'drain');
  deflate.end();
  await once(deflate, 'end');
  return Buffer.concat(chunks);
}

/** A zip archive of `parts`, in that order. */
export async function zip(parts: ZipPart[]): Promise<Buffer> {
  const local: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const name = Buffer.from(p.name, 'utf8');
    let crc = 0;
    let size = 0;
    let body: Buffer;
    if (p.repeated) {
      const piece = Buffer.from(p.repeated.piece, 'utf8');
      for (let i = 0; i < p.repeated.times; i++) crc = crc32(piece, crc);
      size = piece.length * p.repeated.times;
      body = await deflatePieces(piece, p.repeated.times);
    } else {
      const data = Buffer.isBuffer(p.data) ? p.data : Buffer.from(p.data ?? '', 'utf8');
      crc = crc32(data);
      size = data.length;
      body = p.stored ? data : deflateRawSync(data);
    }
    const declared = p.declaredSize ?? size;
    const method = p.stored && !p.repeated ? 0 : 8;
    const head = Buffer.alloc(30);
    head.writeUInt32LE(0x04034b50, 0);
    head.writeUInt16LE(20, 4);
    head.writeUInt16LE(0x0800 | (p.encrypted ? 1 : 0), 6); // UTF-8 names, encrypted
    head.writeUInt16LE(method, 8);
    head.writeUInt16LE(0, 10);
    head.writeUInt16LE(0x21, 12); // 1980-01-01
    head.writeUInt32LE(crc >>> 0, 14);
    head.writeUInt32LE(body.length, 18);
    head.writeUInt32LE(declared, 22);
    head.writeUInt16LE(name.length, 26);
    head.writeUInt16LE(0, 28);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(20, 4);
    dir.writeUInt16LE(20, 6);
    head.copy(dir, 8, 6, 30); // flags … name length, as in the local header
    dir.writeUInt32LE(offset, 42);
    local.push(head, name, body);
    central.push(dir, name);
    offset += head.length + name.length + body.length;
  }
  const dirBytes = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(dirBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...local, dirBytes, end]);
}

const xmlEscape = (s: string) =>
  s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>';

export const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const PPTX = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';
export const ODT = 'application/vnd.oasis.opendocument.text';

/** The XML of a Word body with one paragraph per string. */
export function wordBody(paragraphs: string[]): string {
  const ps = paragraphs.map(
    (p) => `<w:p><w:r><w:t xml:space="preserve">${xmlEscape(p)}</w:t></w:r></w:p>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${ps.join('')}</w:body></w:document>`;
}

/** A Word document (docx) with these paragraphs, and a header when given. */
export function docx(paragraphs: string[], o: { header?: string } = {}): Promise<Buffer> {
  return zip([
    { name: '[Content_Types].xml', data: CONTENT_TYPES },
    ...(o.header
      ? [
          {
            name: 'word/header1.xml',
            data: `<w:hdr ${W}><w:p><w:r><w:t>${xmlEscape(o.header)}</w:t></w:r></w:p></w:hdr>`,
          },
        ]
      : []),
    { name: 'word/document.xml', data: wordBody(paragraphs) },
  ]);
}

/** A workbook (xlsx) whose shared strings are these cells' texts. */
export function xlsx(cells: string[]): Promise<Buffer> {
  const si = cells.map((c) => `<si><t>${xmlEscape(c)}</t></si>`).join('');
  return zip([
    { name: '[Content_Types].xml', data: CONTENT_TYPES },
    {
      name: 'xl/sharedStrings.xml',
      data: `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${cells.length}">${si}</sst>`,
    },
  ]);
}

/** A deck (pptx), one slide per string; the archive holds slide 10 before slide 2 on purpose. */
export function pptx(slides: string[]): Promise<Buffer> {
  const parts = slides.map((s, i) => ({
    name: `ppt/slides/slide${i + 1}.xml`,
    data: `<p:sld xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"><p:cSld><p:spTree><p:sp><p:txBody><a:p><a:r><a:t>${xmlEscape(s)}</a:t></a:r></a:p></p:txBody></p:sp></p:spTree></p:cSld></p:sld>`,
  }));
  return zip([{ name: '[Content_Types].xml', data: CONTENT_TYPES }, ...parts.reverse()]);
}

/** An OpenDocument text (odt) with these paragraphs. */
export function odt(paragraphs: string[]): Promise<Buffer> {
  const ps = paragraphs.map((p) => `<text:p>${xmlEscape(p)}</text:p>`).join('');
  return zip([
    { name: 'mimetype', data: ODT, stored: true },
    {
      name: 'content.xml',
      data: `<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:text>${ps}</office:text></office:body></office:document-content>`,
    },
  ]);
}

/**
 * A zip bomb dressed as a docx: a small file whose document.xml inflates to `inflatedMiB` MiB of
 * one repeated paragraph; `lying` declares a tiny size in the headers.
 */
export function docxBomb(inflatedMiB: number, o: { lying?: boolean } = {}): Promise<Buffer> {
  const paragraph =
    '<w:p><w:r><w:t>aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa</w:t></w:r></w:p>';
  const piece = paragraph.repeat(Math.ceil((1024 * 1024) / paragraph.length));
  const times = Math.ceil((inflatedMiB * 1024 * 1024) / piece.length);
  return zip([
    { name: '[Content_Types].xml', data: CONTENT_TYPES },
    {
      name: 'word/document.xml',
      repeated: { piece, times },
      ...(o.lying ? { declaredSize: 1000 } : {}),
    },
  ]);
}
