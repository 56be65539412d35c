import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import type { T } from '../../../web/i18n.ts';
import type { Certificate } from '../certificates.queries.ts';
import { fontBytes, patchedFontkit, type FontKey } from './fonts.ts';
import { layoutLine } from './text-runs.ts';

// The certificate as a one-page A4 PDF: centred lines, each cut into script runs (text-runs.ts) and
// drawn with the Noto font of its script. Fonts are embedded as subsets: a few kilobytes each.

const WIDTH = 842;
const HEIGHT = 595;
const INK = rgb(0.12, 0.16, 0.22);
const ACCENT = rgb(0.0, 0.36, 0.45);

export interface PdfText {
  t: T;
  formatDate(isoDate: string): string;
  formatNumber(n: number): string;
  /** The course title in the reader's language, or the first it has. */
  title: string;
  verifyUrl: string;
}

class Writer {
  private readonly fonts = new Map<FontKey, PDFFont>();
  constructor(
    private readonly doc: PDFDocument,
    private readonly page: PDFPage,
  ) {}

  private async font(key: FontKey): Promise<PDFFont> {
    let font = this.fonts.get(key);
    if (!font) {
      font = await this.doc.embedFont(fontBytes(key), { subset: true });
      this.fonts.set(key, font);
    }
    return font;
  }

  /** Draws one line; shrinks it to fit `maxWidth`; `align` places it in the page or a column. */
  async line(
    text: string,
    y: number,
    size: number,
    options: {
      maxWidth?: number;
      align?: 'center' | 'left' | 'right';
      x?: number;
      color?: typeof INK;
    } = {},
  ): Promise<void> {
    if (!text) return;
    const runs = await Promise.all(
      layoutLine(text).map(async (run) => ({ ...run, pdfFont: await this.font(run.font) })),
    );
    const widthAt = (s: number) =>
      runs.reduce((sum, r) => sum + r.pdfFont.widthOfTextAtSize(r.text, s), 0);
    const maxWidth = options.maxWidth ?? WIDTH - 120;
    const natural = widthAt(size);
    const fitted = natural > maxWidth ? Math.max(7, (size * maxWidth) / natural) : size;
    const width = widthAt(fitted);
    const align = options.align ?? 'center';
    let x =
      align === 'center'
        ? (WIDTH - width) / 2
        : align === 'left'
          ? (options.x ?? 60)
          : (options.x ?? WIDTH - 60) - width;
    for (const run of runs) {
      this.page.drawText(run.text, {
        x,
        y,
        size: fitted,
        font: run.pdfFont,
        color: options.color ?? INK,
      });
      x += run.pdfFont.widthOfTextAtSize(run.text, fitted);
    }
  }
}

/** Renders the certificate; labels in the reader's language, names and titles as written. */
export async function renderCertificatePdf(
  certificate: Certificate,
  text: PdfText,
): Promise<Uint8Array> {
  const { t } = text;
  const doc = await PDFDocument.create();
  doc.registerFontkit(patchedFontkit);
  const issued = new Date(certificate.issuedAt);
  doc.setTitle(`${t('certificates.pdf.heading')} — ${certificate.recipientName}`);
  doc.setAuthor(certificate.issuers.join(', '));
  doc.setSubject(text.title);
  doc.setProducer('LPHM');
  doc.setCreator('LPHM');
  doc.setCreationDate(issued);
  doc.setModificationDate(issued);
  const page = doc.addPage([WIDTH, HEIGHT]);
  page.drawRectangle({
    x: 24,
    y: 24,
    width: WIDTH - 48,
    height: HEIGHT - 48,
    borderColor: ACCENT,
    borderWidth: 2,
  });
  const w = new Writer(doc, page);
  await w.line(t('common.platformName'), 515, 14, { color: ACCENT });
  await w.line(t('certificates.pdf.heading'), 455, 32);
  await w.line(t('certificates.pdf.certifies'), 410, 14);
  await w.line(certificate.recipientName, 360, 30);
  const achievement = certificate.kind === 'event' ? 'attended' : 'completed';
  await w.line(t(`certificates.pdf.${achievement}`), 318, 14);
  await w.line(text.title, 278, 22, { maxWidth: 700 });
  const dates =
    certificate.startsOn && certificate.endsOn
      ? t('certificates.dates', {
          start: text.formatDate(certificate.startsOn),
          end: text.formatDate(certificate.endsOn),
        })
      : '';
  const hours =
    certificate.hours > 0
      ? t('certificates.hours', { hours: text.formatNumber(certificate.hours) })
      : '';
  await w.line([dates, hours].filter(Boolean).join(' · '), 240, 12);
  await w.line(
    t('certificates.pdf.issuedBy', { issuers: certificate.issuers.join(', ') }),
    205,
    12,
    {
      maxWidth: 700,
    },
  );
  const signatory = certificate.signatoryName || t('certificates.pdf.platformSignatory');
  page.drawLine({ start: { x: 80, y: 128 }, end: { x: 330, y: 128 }, color: INK, thickness: 0.5 });
  await w.line(signatory, 110, 12, { align: 'left', x: 80, maxWidth: 250 });
  await w.line(
    certificate.signatoryName
      ? t('certificates.pdf.facilitator')
      : t('certificates.pdf.coordination'),
    94,
    10,
    { align: 'left', x: 80, maxWidth: 250 },
  );
  await w.line(
    t('certificates.pdf.issuedOn', { date: text.formatDate(certificate.issuedAt) }),
    110,
    12,
    { align: 'right', x: WIDTH - 80, maxWidth: 300 },
  );
  await w.line(t('certificates.pdf.verify', { url: text.verifyUrl }), 56, 9, { color: ACCENT });
  await w.line(t('certificates.pdf.code', { code: certificate.code }), 42, 9);
  return doc.save();
}
