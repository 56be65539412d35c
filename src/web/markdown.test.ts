import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderMarkdown } from './markdown.ts';

describe('renderMarkdown', () => {
  it('renders headings one level below the page title, lists, emphasis and links', () => {
    const html = renderMarkdown('# Title\n\n- one\n- **two**\n\n[IOM](https://www.iom.int)');
    assert.match(html, /<h2>Title<\/h2>/);
    assert.match(renderMarkdown('###### Deep'), /<h6>Deep<\/h6>/);
    assert.match(html, /<li><strong>two<\/strong><\/li>/);
    assert.match(
      html,
      /<a href="https:\/\/www.iom.int" rel="noopener noreferrer nofollow">IOM<\/a>/,
    );
  });

  it('shows raw HTML and scripts as text', () => {
    const html = renderMarkdown('<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>');
    assert.doesNotMatch(html, /<script|<img/);
    assert.match(html, /&lt;script&gt;/);
  });

  it('drops javascript:, data: and vbscript: links', () => {
    for (const href of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'data:text/html,x',
      'vbscript:x',
      '//evil.example',
    ]) {
      assert.doesNotMatch(renderMarkdown(`[click](${href})`), /<a /, href);
    }
  });

  it('keeps Arabic and Chinese text intact', () => {
    assert.match(renderMarkdown('مرحبا بكم — 欢迎'), /مرحبا بكم — 欢迎/);
  });

  it('does not render images', () => {
    assert.doesNotMatch(renderMarkdown('![x](https://example.org/a.png)'), /<img/);
  });

  it('survives deeply nested quotes and a large body', () => {
    assert.ok(renderMarkdown('>'.repeat(10_000) + ' deep').length > 0);
    assert.ok(renderMarkdown('word '.repeat(200_000)).length > 0);
  });
});
