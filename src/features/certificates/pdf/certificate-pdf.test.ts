import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fontkit from '@pdf-lib/fontkit';
import { PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import { translator, type Language } from '../../../web/i18n.ts';
import { formattersFor } from '../../../web/page.ts';
import type { Certificate } from '../certificates.queries.ts';
import { renderCertificatePdf } from './certificate-pdf.ts';
import { fontBytes } from './fonts.ts';
import { layoutLine } from './text-runs.ts';

// Names in Arabic, Chinese and mixed scripts: the right font per script, shaped Arabic in visual
// order, runs ordered by the bidi algorithm, and a small PDF that embeds subsets of what it uses.

const MEEM = 0x0645;
const HAH = 0x062d;
const DAL = 0x062f;

describe('certificate text layout', () => {
  it('keeps an Arabic name in one right-to-left run in the Arabic font', () => {
    assert.deepEqual(layoutLine('محمد علي'), [{ text: 'محمد علي', font: 'arabic', rtl: true }]);
  });

  it('shapes an Arabic name into joined forms, in visual order', () => {
    const font = fontkit.create(Buffer.from(fontBytes('arabic')));
    const run = font.layout('محمد');
    // Left to right on the page: dal (last letter) first, the initial meem last.
    assert.deepEqual(
      run.glyphs.map((g) => g.codePoints[0]),
      [DAL, MEEM, HAH, MEEM],
    );
    const isolated = (cp: number) => font.glyphForCodePoint(cp).id;
    const [finalDal, medialMeem, medialHah, initialMeem] = run.glyphs.map((g) => g.id);
    assert.notEqual(initialMeem, isolated(MEEM), 'meem takes its initial form');
    assert.notEqual(medialMeem, isolated(MEEM), 'meem takes its medial form');
    assert.notEqual(medialMeem, initialMeem);
    assert.notEqual(medialHah, isolated(HAH), 'hah takes its medial form');
    assert.notEqual(finalDal, isolated(DAL), 'dal takes its final form');
  });

  it('sets a Chinese name in the CJK font', () => {
    assert.deepEqual(layoutLine('李小龙'), [{ text: '李小龙', font: 'cjk', rtl: false }]);
  });

  /** The runs as (text, font) pairs, without runs of spaces only. */
  const visual = (line: string) =>
    layoutLine(line)
      .filter((r) => r.text.trim() !== '')
      .map((r) => [r.text.trim(), r.font]);

  it('orders the runs of a mixed name by the bidi algorithm', () => {
    // A left-to-right line with an Arabic part: Latin, then the Arabic run, then Latin again.
    assert.deepEqual(visual('Amina بنت محمد (Dakar)'), [
      ['Amina', 'latin'],
      ['بنت محمد', 'arabic'],
      ['(Dakar)', 'latin'],
    ]);
    assert.equal(layoutLine('Amina بنت محمد (Dakar)')[1]?.rtl, true);
    // A right-to-left line: read from the right, محمد then "Ali 2024"; so on the page, from the
    // left, "Ali 2024" then محمد.
    assert.deepEqual(visual('محمد Ali 2024'), [
      ['Ali 2024', 'latin'],
      ['محمد', 'arabic'],
    ]);
    // Chinese beside Latin and Cyrillic.
    assert.deepEqual(
      layoutLine('王芳 (Wang Fang) Ольга').map((r) => r.font),
      ['cjk', 'latin'],
    );
  });

  it('mirrors brackets inside right-to-left text', () => {
    // Read from the right: مدينة (دكار). From the left on the page: (دكار) مدينة, where each
    // bracket is the mirror of the character typed.
    assert.deepEqual(visual('مدينة (دكار)'), [
      ['(', 'latin'],
      ['دكار', 'arabic'],
      [')', 'latin'],
      ['مدينة', 'arabic'],
    ]);
  });
});

function certificate(recipientName: string, titles: Record<string, string>): Certificate {
  return {
    id: 1,
    code: 'AbCdEfGhIjKlMnOpQrStUv',
    kind: 'run',
    enrolmentId: 1,
    userId: 1,
    recipientName,
    titles,
    startsOn: '2013-05-15',
    endsOn: '2013-05-16',
    hours: 12,
    issuers: ['IOM', 'JMDI', 'Stad Antwerpen'],
    signatoryName: 'Fatou Diop',
    achievementPath: '/courses/media',
    issuedAt: '2013-05-16T16:00:00.000Z',
    revokedAt: null,
    revocationReason: null,
    credential: 'x.y.z',
  };
}

async function render(c: Certificate, lang: Language) {
  const f = formattersFor(lang);
  const bytes = await renderCertificatePdf(c, {
    t: translator(lang),
    formatDate: (iso) => f.formatDate(iso),
    formatNumber: f.formatNumber,
    title: c.titles[lang] ?? c.titles.en ?? '',
    verifyUrl: `https://lphm.example.org/certificates/${c.code}`,
  });
  const doc = await PDFDocument.load(bytes);
  const fonts = doc.context
    .enumerateIndirectObjects()
    .map(([, obj]) => obj)
    .filter((obj): obj is PDFDict => obj instanceof PDFDict)
    .filter((d) => d.get(PDFName.of('Type')) === PDFName.of('Font'))
    .filter((d) => d.get(PDFName.of('Subtype')) === PDFName.of('Type0'))
    .map((d) => String(d.get(PDFName.of('BaseFont'))));
  return { bytes, doc, fonts };
}

describe('certificate PDF', () => {
  it('renders an Arabic name on an Arabic certificate with the Arabic and Latin fonts', async (t) => {
    const { bytes, doc, fonts } = await render(
      certificate('محمد بن عبد الله', {
        en: 'Partnering with the media',
        ar: 'الشراكة مع وسائل الإعلام',
      }),
      'ar',
    );
    assert.equal(doc.getPageCount(), 1);
    assert.ok(
      fonts.some((f) => f.includes('NotoNaskhArabic')),
      fonts.join(),
    );
    assert.ok(
      fonts.some((f) => f.includes('NotoSans-')),
      'Latin for the code and address',
    );
    assert.ok(!fonts.some((f) => f.includes('NotoSansSC')), 'no CJK font when none is needed');
    t.diagnostic(`Arabic certificate: ${bytes.length} bytes`);
    assert.ok(bytes.length < 120_000);
  });

  it('renders a Chinese name with the CJK font, embedded as a small subset', async (t) => {
    const { bytes, fonts } = await render(certificate('李小龙', { en: 'Media' }), 'zh');
    assert.ok(
      fonts.some((f) => f.includes('NotoSansSC')),
      fonts.join(),
    );
    t.diagnostic(`Chinese certificate: ${bytes.length} bytes`);
    // The whole CJK font is 10 MB; the subset must be a tiny part of it.
    assert.ok(bytes.length < 120_000);
  });

  it('renders a name mixing scripts with every font it needs', async (t) => {
    const { bytes, doc, fonts } = await render(
      certificate('Amina بنت محمد 王芳 Ольга', { en: 'Public services' }),
      'en',
    );
    assert.equal(doc.getTitle(), 'Certificate of completion — Amina بنت محمد 王芳 Ольга');
    for (const name of ['NotoSans-', 'NotoNaskhArabic', 'NotoSansSC'])
      assert.ok(
        fonts.some((f) => f.includes(name)),
        `${name} in ${fonts.join()}`,
      );
    t.diagnostic(`Mixed-script certificate: ${bytes.length} bytes`);
    assert.ok(bytes.length < 120_000);
  });
});
