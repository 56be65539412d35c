import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import * as office from '../../../test/factories/office.ts';
import { createResource, type ResourceFileOptions } from '../../../test/factories/library.ts';
import { createOrganisation } from '../../../test/factories/organisations.ts';
import { textPdf } from '../../../test/factories/pdf.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/support/database.ts';
import type { Deps } from '../../deps.ts';
import { jobHandlers } from '../../jobs/handlers.ts';
import { runDueJobs } from '../../jobs/jobs.ts';
import { foldForSearch } from '../../search/text.ts';
import { EXTRACT_TEXT_JOB, extractTextJob } from './text-extraction.ts';
import { queueTextExtraction } from './text-extraction-queue.ts';
import { recordExtraction, selectFileToExtract } from './text-extraction.queries.ts';

// The extraction job on a real database: files of each kind, the result recorded on the
// resource's file, and the resource found (or not) by its words in the search index.

/** Ids of resources whose indexed `column` holds these words in a row. */
async function foundBy(deps: Deps, column: 'title' | 'body', words: string): Promise<number[]> {
  const folded = foldForSearch(words);
  const rows =
    deps.dialect === 'postgres'
      ? await sql<{ id: number }>`SELECT resource_id AS id FROM resource_search
          WHERE ${sql.ref(column)} @@ phraseto_tsquery('simple', ${folded})`.execute(deps.db)
      : await sql<{ id: number }>`SELECT rowid AS id FROM resource_search
          WHERE resource_search MATCH ${`${column} : "${folded}"`}`.execute(deps.db);
  return rows.rows.map((r) => Number(r.id));
}

/** A PDF whose trailer names an /Encrypt dictionary with a user password (not the empty one). */
function encryptedPdf(): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>',
    `<< /Filter /Standard /V 1 /R 2 /O <${'01'.repeat(32)}> /U <${'02'.repeat(32)}> /P -4 >>`,
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  out += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Encrypt 4 0 R /ID [<${'03'.repeat(16)}> <${'03'.repeat(16)}>] >>\n`;
  out += `startxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c63f8ffff3f0005fe02fea7d6a4e70000000049454e44ae426082',
  'hex',
);

describe('text extraction job', () => {
  let t: TestDatabase;
  let organisationId: number;

  before(async () => {
    t = await createTestDatabase();
    organisationId = (await createOrganisation(t.deps, { kind: 'un_agency', name: 'IOM' })).id;
  });
  after(() => t.close());

  /** A resource with one file waiting for extraction: the resource's and the file's ids. */
  async function withFile(title: string, file: ResourceFileOptions) {
    const { id } = await createResource(t.deps, { organisationId, title, files: [file] });
    const row = await t.deps.db
      .selectFrom('resource_files')
      .select('id')
      .where('resource_id', '=', id)
      .executeTakeFirstOrThrow();
    return { resourceId: id, fileId: row.id };
  }

  function fileRow(id: number) {
    return t.deps.db
      .selectFrom('resource_files')
      .select(['extraction_status', 'extraction_error', 'extracted_text', 'extracted_at'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
  }

  const PDFS: Array<[language: string, paragraph: string, search: string]> = [
    ['en', 'Welcoming migrants in municipal services: a toolkit', 'municipal services'],
    ['fr', 'Les élèves étrangers à l’école : équité et réussite', 'élèves étrangers'],
    ['es', 'Integración de niños migrantes en la educación pública', 'niños migrantes'],
    ['zh', '城市移民融入与公共服务指南', '移民融入'],
    ['ar', 'دليل الحوكمة المحلية للهجرة في المدن', 'الحوكمة المحلية'],
  ];

  for (const [language, paragraph, search] of PDFS)
    it(`finds a resource by the words of its PDF in ${language}`, async () => {
      const bytes = await textPdf({ title: `Report ${language}`, paragraphs: [paragraph] });
      const { resourceId, fileId } = await withFile(`Untitled ${language}`, {
        bytes,
        name: 'report.pdf',
        language,
      });
      assert.deepEqual(await foundBy(t.deps, 'body', search), []);
      await extractTextJob(t.deps, { resourceFileId: fileId });
      const row = await fileRow(fileId);
      assert.equal(row.extraction_status, 'done');
      assert.equal(row.extraction_error, '');
      assert.ok(row.extracted_text.includes(paragraph), row.extracted_text);
      assert.ok(row.extracted_at);
      assert.deepEqual(await foundBy(t.deps, 'body', search), [resourceId]);
    });

  it('records an encrypted PDF as failed, and the resource stays findable by its title', async () => {
    const { resourceId, fileId } = await withFile('Locked annual review', {
      bytes: encryptedPdf(),
      name: 'locked.pdf',
    });
    await extractTextJob(t.deps, { resourceFileId: fileId });
    const row = await fileRow(fileId);
    assert.equal(row.extraction_status, 'failed');
    assert.equal(row.extraction_error, 'encrypted');
    assert.equal(row.extracted_text, '');
    assert.deepEqual(await foundBy(t.deps, 'title', 'locked annual review'), [resourceId]);
  });

  it('records a truncated PDF as failed (corrupt)', async () => {
    const whole = await textPdf({ title: 'Cut short', paragraphs: ['Never read'], repeat: 20 });
    const { fileId } = await withFile('Cut short', {
      bytes: whole.subarray(0, Math.floor(whole.length / 2)),
      name: 'cut.pdf',
    });
    await extractTextJob(t.deps, { resourceFileId: fileId });
    const row = await fileRow(fileId);
    assert.deepEqual([row.extraction_status, row.extraction_error], ['failed', 'corrupt']);
  });

  it('refuses a zip bomb dressed as a docx quickly, as too large', async () => {
    const bytes = await office.docxBomb(80);
    assert.ok(bytes.length < 1024 * 1024, `the bomb is small (${bytes.length} bytes)`);
    const { resourceId, fileId } = await withFile('Bomb', {
      bytes,
      name: 'bomb.docx',
      mediaType: office.DOCX,
    });
    const started = Date.now();
    await extractTextJob(t.deps, { resourceFileId: fileId });
    assert.ok(Date.now() - started < 5000, `took ${Date.now() - started} ms`);
    const row = await fileRow(fileId);
    assert.deepEqual([row.extraction_status, row.extraction_error], ['failed', 'too_large']);
    assert.deepEqual(await foundBy(t.deps, 'title', 'bomb'), [resourceId]);
  });

  const OFFICE: Array<[string, string, () => Promise<Buffer>, string]> = [
    [
      'docx',
      office.DOCX,
      () => office.docx(['Rapport sur la cohésion sociale']),
      'cohésion sociale',
    ],
    [
      'xlsx',
      office.XLSX,
      () => office.xlsx(['Indicadores de integración', '42']),
      'indicadores de integración',
    ],
    [
      'pptx',
      office.PPTX,
      () => office.pptx(['Первый слайд', 'Городская миграция']),
      'городская миграция',
    ],
    [
      'odt',
      office.ODT,
      () => office.odt(['Partenariats entre villes jumelles']),
      'villes jumelles',
    ],
  ];

  for (const [ext, mediaType, make, search] of OFFICE)
    it(`finds a resource by the words of its ${ext} file`, async () => {
      const { resourceId, fileId } = await withFile(`Office ${ext}`, {
        bytes: await make(),
        name: `file.${ext}`,
        mediaType,
      });
      await extractTextJob(t.deps, { resourceFileId: fileId });
      assert.equal((await fileRow(fileId)).extraction_status, 'done');
      assert.deepEqual(await foundBy(t.deps, 'body', search), [resourceId]);
    });

  it('stores text without the control characters a file may hold', async () => {
    const body = office
      .wordBody(['Nul\u0000byte\u0007 and\r\nline'])
      .replace('byte', 'byte&#1;&#0;');
    const { fileId } = await withFile('Controls', {
      bytes: await office.zip([{ name: 'word/document.xml', data: body }]),
      name: 'controls.docx',
      mediaType: office.DOCX,
    });
    await extractTextJob(t.deps, { resourceFileId: fileId });
    const row = await fileRow(fileId);
    assert.equal(row.extraction_status, 'done');
    assert.equal(row.extracted_text, 'Nulbyte and\nline');
  });

  it('marks an image as having no text to extract', async () => {
    const { fileId } = await withFile('A map', {
      bytes: PNG,
      name: 'map.png',
      mediaType: 'image/png',
    });
    await extractTextJob(t.deps, { resourceFileId: fileId });
    const row = await fileRow(fileId);
    assert.deepEqual([row.extraction_status, row.extraction_error], ['not_applicable', '']);
  });

  it('records a legacy Word file as unsupported', async () => {
    const { fileId } = await withFile('Old memo', {
      bytes: Buffer.from('not really a compound file'),
      name: 'memo.doc',
      mediaType: 'application/msword',
    });
    await extractTextJob(t.deps, { resourceFileId: fileId });
    const row = await fileRow(fileId);
    assert.deepEqual([row.extraction_status, row.extraction_error], ['failed', 'unsupported']);
  });

  it('does nothing for a file that no longer exists or a payload that is not one', async () => {
    await extractTextJob(t.deps, { resourceFileId: 987_654 });
    await extractTextJob(t.deps, { resourceFileId: 'x' });
    await extractTextJob(t.deps, null);
  });

  it('writes nothing for a file removed while its text was being read', async () => {
    const bytes = await office.docx(['Removed meanwhile']);
    const { fileId } = await withFile('Removed', { bytes, name: 'r.docx', mediaType: office.DOCX });
    assert.equal((await selectFileToExtract(t.deps.db, fileId))?.status, 'pending');
    await t.deps.db.deleteFrom('resource_files').where('id', '=', fileId).execute();
    const at = new Date().toISOString();
    const recorded = await recordExtraction(t.deps.db, fileId, {
      status: 'done',
      error: '',
      text: 'Removed meanwhile',
      at,
    });
    assert.equal(recorded, undefined);
    assert.deepEqual(await foundBy(t.deps, 'body', 'removed meanwhile'), []);
  });

  it('changes nothing when it runs again, or twice at once', async () => {
    const bytes = await textPdf({ title: 'Twice', paragraphs: ['Resettlement pathways'] });
    const { resourceId, fileId } = await withFile('Twice', { bytes, name: 'twice.pdf' });
    await Promise.all([
      extractTextJob(t.deps, { resourceFileId: fileId }),
      extractTextJob(t.deps, { resourceFileId: fileId }),
    ]);
    const first = await fileRow(fileId);
    await extractTextJob(t.deps, { resourceFileId: fileId });
    assert.deepEqual(await fileRow(fileId), first);
    assert.equal(first.extraction_status, 'done');
    assert.deepEqual(await foundBy(t.deps, 'body', 'resettlement pathways'), [resourceId]);
  });

  it('is run by the job queue once queued with the file', async () => {
    assert.equal(jobHandlers[EXTRACT_TEXT_JOB], extractTextJob);
    const bytes = await office.docx(['Community policing and trust']);
    const { resourceId, fileId } = await withFile('Queued', {
      bytes,
      name: 'queued.docx',
      mediaType: office.DOCX,
    });
    await queueTextExtraction(t.deps.db, fileId);
    assert.ok((await runDueJobs(t.deps, jobHandlers)) >= 1);
    assert.equal((await fileRow(fileId)).extraction_status, 'done');
    assert.deepEqual(await foundBy(t.deps, 'body', 'community policing'), [resourceId]);
  });
});
