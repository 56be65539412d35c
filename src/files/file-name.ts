// File names as sent by browsers are untrusted text: they may carry a path ("../../etc/passwd"),
// control or bidirectional characters (a name that reads "cod.exe" but is "exe.doc"), characters
// that no file system allows, or thousands of characters.

const MAX_STEM = 100;
// Bidirectional overrides and isolates, zero-width and other invisible marks.
const INVISIBLE = /[\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;

/** Without C0 and C1 control characters (and DEL). */
function withoutControls(s: string): string {
  return [...s]
    .filter((c) => {
      const code = c.codePointAt(0) ?? 0;
      return code >= 0x20 && (code < 0x7f || code >= 0xa0);
    })
    .join('');
}
const RESERVED = /[<>:"|?*]/g;

/**
 * A safe name to store and offer for download: the last path segment only, without invisible or
 * reserved characters, at most 100 characters before the extension, and ending in the extension of
 * the type detected from the content (whatever extension the sender gave).
 */
export function sanitiseFileName(original: string, ext: string): string {
  const base = original.split(/[/\\]/).pop() ?? '';
  let stem = withoutControls(base.normalize('NFC')).replace(INVISIBLE, '').replace(RESERVED, '_');
  // Drop the sender's extension: the detected one replaces it.
  stem = stem.replace(/\.[A-Za-z0-9]{1,10}$/, '');
  // No leading dots (hidden files, "..") and no trailing dots or spaces (Windows drops them).
  stem = stem.replace(/^[.\s]+|[.\s]+$/g, '');
  stem = [...stem].slice(0, MAX_STEM).join('').trim();
  return `${stem || 'file'}.${ext}`;
}
