import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { isAppError } from '../web/errors.ts';
import { createTestApp, type TestApp } from '../../test/support/app.ts';
import { incomingFile, smallPdf, smallPng } from '../../test/factories/files.ts';
import { sanitiseFileName } from './file-name.ts';
import { detectAcceptedType } from './file-types.ts';
import { openFile, storeUpload } from './files.service.ts';
import { contentDisposition } from './send.ts';
import { acceptUpload } from './upload.ts';

const incoming = incomingFile;

async function refused(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (err) {
    assert.ok(isAppError(err));
    return `${err.code} ${err.messageKey}`;
  }
  assert.fail('expected an AppError');
}

describe('file types are recognised by content', () => {
  it('accepts a real PDF and PNG whatever they are called', async () => {
    assert.deepEqual(await detectAcceptedType(smallPdf()), {
      ext: 'pdf',
      mediaType: 'application/pdf',
    });
    const png = await acceptUpload(incoming('photo.pdf', smallPng()), 1000);
    assert.equal(png.mediaType, 'image/png');
    assert.equal(png.name, 'photo.png');
  });

  it('refuses HTML named .pdf and SVG with script (415)', async () => {
    const html = Buffer.from('<!doctype html><html><body><script>alert(1)</script></body></html>');
    const svg = Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
    );
    assert.equal(
      await refused(acceptUpload(incoming('report.pdf', html), 10_000)),
      'UNSUPPORTED_MEDIA files.errors.unsupportedType',
    );
    assert.equal(
      await refused(acceptUpload(incoming('drawing.svg', svg), 10_000)),
      'UNSUPPORTED_MEDIA files.errors.unsupportedType',
    );
  });

  it('tells legacy Word files from other compound files', async () => {
    const cfb = Buffer.alloc(1024);
    cfb.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    assert.equal(await detectAcceptedType(cfb), undefined);
    cfb.write('WordDocument\0', 512, 'utf16le');
    assert.deepEqual(await detectAcceptedType(cfb), {
      ext: 'doc',
      mediaType: 'application/msword',
    });
  });

  it('refuses a file over the limit (413) and an empty one (400)', async () => {
    const pdf = smallPdf();
    assert.equal(
      await refused(acceptUpload(incoming('big.pdf', pdf, pdf), pdf.length + 10)),
      'TOO_LARGE files.errors.tooLarge',
    );
    assert.equal(
      await refused(acceptUpload(incoming('empty.pdf'), 100)),
      'VALIDATION files.errors.empty',
    );
  });
});

describe('file names', () => {
  it('keeps the last path segment and the detected extension', () => {
    assert.equal(sanitiseFileName('../../etc/passwd', 'pdf'), 'passwd.pdf');
    assert.equal(sanitiseFileName('C:\\Users\\x\\..\\report.docx', 'pdf'), 'report.pdf');
    assert.equal(sanitiseFileName('..', 'png'), 'file.png');
    assert.equal(sanitiseFileName('.hidden.exe', 'png'), 'hidden.png');
  });

  it('removes control and bidirectional characters and limits the length', () => {
    assert.equal(sanitiseFileName('inv\u202Eoice\u0000\n.pdf', 'pdf'), 'invoice.pdf');
    assert.equal(sanitiseFileName('a<b>:c?.pdf', 'pdf'), 'a_b__c_.pdf');
    assert.equal(sanitiseFileName(`${'é'.repeat(300)}.pdf`, 'pdf'), `${'é'.repeat(100)}.pdf`);
    assert.equal(sanitiseFileName('Rapport été 2013.pdf', 'pdf'), 'Rapport été 2013.pdf');
  });

  it('offers the name for download in RFC 5987 form', () => {
    assert.equal(
      contentDisposition('été "x".pdf'),
      `attachment; filename="_t_ _x_.pdf"; filename*=UTF-8''%C3%A9t%C3%A9%20%22x%22.pdf`,
    );
  });
});

describe('the database file store', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp();
  });
  after(() => t.close());

  it('stores the same content once, even when stored twice at the same time', async () => {
    const upload = await acceptUpload(incoming('a.pdf', smallPdf('same')), 10_000);
    const [a, b] = await Promise.all([
      storeUpload(t.deps.db, upload),
      storeUpload(t.deps.db, { ...upload, name: 'b.pdf' }),
    ]);
    assert.equal(a.id, b.id);
    const stored = await openFile(t.deps.db, a.id);
    assert.ok(stored);
    assert.equal(stored.mediaType, 'application/pdf');
    assert.equal(stored.size, upload.size);
    assert.ok(stored.bytes.equals(upload.bytes));
    assert.equal(await openFile(t.deps.db, a.id + 1000), undefined);
  });
});
