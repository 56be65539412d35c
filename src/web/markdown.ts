import MarkdownIt from 'markdown-it';

// User-written rich text (lessons, posts) is Markdown rendered to a safe subset: raw HTML is shown
// as text, links may only be http(s), mailto or relative, and images are not rendered (they would
// load from other sites and cost bytes on slow connections; lessons link to files instead).

const md = new MarkdownIt({ html: false, linkify: true, typographer: false, breaks: false });
md.disable(['image']);

const SAFE_LINK = /^(https?:|mailto:|\/(?!\/)|#)/i;
md.validateLink = (url: string) => SAFE_LINK.test(url.trim());

// Links to other sites open as usual but tell the browser not to pass on who sent the reader.
const defaultLinkOpen =
  md.renderer.rules.link_open ??
  ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
  const href = tokens[idx]?.attrGet('href') ?? '';
  if (/^https?:/i.test(href)) tokens[idx]?.attrSet('rel', 'noopener noreferrer nofollow');
  return defaultLinkOpen(tokens, idx, options, env, self);
};

// The page has its own <h1> (the lesson or post title): Markdown headings start one level below,
// so "# Part" becomes <h2> and the heading order stays right for screen readers.
md.core.ruler.push('shift_headings', (state) => {
  for (const token of state.tokens)
    if (token.type === 'heading_open' || token.type === 'heading_close') {
      const level = Math.min(Number(token.tag.slice(1)) + 1, 6);
      token.tag = `h${level}`;
    }
});

/** The HTML of a Markdown text, safe to insert into a page as it is. */
export function renderMarkdown(text: string): string {
  return md.render(text);
}
