import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createOfficial } from '../test/factories/officials.ts';
import { createOrganisation } from '../test/factories/organisations.ts';
import { textPdf } from '../test/factories/pdf.ts';
import { createThemes } from '../test/factories/themes.ts';
import { expectAccessible } from './support/axe.ts';
import { useE2E } from './support/harness.ts';
import { expectNoHorizontalScroll, visit } from './support/page.ts';
import { signInAs } from './support/server.ts';
import { exactly, t } from './support/text.ts';

// A partner editor adds a toolkit with its PDF and submits it; a coordinator sends it back with a
// comment; the editor reads the comment, fixes the toolkit and resubmits; the coordinator
// publishes it, and an anonymous visitor reads it. The journeys run in order on one resource.

const TITLE = 'Welcoming newcomers: a toolkit for city halls';
const COMMENT = 'Please add a summary so that readers know what the toolkit covers.';
const SUMMARY = 'Ten steps for a first welcome desk, tested in Antwerp and Durban.';

describe('library: a partner editor publishes a toolkit through review', () => {
  const e2e = useE2E(async (server) => {
    await createThemes(server.deps);
    const org = await createOrganisation(server.deps, { name: 'UNHCR', isPartner: true });
    const editor = await createOfficial(server.deps, {
      name: 'Nadia Editor',
      roles: ['partner_editor'],
      organisationId: org.id,
      partnerOrganisationId: org.id,
    });
    const coordinator = await createOfficial(server.deps, {
      name: 'Carlos Coordinator',
      roles: ['coordinator'],
    });
    return { editor, coordinator };
  });
  let slug = '';

  it('the editor creates a toolkit, uploads its PDF and submits it', async () => {
    const context = await e2e.browser.newContext({ width: 360 });
    await signInAs(e2e.server, context, e2e.seeded.editor);
    const page = await context.newPage();
    await visit(page, '/authoring/resources');
    await page.getByText(t('library-edit.mine.empty')).waitFor();
    await expectAccessible(page, 'my resources, empty');
    await page.getByRole('link', { name: exactly(t('library-edit.mine.new')) }).click();
    await page.getByRole('heading', { level: 1, name: t('library-edit.form.newTitle') }).waitFor();
    await expectAccessible(page, 'new resource form');
    await expectNoHorizontalScroll(page);

    await page
      .getByLabel(t('library-edit.form.kind'))
      .selectOption({ label: t('library.kinds.toolkit') });
    await page.getByLabel(t('library-edit.form.link')).fill('javascript:alert(1)');
    await page.getByRole('button', { name: t('library-edit.form.save') }).click();
    // No title and a bad link: both named, the chosen kind kept.
    const alert = page.getByRole('alert');
    await alert.getByRole('link', { name: t('library-edit.errors.titleRequired') }).waitFor();
    await alert.getByRole('link', { name: t('library-edit.errors.link') }).waitFor();
    assert.equal(await page.getByLabel(t('library-edit.form.kind')).inputValue(), 'toolkit');
    await expectAccessible(page, 'resource form with errors');

    await page.getByLabel(t('library-edit.form.link')).fill('');
    await page
      .getByLabel(t('library-edit.form.titleIn', 'en', { language: 'English' }), { exact: true })
      .fill(TITLE);
    await page.getByRole('button', { name: t('library-edit.form.save') }).click();
    await page.getByText(t('library-edit.notices.created')).waitFor();
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    slug = new URL(page.url()).pathname.split('/')[2]!;

    const pdf = await textPdf({
      title: TITLE,
      paragraphs: ['A first welcome desk in every city hall.'],
    });
    await page.getByLabel(t('library-edit.files.file'), { exact: true }).setInputFiles({
      name: 'welcome-toolkit.pdf',
      mimeType: 'application/pdf',
      buffer: pdf,
    });
    await page.getByRole('button', { name: t('library-edit.files.submit') }).click();
    await page.getByText(t('library-edit.notices.uploaded')).waitFor();
    await page.getByRole('rowheader', { name: 'welcome-toolkit.pdf' }).waitFor();
    await expectAccessible(page, 'resource files');
    await expectNoHorizontalScroll(page);

    await page.getByRole('button', { name: t('library-edit.review.submit') }).click();
    await page.getByText(t('library-edit.notices.submitted')).waitFor();
    await page.getByText(t('library-edit.review.waiting')).waitFor();
    await context.close();
  });

  it('a coordinator finds it in the review queue and sends it back with a comment', async () => {
    const context = await e2e.browser.newContext({ width: 360 });
    await signInAs(e2e.server, context, e2e.seeded.coordinator);
    const page = await context.newPage();
    await visit(page, '/review/resources');
    await expectAccessible(page, 'review queue');
    await expectNoHorizontalScroll(page);
    await page.getByRole('link', { name: TITLE }).click();
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await page.getByLabel(t('library-edit.review.comment')).fill(COMMENT);
    await expectAccessible(page, 'resource in review, for a coordinator');
    await page.getByRole('button', { name: t('library-edit.review.sendBack') }).click();
    await page.getByText(t('library-edit.notices.sentBack')).waitFor();
    await visit(page, '/review/resources');
    await page.getByText(t('library-edit.queue.empty')).waitFor();
    await context.close();
  });

  it('the editor reads the comment, adds a summary and submits again', async () => {
    const context = await e2e.browser.newContext({ width: 360 });
    await signInAs(e2e.server, context, e2e.seeded.editor);
    const page = await context.newPage();
    await visit(page, '/authoring/resources');
    await page.getByRole('cell', { name: COMMENT }).waitFor();
    await expectAccessible(page, 'my resources with a sent-back draft');
    await expectNoHorizontalScroll(page);
    await page.getByRole('link', { name: TITLE }).click();
    await page.getByText(COMMENT).waitFor();
    await page.getByRole('link', { name: t('library-edit.files.edit') }).click();
    await page
      .getByLabel(t('library-edit.form.summaryIn', 'en', { language: 'English' }), { exact: true })
      .fill(SUMMARY);
    await page.getByRole('button', { name: t('library-edit.form.save') }).click();
    await page.getByText(t('library-edit.notices.saved')).waitFor();
    await page.getByRole('button', { name: t('library-edit.review.submit') }).click();
    await page.getByText(t('library-edit.notices.submitted')).waitFor();
    await context.close();
  });

  it('the coordinator publishes it, and the editor sees it published with its record', async () => {
    const context = await e2e.browser.newContext();
    await signInAs(e2e.server, context, e2e.seeded.coordinator);
    const page = await context.newPage();
    await visit(page, `/library/${slug}/files`);
    await page.getByRole('button', { name: t('library-edit.review.publish') }).click();
    await page.getByText(t('library-edit.notices.published')).waitFor();
    await context.close();

    const editorContext = await e2e.browser.newContext();
    await signInAs(e2e.server, editorContext, e2e.seeded.editor);
    const mine = await editorContext.newPage();
    await visit(mine, '/authoring/resources');
    const published = mine.getByRole('region', { name: t('library-edit.mine.published') });
    await published.getByRole('link', { name: TITLE }).waitFor();
    await visit(mine, `/library/${slug}/changes`);
    await mine.getByText(COMMENT).waitFor();
    await expectAccessible(mine, 'record of changes');
    await editorContext.close();

    const row = await e2e.server.deps.db
      .selectFrom('resources')
      .select(['status', 'published_at'])
      .where('slug', '=', slug)
      .executeTakeFirstOrThrow();
    assert.equal(row.status, 'published');
    assert.ok(row.published_at);

    // Now anyone may read it.
    const visitor = await e2e.browser.newContext();
    const anonymous = await visitor.newPage();
    await visit(anonymous, `/library/${slug}`);
    await anonymous.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await visitor.close();
  });
});
