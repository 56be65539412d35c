import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { LANGUAGES } from '../src/web/i18n.ts';

// Every language must offer every string English has, so no page falls back to English or shows
// a raw key; and every key the code asks for must exist in English.

const ROOT = join(import.meta.dirname, '..');
const LOCALES = join(ROOT, 'locales');
const OTHERS = LANGUAGES.filter((l) => l !== 'en');
const EN_FILES = readdirSync(join(LOCALES, 'en'))
  .filter((f) => f.endsWith('.json'))
  .sort();

// i18next picks one of these per language; Arabic and Russian need more forms than English.
const PLURAL = /_(zero|one|two|few|many|other)$/;

interface Entry {
  /** Every form of the key family: `x` alone, or `x_one`, `x_other`… */
  forms: Record<string, unknown>;
}

function flatten(value: unknown, prefix: string, out: Map<string, unknown>): void {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  } else {
    out.set(prefix, value);
  }
}

/** Flattened keys of a catalogue, plural families folded into their base key. */
function entries(catalogue: unknown): Map<string, Entry> {
  const flat = new Map<string, unknown>();
  flatten(catalogue, '', flat);
  const out = new Map<string, Entry>();
  for (const [key, value] of flat) {
    const base = key.replace(PLURAL, '');
    const entry = out.get(base) ?? { forms: {} };
    entry.forms[key] = value;
    out.set(base, entry);
  }
  return out;
}

function read(lang: string, file: string): unknown {
  try {
    return JSON.parse(readFileSync(join(LOCALES, lang, file), 'utf8'));
  } catch (err) {
    throw new Error(`locales/${lang}/${file}: ${(err as Error).message}`);
  }
}

function placeholders(entry: Entry): string[] {
  const names = new Set<string>();
  for (const v of Object.values(entry.forms)) {
    if (typeof v !== 'string') continue;
    for (const m of v.matchAll(/\{\{\s*([^}\s]+)\s*\}\}/g)) names.add(m[1] ?? '');
  }
  return [...names].sort();
}

/** Problems with the values of one entry: not a string, empty, or a plural family without `_other`. */
function valueProblems(key: string, entry: Entry): string[] {
  const problems: string[] = [];
  const names = Object.keys(entry.forms);
  if (names.some((n) => PLURAL.test(n)) && !names.includes(`${key}_other`)) {
    problems.push(`${key}: plural forms without ${key}_other`);
  }
  for (const [name, v] of Object.entries(entry.forms)) {
    if (typeof v !== 'string') problems.push(`${name}: not a string (${JSON.stringify(v)})`);
    else if (v.trim() === '') problems.push(`${name}: empty`);
  }
  return problems;
}

function list(title: string, items: string[]): string {
  return items.length ? `\n  ${title} (${items.length}):\n    ${items.join('\n    ')}` : '';
}

for (const file of EN_FILES) {
  describe(`locales/*/${file}`, () => {
    it('English has only non-empty strings', () => {
      const problems = [...entries(read('en', file))].flatMap(([k, e]) => valueProblems(k, e));
      assert.ok(problems.length === 0, `locales/en/${file}:${list('bad values', problems)}`);
    });

    for (const lang of OTHERS) {
      it(`${lang} has the same keys, non-empty strings and placeholders as English`, () => {
        const where = `locales/${lang}/${file}`;
        assert.ok(existsSync(join(LOCALES, lang, file)), `${where} is missing`);
        const en = entries(read('en', file));
        const tr = entries(read(lang, file));
        const missing = [...en.keys()].filter((k) => !tr.has(k)).sort();
        const extra = [...tr.keys()].filter((k) => !en.has(k)).sort();
        const values = [...tr].flatMap(([k, e]) => valueProblems(k, e));
        const mismatched = [...en]
          .filter(([k]) => tr.has(k))
          .flatMap(([k, e]) => {
            const want = placeholders(e).join(', ');
            const got = placeholders(tr.get(k) as Entry).join(', ');
            return want === got ? [] : [`${k}: English has {${want}}, ${lang} has {${got}}`];
          });
        const report =
          list('missing keys', missing) +
          list('extra keys', extra) +
          list('bad values', values) +
          list('placeholders differ', mismatched);
        assert.ok(report === '', `${where} differs from locales/en/${file}:${report}`);
      });
    }
  });
}

it('no language has a catalogue that English lacks', () => {
  const extra = OTHERS.flatMap((lang) =>
    readdirSync(join(LOCALES, lang))
      .filter((f) => f.endsWith('.json') && !EN_FILES.includes(f))
      .map((f) => `locales/${lang}/${f}`),
  );
  assert.ok(extra.length === 0, `catalogues without an English original: ${extra.join(', ')}`);
});

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

it('every literal t() key used in src/ exists in English', () => {
  const english = new Map<string, Set<string>>();
  for (const file of EN_FILES) english.set(file.replace(/\.json$/, ''), new Set());
  for (const file of EN_FILES) {
    const keys = english.get(file.replace(/\.json$/, '')) as Set<string>;
    for (const key of entries(read('en', file)).keys()) keys.add(key);
  }
  const unknown: string[] = [];
  for (const path of sourceFiles(join(ROOT, 'src'))) {
    const text = readFileSync(path, 'utf8');
    // `t('x.y')` or `page.t("x.y", …)`; template-string keys are dynamic and skipped.
    for (const m of text.matchAll(/\bt\(\s*(['"])([^'"\n]+)\1/g)) {
      const key = m[2] ?? '';
      const dot = key.indexOf('.');
      const found = dot > 0 && english.get(key.slice(0, dot))?.has(key.slice(dot + 1));
      if (!found) {
        const line = text.slice(0, m.index).split('\n').length;
        unknown.push(`${key} (${relative(ROOT, path)}:${line})`);
      }
    }
  }
  assert.ok(unknown.length === 0, `t() keys missing from locales/en:${list('unknown', unknown)}`);
});
