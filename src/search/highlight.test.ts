import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { highlight, SNIPPET_CHARS, type Highlighted } from './highlight.ts';
import { groupWords, queryGroups } from './text.ts';

// Marking a query's words in the original text, whatever its case, accents or script.

const marked = (h: Highlighted) =>
  h.segments.map((s) => (s.mark ? `[${s.text}]` : s.text)).join('');
const mark = (text: string, query: string, snippet = true) =>
  highlight(text, groupWords(queryGroups(query)), { snippet });

describe('highlight', () => {
  it('marks the original characters of words folded alike', () => {
    assert.equal(
      marked(mark('La Médiation à Anvers', 'mediation ANVERS')),
      'La [Médiation] à [Anvers]',
    );
    assert.equal(marked(mark('La mediation', 'médiation')), 'La [mediation]');
    assert.equal(marked(mark('الْمَدِينَة والهجرة', 'المدينة')), '[الْمَدِينَة] والهجرة');
    assert.equal(marked(mark('المـــدينة', 'المدينة')), '[المـــدينة]');
  });

  it('marks the whole word a prefix starts, and only whole words otherwise', () => {
    assert.equal(marked(mark('Mediators mediate', 'mediat')), '[Mediators] [mediate]');
    assert.equal(marked(mark('an anvil', 'an')), '[an] anvil');
  });

  it('marks a Chinese run as one mark', () => {
    assert.equal(marked(mark('城市移民政策', '移民')), '城市[移民]政策');
  });

  it('leaves markup as text and marks nothing without words', () => {
    const h = mark('<b>bold</b> text', '');
    assert.deepEqual(h.segments, [{ text: '<b>bold</b> text', mark: false }]);
    assert.equal(h.matched, false);
    assert.equal(marked(mark('<b>bold</b>', 'bold')), '<b>[bold]</b>');
  });

  it('cuts a long text to a snippet around the first match', () => {
    const text = `${'lorem '.repeat(200)}needle ${'ipsum '.repeat(200)}`;
    const h = mark(text, 'needle');
    const shown = h.segments.map((s) => s.text).join('');
    assert.ok(shown.length <= SNIPPET_CHARS);
    assert.ok(h.cutStart && h.cutEnd);
    assert.ok(h.segments.some((s) => s.mark && s.text === 'needle'));
    assert.ok(!shown.startsWith('orem'));
    const whole = mark(text, 'needle', false);
    assert.equal(whole.segments.map((s) => s.text).join(''), text);
  });

  it('shows the start of a long text that does not match', () => {
    const h = mark('word '.repeat(100), 'absent');
    assert.equal(h.matched, false);
    assert.equal(h.cutStart, false);
    assert.equal(h.cutEnd, true);
  });
});
