import { createInflate } from 'node:zlib';

// A decompression bomb in a PDF: a small file whose Flate streams inflate to gigabytes (a 500 KB
// file can hold 500 MB of page content). pdfjs inflates a page's content whole, with no bound, so
// such a file would take the server's memory; it is measured here first, without keeping
// anything. Every "stream" keyword is tried as the start of zlib data (pdfjs needs the zlib
// header too), and the data is inflated to the end of its own deflate stream, whatever the
// stream's declared /Length or a fake "endstream" inside it say.

const KEYWORD = Buffer.from('stream');
/** The name /Encrypt, with any of its letters written as a #xx escape, as PDF names allow. */
const ENCRYPT = /^\/(?:E|#45)(?:n|#6e)(?:c|#63)(?:r|#72)(?:y|#79)(?:p|#70)(?:t|#74)/iu;

/**
 * Whether the PDF is encrypted (its trailer names an /Encrypt dictionary, which is never inside a
 * compressed object). Its streams cannot be measured before pdfjs decrypts them, so even one
 * that opens without a password is not read: a bomb must not pass for a locked report.
 */
export function pdfIsEncrypted(bytes: Buffer): boolean {
  // Only the bytes after each "/E" or "/#" are decoded: the file is never copied into a string.
  for (const start of ['/E', '/#'])
    for (let at = bytes.indexOf(start); at >= 0; at = bytes.indexOf(start, at + 1))
      if (ENCRYPT.test(bytes.toString('latin1', at, at + 24))) return true;
  return false;
}

/** A zlib header: deflate method, and the check bits right (RFC 1950). */
function zlibAt(bytes: Buffer, at: number): boolean {
  const cmf = bytes[at];
  const flg = bytes[at + 1];
  return (
    cmf !== undefined && flg !== undefined && (cmf & 0x0f) === 8 && (cmf * 256 + flg) % 31 === 0
  );
}

/** How many bytes the zlib data at the start of `data` inflates to, counted up to past `limit`. */
function inflatedSize(data: Buffer, limit: number): Promise<number> {
  return new Promise((resolve) => {
    const inflate = createInflate();
    let size = 0;
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      inflate.destroy();
      resolve(size);
    };
    inflate.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) finish();
    });
    inflate.on('end', finish);
    inflate.on('error', finish); // not zlib after all, or cut short: what came out counts
    inflate.end(data);
  });
}

/** Whether the PDF's streams inflate to more than `limit` bytes in all. */
export async function pdfInflatesBeyond(bytes: Buffer, limit: number): Promise<boolean> {
  let total = 0;
  for (let at = bytes.indexOf(KEYWORD); at >= 0; at = bytes.indexOf(KEYWORD, at + KEYWORD.length)) {
    // The keyword is followed by CRLF or LF ("endstream" is followed by neither, usually).
    let start = at + KEYWORD.length;
    if (bytes[start] === 0x0d) start++;
    if (bytes[start] !== 0x0a) continue;
    start++;
    if (!zlibAt(bytes, start)) continue;
    total += await inflatedSize(bytes.subarray(start), limit - total);
    if (total > limit) return true;
  }
  return false;
}
