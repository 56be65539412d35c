// CSV for spreadsheets (RFC 4180), safe to open in Excel or LibreOffice.

/**
 * One cell: quoted when it holds a comma, quote or line break; a leading =, +, -, @ or tab is
 * prefixed with an apostrophe so that a spreadsheet never runs it as a formula (CSV injection).
 */
function cell(value: string | number | null): string {
  if (value === null) return '';
  let s = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/** Rows to CSV text with CRLF line ends and a byte-order mark, so Excel reads UTF-8 names right. */
export function toCsv(rows: Array<Array<string | number | null>>): string {
  return `\uFEFF${rows.map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`;
}
