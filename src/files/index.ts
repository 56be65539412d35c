/**
 * Uploads: files checked by content, stored once per SHA-256 in the database, served as downloads.
 *
 * How a feature takes a file (assignments and document lessons do):
 *
 * 1. The form: `<form method="post" enctype="multipart/form-data">` with `<CsrfField>` FIRST, then
 *    the text fields, then `<input type="file" name="file" accept={acceptAttribute}>`.
 * 2. The route: register it with `{ config: { csrfInHandler: true } }` and read the form with
 *    `readUploadForm(request, { maxFileBytes })` — it checks the CSRF token (first field, or the
 *    x-csrf-token header) before reading the file, and returns `{ fields, file?, fileError? }`.
 *    `maxFileBytes` may be lower than UPLOAD_LIMIT_BYTES (the platform limit), never higher.
 *    `file` is an accepted `Upload` held in memory: type detected from the content (PDF, docx/xlsx/
 *    pptx, odt/ods/odp, doc/xls/ppt, png/jpeg/webp/gif), name sanitised (`report.pdf`), sha256.
 *    `fileError` is an AppError: TOO_LARGE (413), UNSUPPORTED_MEDIA (415, e.g. HTML named .pdf,
 *    SVG) or VALIDATION (empty file), with a translated message: re-render the form with
 *    `status(fileError.status)` and `errors: { file: fileError.messageKey }`.
 *    A URL-encoded post (no file) comes back as `{ fields }` too.
 * 3. The service, after its access checks: `storeUpload(tx, upload)` inside the transaction that
 *    records the reference; keep `file.id` (a foreign key to `files.id`) and `upload.name`.
 *    Nothing is stored for a refused upload.
 * 4. Download: `openFile(deps.db, fileId)` (after checking the actor may have it), then
 *    `sendAttachment(reply, { name, mediaType: file.mediaType, bytes: file.bytes })` — attachment
 *    with an RFC 5987 name, nosniff, the detected type and a CSP that allows nothing.
 *
 * A feature that keeps titled documents of something (events, practices, exchanges, twinning
 * projects) takes these steps through `readDocumentForm` (route), `addDocumentOnce` and
 * `openDocument` (service), with the views in `src/web/views/Documents.tsx`.
 */
export { acceptAttribute } from './file-types.ts';
export { openFile, storeUpload, type FileContent, type StoredFile } from './files.service.ts';
export { readUploadForm, type UploadForm } from './multipart.ts';
export { sendAttachment } from './send.ts';
export type { Upload } from './upload.ts';
export { readDocumentForm, type DocumentForm } from './document-form.ts';
export { addDocumentOnce, openDocument, type DocumentSteps } from './documents.ts';
