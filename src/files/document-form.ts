import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { AppError } from '../web/errors.ts';
import { fieldErrors } from '../web/validation.ts';
import { readUploadForm } from './multipart.ts';
import type { Upload } from './upload.ts';

/** A document form read: its valid input and file, or what to re-render the form with. */
export type DocumentForm<T> =
  | { ok: true; data: T; upload: Upload }
  | {
      ok: false;
      fields: Record<string, string>;
      errors: Record<string, string>;
      /** 413 / 415 for a refused file, else 400. */
      status: number;
    };

/**
 * Reads a multipart form of text fields (checked by `schema`) and one required file, after the
 * caller's access check. `fileRequired` is the message for a missing file, `fileMessages` replace
 * the file error's message by its code, and `check` may refuse an accepted file (e.g. PDF only).
 */
export async function readDocumentForm<S extends z.ZodType>(
  request: FastifyRequest,
  schema: S,
  options: {
    maxFileBytes: number;
    fileRequired: string;
    fileMessages?: Partial<Record<string, string>>;
    check?: (upload: Upload) => AppError | undefined;
  },
): Promise<DocumentForm<z.output<S>>> {
  const form = await readUploadForm(request, { maxFileBytes: options.maxFileBytes });
  const parsed = schema.safeParse(form.fields);
  const errors = parsed.success ? {} : fieldErrors(parsed.error);
  const fileError =
    form.fileError ??
    (form.file ? options.check?.(form.file) : new AppError('VALIDATION', options.fileRequired));
  if (fileError) errors.file = options.fileMessages?.[fileError.code] ?? fileError.messageKey;
  if (parsed.success && form.file && !fileError)
    return { ok: true, data: parsed.data, upload: form.file };
  const status = fileError && fileError.code !== 'VALIDATION' ? fileError.status : 400;
  return { ok: false, fields: form.fields, errors, status };
}
