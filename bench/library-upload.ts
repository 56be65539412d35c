import { randomBytes } from 'node:crypto';
import {
  createReadStream,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import {
  concatTransformationMatrix,
  drawObject,
  PDFDocument,
  popGraphicsState,
  pushGraphicsState,
} from 'pdf-lib';
import { buildApp } from '../src/app.ts';
import { dialectOf } from '../src/db/database.ts';
import { jobHandlers } from '../src/jobs/handlers.ts';
import { runDueJobs } from '../src/jobs/jobs.ts';
import { extractPdfText } from '../src/features/library/pdf-text.ts';
import { createResource } from '../test/factories/library.ts';
import { createOfficial } from '../test/factories/officials.ts';
import { createOrganisation } from '../test/factories/organisations.ts';
import { textPdf } from '../test/factories/pdf.ts';
import { signIn } from '../test/support/sign-in.ts';
import { createTestDatabase } from '../test/support/database.ts';
import { startClock } from './clock.ts';
import { formatTable, int, ms } from './table.ts';

// `npm run bench:library-upload`: the memory a 20 MB PDF costs the server, on SQLite (and on
// PostgreSQL too when DATABASE_URL is a postgres:// URL). The app runs in this process on a real
// port; a partner editor uploads the file through the editor's upload route (streamed from disk
// over HTTP), then the queued text extraction job runs. For each step: the time, the peak growth
// of the process's RSS (sampled every 10 ms by a worker thread, so a busy main thread does not
// hide a peak) and of V8 heap + Buffers (sampled every 10 ms on the main thread), and that growth
// ÷ the file size (aim: ≤ 2). The baseline, in the same run: reading the file's bytes once.

const TARGET_BYTES = 20_000_000;
const AIM = 2;
const clock = startClock(15 * 60_000);
const gc = (globalThis as { gc?: () => void }).gc;

/** A PDF of a few pages of text, then pages of incompressible images up to about 20 MB. */
async function bigPdf(): Promise<Buffer> {
  const text = await textPdf({
    title: 'Migration and the city: a benchmark report',
    paragraphs: [
      'Local authorities are at the forefront of migration governance: they welcome newcomers, provide public services and build social cohesion in neighbourhoods.',
      'Ville accueillante — élèves, équité, hôpital. Ciudad de acogida: niños, educación.',
    ],
    repeat: 40,
  });
  const doc = await PDFDocument.load(text);
  const side = 1024;
  let left = TARGET_BYTES - text.length - 64 * 1024;
  while (left > 0) {
    const rows = Math.min(side, Math.floor(left / (side * 3)));
    if (rows < 1) break;
    const pixels = randomBytes(side * rows * 3);
    left -= pixels.length;
    const image = doc.context.register(
      doc.context.stream(pixels, {
        Type: 'XObject',
        Subtype: 'Image',
        Width: side,
        Height: rows,
        ColorSpace: 'DeviceRGB',
        BitsPerComponent: 8,
      }),
    );
    const page = doc.addPage([595, 842]);
    const name = page.node.newXObject('Im', image);
    page.pushOperators(
      pushGraphicsState(),
      concatTransformationMatrix(500, 0, 0, (500 * rows) / side, 48, 300),
      drawObject(name),
      popGraphicsState(),
    );
  }
  return Buffer.from(await doc.save({ useObjectStreams: false }));
}

/** Peak RSS, sampled by a thread of its own. */
function startRssSampler() {
  const worker = new Worker(
    `const { parentPort } = require('node:worker_threads');
     let peak = 0;
     setInterval(() => { peak = Math.max(peak, process.memoryUsage.rss()); }, 10);
     parentPort.on('message', (m) => {
       if (m === 'reset') peak = process.memoryUsage.rss();
       parentPort.postMessage(peak);
     });`,
    { eval: true },
  );
  const ask = (m: string) =>
    new Promise<number>((resolve) => {
      worker.once('message', resolve);
      worker.postMessage(m);
    });
  return { reset: () => ask('reset'), peak: () => ask('peak'), stop: () => worker.terminate() };
}

interface Step {
  label: string;
  ms: number;
  rss: number;
  mem: number;
}

const rss = startRssSampler();

async function step<T>(label: string, f: () => Promise<T>): Promise<{ step: Step; result: T }> {
  // Two collections apart: Buffers' memory is freed after the collection that finds them.
  for (let i = 0; i < 2; i++) {
    gc?.();
    await new Promise((r) => setTimeout(r, 100));
  }
  const memNow = () => {
    const m = process.memoryUsage();
    return m.heapUsed + m.external;
  };
  const baseMem = memNow();
  const baseRss = await rss.reset();
  let peakMem = baseMem;
  const timer = setInterval(() => (peakMem = Math.max(peakMem, memNow())), 10);
  const t0 = performance.now();
  const result = await f();
  const took = performance.now() - t0;
  clearInterval(timer);
  peakMem = Math.max(peakMem, memNow());
  const peakRss = await rss.peak();
  return { step: { label, ms: took, rss: peakRss - baseRss, mem: peakMem - baseMem }, result };
}

/** Posts the file as the editor's upload form does (CSRF first), streamed from disk. */
function postFile(url: string, cookie: string, csrf: string, path: string): Promise<number> {
  const b = `----lphm${randomBytes(8).toString('hex')}`;
  const field = (name: string, value: string) =>
    `--${b}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
  const head =
    field('_csrf', csrf) +
    field('language', 'en') +
    `--${b}\r\nContent-Disposition: form-data; name="file"; filename="report.pdf"\r\n` +
    'Content-Type: application/pdf\r\n\r\n';
  const tail = `\r\n--${b}--\r\n`;
  const length = Buffer.byteLength(head) + statSync(path).size + Buffer.byteLength(tail);
  return new Promise((resolve, reject) => {
    const req = request(url, {
      method: 'POST',
      headers: {
        'content-type': `multipart/form-data; boundary=${b}`,
        'content-length': length,
        cookie,
      },
    });
    req.on('response', (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.write(head);
    const file = createReadStream(path);
    file.on('error', reject);
    file.on('end', () => req.end(tail));
    file.pipe(req, { end: false });
  });
}

async function benchDatabase(label: string, path: string, size: number): Promise<string[][]> {
  const t = await createTestDatabase();
  const app = await buildApp(t.deps);
  try {
    await app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = app.server.address() as AddressInfo;
    const org = await createOrganisation(t.deps, { kind: 'un_agency', name: 'Bench partner' });
    const editor = await createOfficial(t.deps, {
      roles: ['partner_editor'],
      partnerOrganisationId: org.id,
    });
    const resource = await createResource(t.deps, {
      organisationId: org.id,
      status: 'draft',
      createdBy: editor.id,
      title: 'Benchmark upload',
    });
    const client = await signIn(app, editor);
    const csrf = await client.csrfFrom(`/library/${resource.slug}/files`);
    const cookie = [...client.cookies].map(([k, v]) => `${k}=${v}`).join('; ');

    // pdfjs loads its parser's code on first use: a cost of the process, not of a file.
    await extractPdfText(await textPdf({ title: 'Warm-up', paragraphs: ['pdfjs'] }));
    clock.progress(` ${label}: baseline, upload, extraction…`);
    const baseline = await step('read the file once (baseline)', async () => readFileSync(path));
    const upload = await step('upload (POST /library/:slug/files)', () =>
      postFile(`http://127.0.0.1:${port}/library/${resource.slug}/files`, cookie, csrf, path),
    );
    if (upload.result !== 303) throw new Error(`upload answered ${upload.result}, not 303`);
    const extraction = await step('text extraction job', () => runDueJobs(t.deps, jobHandlers));
    const row = await t.deps.db
      .selectFrom('resource_files')
      .select(['extraction_status', 'extraction_error', 'extracted_text'])
      .where('resource_id', '=', resource.id)
      .executeTakeFirstOrThrow();
    clock.progress(
      ` ${label}: extraction ${row.extraction_status} ${row.extraction_error}, ` +
        `${int(row.extracted_text.length)} characters`,
    );
    const mb = (n: number) => (n / 1e6).toFixed(1);
    const ratio = (n: number) => `${(n / size).toFixed(2)}×`;
    return [baseline.step, upload.step, extraction.step].map((s) => [
      label,
      s.label,
      ms(s.ms),
      mb(s.rss),
      ratio(s.rss),
      mb(s.mem),
      ratio(s.mem),
      Math.max(s.rss, s.mem) / size > AIM ? 'over' : 'ok',
    ]);
  } finally {
    await app.close();
    await t.close();
  }
}

const dir = mkdtempSync(join(tmpdir(), 'lphm-upload-'));
try {
  clock.progress(' building a 20 MB PDF…');
  const pdf = await bigPdf();
  const path = join(dir, 'report.pdf');
  writeFileSync(path, pdf);
  const size = pdf.length;
  // Each run takes its database from DATABASE_URL (test/support/database.ts): '' is SQLite.
  const postgres = process.env.DATABASE_URL ?? '';
  const bases: Array<[string, string]> = [['sqlite', '']];
  if (dialectOf(postgres) === 'postgres') bases.push(['postgres', postgres]);
  const rows: string[][] = [];
  for (const [label, url] of bases) {
    process.env.DATABASE_URL = url;
    rows.push(...(await benchDatabase(label, path, size)));
  }
  process.env.DATABASE_URL = postgres;
  console.log('\nLPHM library upload benchmark');
  for (const line of clock.machineLines()) console.log(line);
  console.log(`  file: ${int(size)} bytes (a PDF of text pages and incompressible images)`);
  console.log(
    `  growth: peak minus the value before the step${gc ? ', after a full GC' : ' (run with --expose-gc for steadier figures)'}; ` +
      `÷ file = growth ÷ file size (aim: both ≤ ${AIM})\n`,
  );
  console.log(
    formatTable(
      ['db', 'step', 'ms', 'RSS +MB', '÷ file', 'heap+Buffers +MB', '÷ file', `≤ ${AIM}×`],
      rows,
    ),
  );
} finally {
  await rss.stop();
  rmSync(dir, { recursive: true, force: true });
  clock.finish();
}
