import assert from 'node:assert/strict';
import type { Locator, Page } from 'playwright-core';

// Small checks on the page as a person would see it (playwright-core has no `expect`).

/** The `lang` and `dir` of the document element. */
export async function documentLanguage(page: Page): Promise<{ lang: string; dir: string }> {
  return page.evaluate(() => ({
    lang: document.documentElement.lang,
    dir: document.documentElement.dir,
  }));
}

/** Asserts the page does not scroll sideways at its viewport width. */
export async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const { scrollWidth, width } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    width: window.innerWidth,
  }));
  assert.ok(
    scrollWidth <= width,
    `${page.url()} scrolls sideways: ${scrollWidth}px of content in a ${width}px viewport`,
  );
}

/** The focused element, described for assertions. */
export async function focused(
  page: Page,
): Promise<{ tag: string; id: string; text: string; className: string }> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return {
      tag: el?.tagName.toLowerCase() ?? '',
      id: el?.id ?? '',
      text: el?.textContent?.trim() ?? '',
      className: el?.className ?? '',
    };
  });
}

/** Opens a URL and asserts its HTTP status. */
export async function visit(page: Page, url: string, status = 200): Promise<void> {
  const response = await page.goto(url);
  assert.equal(response?.status(), status, `GET ${url}`);
}

/** The text of the elements that describe a field (aria-describedby): its hint and its error. */
async function descriptionOf(field: Locator): Promise<string> {
  return field.evaluate((el) =>
    (el.getAttribute('aria-describedby') ?? '')
      .split(/\s+/)
      .filter(Boolean)
      .map((id) => document.getElementById(id)?.textContent?.trim() ?? '')
      .join(' '),
  );
}

/** Asserts a field is marked invalid and has the message beside it (in its description). */
export async function expectFieldError(field: Locator, message: string): Promise<void> {
  const description = await descriptionOf(field);
  assert.ok(
    description.includes(message),
    `expected "${message}" beside the field: "${description}"`,
  );
  assert.equal(await field.getAttribute('aria-invalid'), 'true');
}
