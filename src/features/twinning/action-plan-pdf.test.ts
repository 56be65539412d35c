import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PDFDocument } from 'pdf-lib';
import { renderActionPlanPdf } from './action-plan-pdf.ts';

test('the action plan PDF puts fourteen actions on a page and fits long text in any script', async () => {
  const rows = Array.from({ length: 30 }, (_, i) => ({
    cells: [
      String(i + 1),
      `${'Très longue action de sensibilisation '.repeat(4)} ${i}`,
      'Płock — Анна Иванова',
      '1 June 2026',
      'مخطط له',
      '12,000 €',
      '居民的正面看法 (%)',
    ],
    late: i % 3 === 0,
    detail: i % 2 === 0 ? 'City budget · risks: elections' : '',
  }));
  const bytes = await renderActionPlanPdf({
    title: 'Action plan: Antwerp–Płock',
    subtitle: ['Antwerp · Płock', '1 January 2026 to 31 December 2026'],
    headers: ['#', 'Action', 'Owner', 'Due', 'Status', 'Cost', 'Indicator'],
    rows,
    empty: 'No actions',
    pageLabel: (page, pages) => `Page ${page} of ${pages}`,
  });
  assert.equal(Buffer.from(bytes.subarray(0, 5)).toString(), '%PDF-');
  const doc = await PDFDocument.load(bytes);
  assert.equal(doc.getPageCount(), 3);
  assert.equal(doc.getTitle(), 'Action plan: Antwerp–Płock');
});
