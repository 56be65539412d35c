import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { fontBytes, patchedFontkit, type FontKey } from '../certificates/pdf/fonts.ts';
import { layoutLine } from '../certificates/pdf/text-runs.ts';
import type { ActionPlanTable } from './action-plan.ts';

// The action plan as a landscape A4 PDF: a title block, then a table of ROWS_PER_PAGE actions per
// page. Text is cut into script runs and drawn with the certificates' Noto fonts (Latin with
// Cyrillic, Arabic, Chinese), so names in any of the six languages come out right.

const WIDTH = 842;
const HEIGHT = 595;
const MARGIN = 36;
const ROWS_PER_PAGE = 14;
const ROW_HEIGHT = 30;
const INK = rgb(0.12, 0.16, 0.22);
const MUTED = rgb(0.4, 0.45, 0.5);
const LATE = rgb(0.7, 0.1, 0.1);
// Column widths (points), in the order of ActionPlanTable.headers; they add up to WIDTH - 2·MARGIN.
const COLUMNS = [24, 190, 130, 70, 80, 80, 196];

class Writer {
  private readonly fonts = new Map<FontKey, PDFFont>();
  constructor(private readonly doc: PDFDocument) {}

  private async font(key: FontKey): Promise<PDFFont> {
    let font = this.fonts.get(key);
    if (!font)
      this.fonts.set(key, (font = await this.doc.embedFont(fontBytes(key), { subset: true })));
    return font;
  }

  /** One line at (x, y), shrunk (to 6 pt at least) and then cut with "…" to fit `maxWidth`. */
  async text(
    page: PDFPage,
    text: string,
    x: number,
    y: number,
    size: number,
    maxWidth: number,
    color = INK,
  ): Promise<void> {
    let shown = text.replace(/\s+/g, ' ').trim();
    if (!shown) return;
    for (;;) {
      const runs = await Promise.all(
        layoutLine(shown).map(async (r) => ({ ...r, pdfFont: await this.font(r.font) })),
      );
      const widthAt = (s: number) =>
        runs.reduce((sum, r) => sum + r.pdfFont.widthOfTextAtSize(r.text, s), 0);
      const fitted = Math.max(6, Math.min(size, (size * maxWidth) / Math.max(1, widthAt(size))));
      if (widthAt(fitted) <= maxWidth || shown.length <= 2) {
        let at = x;
        for (const r of runs) {
          page.drawText(r.text, { x: at, y, size: fitted, font: r.pdfFont, color });
          at += r.pdfFont.widthOfTextAtSize(r.text, fitted);
        }
        return;
      }
      shown = `${[...shown].slice(0, -2).join('')}…`;
    }
  }
}

/** Renders the table (headers and cells already translated and formatted). */
export async function renderActionPlanPdf(table: ActionPlanTable): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(patchedFontkit);
  doc.setTitle(table.title);
  doc.setProducer('LPHM');
  doc.setCreator('LPHM');
  const w = new Writer(doc);
  const pages = Math.max(1, Math.ceil(table.rows.length / ROWS_PER_PAGE));
  for (let p = 0; p < pages; p++) {
    const page = doc.addPage([WIDTH, HEIGHT]);
    let y = HEIGHT - MARGIN - 14;
    await w.text(page, table.title, MARGIN, y, 16, WIDTH - 2 * MARGIN);
    y -= 18;
    for (const line of table.subtitle) {
      await w.text(page, line, MARGIN, y, 9, WIDTH - 2 * MARGIN, MUTED);
      y -= 12;
    }
    await w.text(page, table.pageLabel(p + 1, pages), MARGIN, MARGIN - 14, 8, 300, MUTED);
    y -= 10;
    const drawRow = async (cells: string[], size: number, color = INK) => {
      let x = MARGIN;
      for (const [i, cell] of cells.entries()) {
        await w.text(page, cell, x + 2, y, size, COLUMNS[i]! - 6, color);
        x += COLUMNS[i]!;
      }
    };
    await drawRow(table.headers, 8, MUTED);
    y -= 6;
    page.drawLine({
      start: { x: MARGIN, y },
      end: { x: WIDTH - MARGIN, y },
      thickness: 0.5,
      color: MUTED,
    });
    y -= 14;
    const slice = table.rows.slice(p * ROWS_PER_PAGE, (p + 1) * ROWS_PER_PAGE);
    if (slice.length === 0) await w.text(page, table.empty, MARGIN, y, 10, 500);
    for (const row of slice) {
      await drawRow(row.cells, 9, row.late ? LATE : INK);
      if (row.detail)
        await w.text(page, row.detail, MARGIN + COLUMNS[0]! + 2, y - 11, 7, 560, MUTED);
      y -= ROW_HEIGHT;
    }
  }
  return doc.save();
}
