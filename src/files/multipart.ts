import type { FastifyRequest } from 'fastify';
import { checkCsrf } from '../web/context.ts';
import { AppError, isAppError } from '../web/errors.ts';
import { acceptUpload, tooLarge, type Upload } from './upload.ts';

/** A submitted upload form: its text fields, and the file (or why the file was refused). */
export interface UploadForm {
  fields: Record<string, string>;
  file?: Upload;
  /** TOO_LARGE, UNSUPPORTED_MEDIA or VALIDATION (empty file): re-render the form with it. */
  fileError?: AppError;
}

/** Reads a part to its end without keeping it, so that the parser moves on to the next. */
async function drain(stream: AsyncIterable<unknown>): Promise<void> {
  const it = stream[Symbol.asyncIterator]();
  while (!(await it.next()).done);
}

/** Multipart parser errors are bad input: never a 500. */
function asAppError(err: unknown): AppError {
  if (isAppError(err)) return err;
  const e = err as { statusCode?: number; code?: string };
  if (e?.code === 'FST_REQ_FILE_TOO_LARGE') return tooLarge();
  if (e?.statusCode === 413) return new AppError('TOO_LARGE');
  return new AppError('VALIDATION', 'errors.bad_request');
}

/**
 * Reads a form of the route (registered with `config: { csrfInHandler: true }`): text fields and
 * at most one file in the field `fileField`. For a multipart body the CSRF token must be the
 * first field (or sent as the x-csrf-token header): it is checked before any file is read. A
 * URL-encoded body (a form without a file) has had its token checked already.
 */
export async function readUploadForm(
  request: FastifyRequest,
  options: { maxFileBytes: number; fileField?: string },
): Promise<UploadForm> {
  const fileField = options.fileField ?? 'file';
  const maxFileBytes = Math.min(
    options.maxFileBytes,
    request.server.deps.config.UPLOAD_LIMIT_BYTES,
  );
  const fields: Record<string, string> = {};
  if (!request.isMultipart()) {
    const body = request.body;
    if (body && typeof body === 'object')
      for (const [k, v] of Object.entries(body))
        if (k !== '_csrf' && typeof v === 'string') fields[k] = v;
    return { fields };
  }
  let csrfChecked = request.headers['x-csrf-token'] !== undefined; // checked by the preHandler
  const form: UploadForm = { fields };
  try {
    // A file over the limit is cut by busboy and reported by acceptUpload (app.ts registers the
    // plugin with throwFileSizeLimit: false), so the form's other fields are kept.
    const parts = request.parts({ limits: { fileSize: maxFileBytes } });
    for await (const part of parts) {
      if (!csrfChecked) {
        checkCsrf(
          request,
          part.type === 'field' && part.fieldname === '_csrf' ? String(part.value) : undefined,
        );
        csrfChecked = true;
        continue;
      }
      if (part.type === 'field') {
        if (part.valueTruncated) throw new AppError('TOO_LARGE');
        if (part.fieldname !== '_csrf' && !(part.fieldname in fields))
          fields[part.fieldname] = String(part.value);
      } else if (
        part.fieldname !== fileField ||
        part.filename === '' ||
        form.file ||
        form.fileError
      ) {
        await drain(part.file); // no file chosen, or one this form does not take
      } else {
        try {
          form.file = await acceptUpload(part, maxFileBytes);
        } catch (err) {
          if (!isAppError(err)) throw err;
          form.fileError = err;
        }
      }
    }
  } catch (err) {
    throw asAppError(err);
  }
  if (!csrfChecked) throw new AppError('CSRF');
  return form;
}
