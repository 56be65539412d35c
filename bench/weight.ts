import { request } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';

// Page weight as the wire sees it: the HTML fetched compressed (br, gzip), then every stylesheet,
// script, image, font and preload it names (and the fonts and images its CSS names), each fetched
// compressed too. Counts what a first visit with an empty cache has to download.

export interface Resource {
  url: string;
  status: number;
  encoding: string;
  /** Response body bytes on the wire (compressed when the server compressed). */
  wire: number;
  /** Status line and headers, as sent. */
  headers: number;
}

export interface PageWeight {
  path: string;
  resources: Resource[];
  wireBytes: number;
  headerBytes: number;
  /** Addresses on other hosts, not fetched (the budget forbids them anyway). */
  external: string[];
}

interface Raw extends Resource {
  type: string;
  body: Buffer;
}

function get(url: string): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      { headers: { 'accept-encoding': 'br, gzip' }, timeout: 10_000 },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('error', reject);
        res.on('end', () => {
          const wire = Buffer.concat(chunks);
          const encoding = String(res.headers['content-encoding'] ?? 'identity');
          let headers = `HTTP/1.1 ${res.statusCode} ${res.statusMessage}\r\n\r\n`.length;
          for (let i = 0; i < res.rawHeaders.length; i += 2)
            headers += `${res.rawHeaders[i]}: ${res.rawHeaders[i + 1]}\r\n`.length;
          const body =
            encoding === 'br'
              ? brotliDecompressSync(wire)
              : encoding === 'gzip'
                ? gunzipSync(wire)
                : wire;
          resolve({
            url,
            status: res.statusCode ?? 0,
            encoding,
            wire: wire.length,
            headers,
            type: String(res.headers['content-type'] ?? ''),
            body,
          });
        });
      },
    );
    req.on('timeout', () => req.destroy(new Error(`timeout fetching ${url}`)));
    req.on('error', reject);
    req.end();
  });
}

const unescape = (s: string) =>
  s
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'");

function attribute(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  const value = m?.[1] ?? m?.[2] ?? m?.[3];
  return value === undefined ? undefined : unescape(value);
}

/** The addresses a browser would fetch for this HTML: stylesheets, preloads, icons, scripts, images. */
export function subresourcesOfHtml(html: string): string[] {
  const out: string[] = [];
  for (const tag of html.match(/<link\b[^>]*>/gi) ?? []) {
    const rel = (attribute(tag, 'rel') ?? '').toLowerCase().split(/\s+/);
    const href = attribute(tag, 'href');
    if (
      href &&
      rel.some((r) => ['stylesheet', 'preload', 'modulepreload', 'icon', 'manifest'].includes(r))
    )
      out.push(href);
  }
  for (const tag of html.match(/<(?:script|img|source)\b[^>]*>/gi) ?? []) {
    const src = attribute(tag, 'src');
    if (src) out.push(src);
  }
  return out;
}

/** Fonts and images a stylesheet names with url(…). */
export function subresourcesOfCss(css: string): string[] {
  return [...css.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))\s*\)/g)].map(
    (m) => m[1] ?? m[2] ?? m[3] ?? '',
  );
}

/** Fetches a page and everything it needs, compressed, and adds up the bytes. */
export async function weighPage(base: string, path: string): Promise<PageWeight> {
  const origin = new URL(base).origin;
  const seen = new Set<string>();
  const external: string[] = [];
  const resources: Resource[] = [];

  const visit = async (address: string, from: string): Promise<void> => {
    if (!address || address.startsWith('data:') || address.startsWith('#')) return;
    const url = new URL(address, from);
    url.hash = '';
    if (url.origin !== origin) return void external.push(url.toString());
    if (seen.has(url.toString())) return;
    seen.add(url.toString());
    const res = await get(url.toString());
    resources.push({
      url: url.pathname + url.search,
      status: res.status,
      encoding: res.encoding,
      wire: res.wire,
      headers: res.headers,
    });
    const text = res.body.toString('utf8');
    const children = res.type.includes('html')
      ? subresourcesOfHtml(text)
      : res.type.includes('css')
        ? subresourcesOfCss(text)
        : [];
    for (const child of children) await visit(child, url.toString());
  };

  await visit(path, base);
  return {
    path,
    resources,
    wireBytes: resources.reduce((n, r) => n + r.wire, 0),
    headerBytes: resources.reduce((n, r) => n + r.headers, 0),
    external,
  };
}
