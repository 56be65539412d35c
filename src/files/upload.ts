import { createHash } from 'node:crypto';
import { AppError } from '../web/errors.ts';
import { sanitiseFileName } from './file-name.ts';
import { detectAcceptedType } from './file-types.ts';

/** An accepted upload, checked and held in memory; nothing is stored until a service stores it. */
export interface Upload {
  /** The sanitised name, with the extension of the detected type. */
  name: string;
  mediaType: string;
  size: number;
  sha256: string;
  bytes: Buffer;
}

/** A file being received: its name as sent and its content stream (busboy marks a cut one). */
export interface IncomingFile {
  filename: string;
  file: AsyncIterable<Buffer> & { truncated?: boolean };
}

/** The "too large" error (forms show the limit next to their file field). */
export function tooLarge(): AppError {
  return new AppError('TOO_LARGE', 'files.errors.tooLarge');
}

/**
 * Reads an uploaded file to the end (at most `maxBytes`: TOO_LARGE beyond), recognises its type
 * by content (UNSUPPORTED_MEDIA unless PDF, Office, OpenDocument or a bitmap image) and
 * sanitises its name. An empty file is a VALIDATION error.
 */
export async function acceptUpload(incoming: IncomingFile, maxBytes: number): Promise<Upload> {
  const chunks: Buffer[] = [];
  let size = 0;
  let over = false;
  // Read to the end even when over the limit, so that the rest of the request is consumed; past
  // the limit nothing is kept.
  for await (const chunk of incoming.file) {
    size += chunk.length;
    if (size > maxBytes) over = true;
    else chunks.push(chunk);
  }
  if (over || incoming.file.truncated) throw tooLarge();
  if (size === 0) throw new AppError('VALIDATION', 'files.errors.empty');
  const bytes = Buffer.concat(chunks, size);
  const type = await detectAcceptedType(bytes);
  if (!type) throw new AppError('UNSUPPORTED_MEDIA', 'files.errors.unsupportedType');
  return {
    name: sanitiseFileName(incoming.filename, type.ext),
    mediaType: type.mediaType,
    size,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    bytes,
  };
}
