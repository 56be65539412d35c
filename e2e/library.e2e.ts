import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { listThemes } from '../src/features/curriculum/curriculum.service.ts';
import { createResource } from '../test/factories/library.ts';
import { createOrganisation } from '../test/factories/organisations.ts';
import { textPdf } from '../test/factories/pdf.ts';
import { expectAccessible } from './support/axe.ts';
import { download } from './support/events.ts';
import { useE2E } from './support/harness.ts';
import { expectNoHorizontalScroll, visit } from './support/page.ts';
import { exactly, t } from './support/text.ts';

// A visitor reading in French searches the library for a word that appears only inside two PDF
// files, finds both with the word marked and "found in the document", narrows to one theme (its
// count shown beside it), opens the resource and downloads its file.

const WORD = 'interprétariat';
const TITLE = 'Guide de l’accueil des nouveaux arrivants';
const OTHER = 'Écoles et familles migrantes';

describe('library: search inside documents, narrow by theme, download', () => {
  const e2e = useE2E(async (server) => {
    const { deps } = server;
    const org = await createOrganisation(deps, { name: 'Ville de Lyon', slug: 'ville-de-lyon' });
    const paragraphs = (topic: string) => [
      `Ce document présente ${topic}.`,
      `Les services municipaux organisent l’${WORD} pour les familles dans leur langue.`,
    ];
    for (const [title, theme, file] of [
      [TITLE, 'social-cohesion', 'guide-accueil.pdf'],
      [OTHER, 'education-youth', 'ecoles.pdf'],
    ] as const) {
      const text = paragraphs(title);
      await createResource(deps, {
        organisationId: org.id,
        titles: { fr: title },
        summaries: { fr: 'Une ressource de la bibliothèque.' },
        themeSlugs: [theme],
        files: [
          {
            bytes: await textPdf({ title, paragraphs: text }),
            name: file,
            language: 'fr',
            text: text.join('\n'),
          },
        ],
      });
    }
    const themes = await listThemes(deps, 'fr');
    return { theme: themes.find((th) => th.slug === 'social-cohesion')!.name };
  });

  it('a visitor finds a word inside a PDF, narrows by theme and downloads the file', async () => {
    const context = await e2e.browser.newContext({ width: 360 });
    const page = await context.newPage();
    await visit(page, '/language/fr?next=/library');
    await page.getByRole('heading', { level: 1, name: t('library-search.title', 'fr') }).waitFor();

    await page.getByLabel(t('library-search.search.label', 'fr'), { exact: true }).fill(WORD);
    await page
      .getByRole('button', { name: exactly(t('library-search.search.button', 'fr')) })
      .click();
    await page
      .getByRole('status')
      .getByText(t('library-search.results.count', 'fr', { count: 2, total: '2' }))
      .waitFor();
    const marks = page.locator('mark', { hasText: WORD });
    assert.equal(await marks.count(), 2);
    await page
      .getByText(t('library-search.results.foundInDocument', 'fr', { language: 'français' }))
      .first()
      .waitFor();
    await expectAccessible(page, 'library search results');
    await expectNoHorizontalScroll(page);

    const theme = page.getByRole('checkbox', { name: `${e2e.seeded.theme} (1)` });
    await theme.check();
    await page
      .getByRole('button', { name: exactly(t('library-search.facets.apply', 'fr')) })
      .click();
    await page
      .getByRole('status')
      .getByText(t('library-search.results.count', 'fr', { count: 1, total: '1' }))
      .waitFor();
    assert.equal(await page.getByRole('link', { name: OTHER }).count(), 0);
    assert.equal(
      await page.getByRole('checkbox', { name: `${e2e.seeded.theme} (1)` }).isChecked(),
      true,
    );

    await page.getByRole('link', { name: TITLE }).click();
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    const file = await download(
      page,
      page.getByRole('link', {
        name: t('resources.files.downloadNamed', 'fr', { name: 'guide-accueil.pdf' }),
      }),
    );
    assert.equal(file.body.subarray(0, 5).toString(), '%PDF-');
    await context.close();
  });

  it('the library page is accessible before any search', async () => {
    const context = await e2e.browser.newContext();
    const page = await context.newPage();
    await visit(page, '/library');
    await expectAccessible(page, 'library');
    await context.close();
  });
});
