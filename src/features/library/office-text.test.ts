import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as office from '../../../test/factories/office.ts';
import { extractOfficeText, OFFICE_LIMITS } from './office-text.ts';
import { TextCollector } from './text-extraction-result.ts';
import { XmlTextStream } from './text-extraction-xml.ts';

// Office and OpenDocument text, from archives made in the test, and the zip bombs it refuses.

async function textOf(bytes: Buffer, mediaType: string, maxChars?: number): Promise<string> {
  const r = await extractOfficeText(bytes, mediaType, maxChars);
  assert.ok(r.ok, `expected text, got ${JSON.stringify(r)}`);
  return r.text;
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

describe('office text', () => {
  it('reads a Word body in order, then its headers, with entities decoded', async () => {
    const bytes = await office.docx(['First & <second>', 'Deuxième paragraphe'], {
      header: 'Page header',
    });
    assert.equal(
      await textOf(bytes, office.DOCX),
      'First & <second>\nDeuxième paragraphe\n\nPage header',
    );
  });

  it('keeps field codes, fallback copies and layout numbers out of a Word text', async () => {
    const body = `<w:document ${W} xmlns:mc="m" xmlns:wp="d"><w:body>
      <w:p><w:r><w:instrText> HYPERLINK "https://x.example" </w:instrText></w:r><w:r><w:t>Link&#x20;text&#20013;</w:t></w:r></w:p>
      <w:p><w:r><w:t>Tab</w:t><w:tab/><w:t>bed</w:t><w:br/><w:t>broken</w:t></w:r></w:p>
      <mc:AlternateContent><mc:Choice><w:p><w:r><w:t>Box</w:t></w:r></w:p></mc:Choice><mc:Fallback><w:p><w:r><w:t>Box</w:t></w:r></w:p></mc:Fallback></mc:AlternateContent>
      <wp:posOffset>914400</wp:posOffset></w:body></w:document>`;
    const bytes = await office.zip([{ name: 'word/document.xml', data: body }]);
    assert.equal(await textOf(bytes, office.DOCX), 'Link text中\nTab\tbed\nbroken\nBox');
  });

  it('reads the slides of a deck in their numeric order', async () => {
    const slides = Array.from({ length: 11 }, (_, i) => `Slide number ${i + 1}`);
    const text = await textOf(await office.pptx(slides), office.PPTX);
    assert.deepEqual(text.split(/\n+/u), slides);
  });

  it("reads a workbook's shared strings", async () => {
    const text = await textOf(await office.xlsx(['Población', 'Año 2015']), office.XLSX);
    assert.equal(text, 'Población\nAño 2015');
  });

  it('reads OpenDocument text with its spaces, line breaks and notes', async () => {
    const content = `<office:document-content xmlns:office="o" xmlns:text="t"><office:body><office:text>
      <text:h>Titre</text:h>
      <text:p>Un<text:s/>deux<text:line-break/>trois<text:note><text:note-body><text:p>note</text:p></text:note-body></text:note></text:p>
      </office:text></office:body></office:document-content>`;
    const bytes = await office.zip([{ name: 'content.xml', data: content }]);
    assert.equal(await textOf(bytes, office.ODT), 'Titre\nUn deux\ntrois note');
  });

  it('reads XML fed in pieces cut anywhere, inside tags and entities', () => {
    const xml = `<w:p><w:r><w:t>caf&#233; &amp; th&eacute; &lt;ok&gt;</w:t></w:r></w:p><w:p><w:r><w:t>两个</w:t></w:r></w:p>`;
    const out = new TextCollector();
    const stream = new XmlTextStream(out);
    for (const ch of xml) stream.write(ch);
    stream.end();
    assert.equal(out.text(), 'café & th <ok>\n两个');
  });

  it('skips a huge tag without rescanning it at every piece', () => {
    const out = new TextCollector();
    const stream = new XmlTextStream(out);
    const started = Date.now();
    stream.write('<w:p><w:r><w:t>before</w:t></w:r><w:x a="');
    for (let i = 0; i < 1000; i++) stream.write('x'.repeat(16 * 1024));
    stream.write('"/><w:r><w:t>after &amp; ');
    for (let i = 0; i < 100; i++) stream.write('& no entity '.repeat(1000));
    stream.write('</w:t></w:r></w:p>');
    stream.end();
    assert.ok(Date.now() - started < 2000, `took ${Date.now() - started} ms`);
    const text = out.text();
    assert.ok(text.startsWith('beforeafter & & no entity'), text.slice(0, 40));
    assert.equal(text.length, 'beforeafter & '.length + 100 * 12_000 - 1);
  });

  it('cuts the text at the bound', async () => {
    const bytes = await office.docx(['a'.repeat(500), 'b'.repeat(500)]);
    assert.equal((await textOf(bytes, office.DOCX, 600)).length, 600);
  });

  it('refuses a zip bomb, whether its declared sizes are honest or not, fast', async () => {
    for (const lying of [false, true]) {
      const bytes = await office.docxBomb(120, { lying });
      assert.ok(bytes.length < 1024 * 1024);
      const started = Date.now();
      const heapBefore = process.memoryUsage().heapUsed;
      const r = await extractOfficeText(bytes, office.DOCX);
      assert.deepEqual(r, { ok: false, error: 'too_large' });
      assert.ok(Date.now() - started < 5000);
      // Streaming: the heap never holds the inflated part (120 MiB).
      assert.ok(process.memoryUsage().heapUsed - heapBefore < 60 * 1024 * 1024);
    }
  });

  it('refuses a part inflating past the byte bound at an ordinary ratio', async () => {
    const words = Array.from({ length: 200_000 }, (_, i) => `w${(i * 7919) % 100_003}`);
    const paragraph = `<w:p><w:r><w:t>${words.join(' ')}</w:t></w:r></w:p>`;
    const times = Math.ceil((OFFICE_LIMITS.maxInflatedBytes + 1) / paragraph.length);
    const bytes = await office.zip([
      { name: 'word/document.xml', repeated: { piece: paragraph, times } },
    ]);
    assert.deepEqual(await extractOfficeText(bytes, office.DOCX), {
      ok: false,
      error: 'too_large',
    });
  });

  it('refuses an archive of too many entries', async () => {
    const parts = Array.from({ length: OFFICE_LIMITS.maxEntries + 1 }, (_, i) => ({
      name: `junk/${i}.xml`,
      data: '',
      stored: true,
    }));
    const bytes = await office.zip([...parts, { name: 'word/document.xml', data: '<w:t>x</w:t>' }]);
    assert.deepEqual(await extractOfficeText(bytes, office.DOCX), {
      ok: false,
      error: 'too_large',
    });
  });

  it('records what is wrong with broken or encrypted archives', async () => {
    const docx = await office.docx(['Text']);
    const cases: Array<[Buffer, string, string]> = [
      [Buffer.from('PK\u0003\u0004 not a zip'), office.DOCX, 'corrupt'],
      [docx.subarray(0, docx.length - 30), office.DOCX, 'corrupt'],
      [await office.zip([{ name: 'other.xml', data: '<x/>' }]), office.DOCX, 'corrupt'],
      [await office.zip([{ name: 'xl/workbook.xml', data: '<x/>' }]), office.ODT, 'corrupt'],
      [
        await office.zip([{ name: 'word/document.xml', data: '<w:t>x</w:t>', encrypted: true }]),
        office.DOCX,
        'encrypted',
      ],
      [docx, 'application/msword', 'unsupported'],
    ];
    for (const [bytes, mediaType, error] of cases)
      assert.deepEqual(await extractOfficeText(bytes, mediaType), { ok: false, error });
  });

  it('reads a workbook without shared strings as having no text', async () => {
    const bytes = await office.zip([{ name: 'xl/workbook.xml', data: '<workbook/>' }]);
    assert.equal(await textOf(bytes, office.XLSX), '');
  });
});
