import { fileTypeFromBuffer } from 'file-type';

// The kinds of file the platform accepts, recognised by their content (never by name or by the
// type the browser claims): PDF, Office and OpenDocument files, and bitmap images. SVG and HTML
// can carry script, so they are never accepted.

export interface DetectedType {
  /** The extension a file of this type gets, without the dot. */
  ext: string;
  mediaType: string;
}

const ACCEPTED: ReadonlyMap<string, string> = new Map([
  ['pdf', 'application/pdf'],
  ['docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
  ['xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
  ['pptx', 'application/vnd.openxmlformats-officedocument.presentationml.presentation'],
  ['odt', 'application/vnd.oasis.opendocument.text'],
  ['ods', 'application/vnd.oasis.opendocument.spreadsheet'],
  ['odp', 'application/vnd.oasis.opendocument.presentation'],
  ['png', 'image/png'],
  ['jpg', 'image/jpeg'],
  ['webp', 'image/webp'],
  ['gif', 'image/gif'],
]);

/** The `accept` attribute of file fields: what a file chooser offers (a hint; content decides). */
export const acceptAttribute = [...ACCEPTED.keys(), 'jpeg', 'doc', 'xls', 'ppt']
  .map((ext) => `.${ext}`)
  .join(',');

// Legacy Office files are Compound File Binary containers; the name of their main stream (stored
// as UTF-16LE in the container's directory) tells a Word document from a workbook or a deck.
const LEGACY_OFFICE: ReadonlyArray<[stream: string, type: DetectedType]> = [
  ['WordDocument', { ext: 'doc', mediaType: 'application/msword' }],
  ['Workbook', { ext: 'xls', mediaType: 'application/vnd.ms-excel' }],
  ['Book', { ext: 'xls', mediaType: 'application/vnd.ms-excel' }],
  ['PowerPoint Document', { ext: 'ppt', mediaType: 'application/vnd.ms-powerpoint' }],
];

function legacyOfficeType(bytes: Buffer): DetectedType | undefined {
  for (const [stream, type] of LEGACY_OFFICE)
    if (bytes.includes(Buffer.from(`${stream}\0`, 'utf16le'))) return type;
  return undefined;
}

/** The accepted type of these bytes, or undefined when they are of no accepted type. */
export async function detectAcceptedType(bytes: Buffer): Promise<DetectedType | undefined> {
  const found = await fileTypeFromBuffer(bytes);
  if (!found) return undefined;
  if (found.ext === 'cfb') return legacyOfficeType(bytes);
  const mediaType = ACCEPTED.get(found.ext);
  return mediaType ? { ext: found.ext, mediaType } : undefined;
}
