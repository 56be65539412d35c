import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

// The ceiling a page is compared with: plain node:http sending the same bytes with the same
// content type, from memory. PAGES is a JSON file: { "/path": { "file": …, "type": … } }.

const manifest = JSON.parse(readFileSync(process.env.PAGES ?? '', 'utf8')) as Record<
  string,
  { file: string; type: string }
>;
const pages = new Map(
  Object.entries(manifest).map(([path, p]) => [path, { body: readFileSync(p.file), type: p.type }]),
);

createServer((req, res) => {
  const page = pages.get(req.url ?? '') ?? pages.values().next().value;
  if (!page) return res.writeHead(404).end();
  res.writeHead(200, { 'content-type': page.type, 'content-length': page.body.length });
  res.end(page.body);
}).listen(Number(process.env.PORT), process.env.HOST ?? '127.0.0.1');
