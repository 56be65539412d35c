// Plain-text tables for the benchmark summary: columns padded, numbers right-aligned.

export function formatTable(headers: string[], rows: string[][]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const numeric = headers.map((_, i) =>
    rows.every((r) => /^[\d,.\s%×≤≥<>~-]*$|^-$/.test(r[i] ?? '')),
  );
  const line = (cells: string[]) =>
    '| ' +
    cells.map((c, i) => (numeric[i] ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join(' | ') +
    ' |';
  return [line(headers), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

export const int = (n: number) => Math.round(n).toLocaleString('en');
export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)}`;
export const ms = (n: number) => (n < 10 ? n.toFixed(1) : Math.round(n).toString());
export const pct = (n: number) => `${Math.round(n * 100)}%`;
