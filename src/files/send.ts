import type { FastifyReply } from 'fastify';

/** RFC 6266/5987: an ASCII fallback name and the exact name percent-encoded in UTF-8. */
export function contentDisposition(name: string): string {
  const fallback = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  const encoded = encodeURIComponent(name).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

/**
 * Sends a stored file as a download, never as a page: attachment, its detected type, nosniff and
 * a CSP that allows nothing, so that even a file that a browser would render cannot run script.
 */
export function sendAttachment(
  reply: FastifyReply,
  file: { name: string; mediaType: string; bytes: Buffer },
): FastifyReply {
  return reply
    .header('content-type', file.mediaType)
    .header('content-disposition', contentDisposition(file.name))
    .header('x-content-type-options', 'nosniff')
    .header('content-security-policy', "default-src 'none'; sandbox")
    .header('cache-control', 'private, no-store')
    .send(file.bytes);
}
