import assert from 'node:assert/strict';
import { once } from 'node:events';
import { describe, it } from 'node:test';
import { createDeflate } from 'node:zlib';
import { PDFDocument, PDFName } from 'pdf-lib';
import { textPdf } from '../../../test/factories/pdf.ts';
import { extractPdfText, MAX_INFLATED_BYTES } from './pdf-text.ts';

/** A small PDF whose one page's content inflates to `mib` MiB of spaces. */
async function bombPdf(mib: number): Promise<Buffer> {
  const deflate = createDeflate({ level: 9 });
  const chunks: Buffer[] = [];
  deflate.on('data', (c: Buffer) => chunks.push(c));
  const piece = Buffer.alloc(1024 * 1024, 0x20);
  for (let i = 0; i < mib; i++) if (!deflate.write(piece)) await once(deflate, 'drain');
  deflate.end();
  await once(deflate, 'end');
  const doc = await PDFDocument.create();
  const page = doc.addPage([200, 200]);
  const content = doc.context.stream(Buffer.concat(chunks), { Filter: 'FlateDecode' });
  page.node.set(PDFName.of('Contents'), doc.context.register(content));
  return Buffer.from(await doc.save());
}

// PDF text by pdfjs: pages in order, the bound, and bad files as reasons (never a throw).

describe('PDF text', () => {
  it('reads every page in order, in any script', async () => {
    const paragraphs = ['Городская миграция и интеграция', 'Intégration locale', '地方治理'];
    const bytes = await textPdf({ title: 'Обзор', paragraphs, repeat: 60 });
    const r = await extractPdfText(bytes);
    assert.ok(r.ok);
    const lines = r.text.split('\n');
    assert.equal(lines[0], 'Обзор');
    assert.equal(lines.filter((l) => l === paragraphs[2]).length, 60);
    assert.deepEqual(lines.slice(1, 4), paragraphs);
  });

  it('stops at the bound', async () => {
    const bytes = await textPdf({ title: 'Long', paragraphs: ['word '.repeat(300)], repeat: 30 });
    const r = await extractPdfText(bytes, 1000);
    assert.ok(r.ok);
    assert.ok(r.text.length <= 1000 && r.text.length > 900, String(r.text.length));
  });

  it('records a file that is not a PDF, or a broken one, as corrupt', async () => {
    for (const bytes of [Buffer.from('%PDF-1.7\n' + 'A'.repeat(2000)), Buffer.from('hello')])
      assert.deepEqual(await extractPdfText(bytes), { ok: false, error: 'corrupt' });
  });

  it('records any encrypted PDF as encrypted, however its /Encrypt name is spelt', async () => {
    const pdf = (await textPdf({ title: 'Plain', paragraphs: ['x'] })).toString('latin1');
    for (const name of ['/Encrypt', '/#45ncr#79pt'])
      assert.deepEqual(
        await extractPdfText(Buffer.from(pdf.replace('/Root', `${name} 99 0 R /Root`), 'latin1')),
        { ok: false, error: 'encrypted' },
      );
  });

  it('refuses a PDF whose streams inflate past the bound, fast', async () => {
    const bytes = await bombPdf(MAX_INFLATED_BYTES / (1024 * 1024) + 10);
    assert.ok(bytes.length < 1024 * 1024, `${bytes.length} bytes`);
    const started = Date.now();
    assert.deepEqual(await extractPdfText(bytes), { ok: false, error: 'too_large' });
    assert.ok(Date.now() - started < 5000, `took ${Date.now() - started} ms`);
  });

  it("leaves other buffers of Node's shared pool usable", async () => {
    const pdf = await textPdf({ title: 'Small', paragraphs: ['x'] });
    const pooled = Buffer.from(pdf.toString('latin1'), 'latin1');
    const neighbour = Buffer.from('neighbour');
    const r = await extractPdfText(pooled);
    assert.ok(r.ok);
    assert.equal(neighbour.toString(), 'neighbour');
    assert.equal(pooled.length, pdf.length);
  });
});
