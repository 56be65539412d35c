import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';

// The one stylesheet, served from memory under a content-hashed name with an immutable cache
// header, precompressed once: later pages cost no request for it.

const PUBLIC_DIR = join(import.meta.dirname, '..', '..', 'public');

interface Asset {
  body: Buffer;
  gzip: Buffer;
  brotli: Buffer;
  type: string;
  href: string;
}

function loadAsset(file: string, type: string): Asset {
  const body = readFileSync(join(PUBLIC_DIR, file));
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 12);
  const [base, ext] = file.split('.');
  return {
    body,
    gzip: gzipSync(body, { level: 9 }),
    brotli: brotliCompressSync(body),
    type,
    href: `/assets/${base}.${hash}.${ext}`,
  };
}

const css = loadAsset('app.css', 'text/css; charset=utf-8');

export const stylesheetHref = css.href;

export async function assetRoutes(app: FastifyInstance): Promise<void> {
  app.get(css.href, { config: { compress: false } }, async (request, reply) => {
    const accept = String(request.headers['accept-encoding'] ?? '');
    reply
      .header('content-type', css.type)
      .header('cache-control', 'public, max-age=31536000, immutable')
      .header('vary', 'accept-encoding');
    if (/\bbr\b/.test(accept)) return reply.header('content-encoding', 'br').send(css.brotli);
    if (/\bgzip\b/.test(accept)) return reply.header('content-encoding', 'gzip').send(css.gzip);
    return reply.send(css.body);
  });
}
