import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createCurriculum, createCurriculum2012 } from '../../../test/factories/curricula.ts';
import { createTheme, createThemes } from '../../../test/factories/themes.ts';
import { createResource } from '../../../test/factories/library.ts';
import { createOrganisation } from '../../../test/factories/organisations.ts';
import { Client, createTestApp, type TestApp } from '../../../test/support/app.ts';

describe('themes and curricula pages', () => {
  let t: TestApp;
  const get = (url: string, lang = 'en') => new Client(t.app).get(url, { 'accept-language': lang });

  before(async () => {
    t = await createTestApp();
    const themes = await createThemes(t.deps);
    await createCurriculum2012(t.deps);
    const englishOnly = await createTheme(t.deps, {
      slug: 'english-only',
      translations: [
        { language: 'en', name: 'Untranslated theme', summary: 'Only written in English so far.' },
      ],
    });
    await createCurriculum(t.deps, {
      slug: '2016-2019',
      name: '2016–2019',
      startYear: 2016,
      endYear: 2019,
      summaries: [{ language: 'en', summary: 'A later curriculum, summarised in English only.' }],
      themeIds: [themes['human-security']!, englishOnly],
    });
  });
  after(() => t.close());

  it('lists the themes with summaries, and the curricula', async () => {
    const res = await get('/themes');
    assert.equal(res.statusCode, 200);
    for (const slug of ['social-cohesion', 'human-security', 'education-youth'])
      assert.match(res.body, new RegExp(`href="/themes/${slug}"`));
    assert.match(res.body, /Social cohesion and adapting to change/);
    assert.match(res.body, /Living together in diverse cities/);
    assert.match(res.body, /href="\/curricula\/2012-2015">Curriculum 2012–2015/);
    assert.match(res.body, /href="\/curricula\/2016-2019"/);
    assert.doesNotMatch(res.body, /Not yet translated/);
  });

  it('shows themes in the reader’s language, and marks the English fallback', async () => {
    const fr = await get('/themes', 'fr');
    assert.match(fr.body, /Cohésion sociale et adaptation au changement/);
    assert.match(fr.body, /<p lang="en" dir="ltr">Only written in English so far\.<\/p>/);
    assert.equal((fr.body.match(/Pas encore traduit dans votre langue/g) ?? []).length, 1);
  });

  it('shows a theme with its curricula and its published library resources', async () => {
    const org = await createOrganisation(t.deps, { name: 'Theme Library Partner' });
    await createResource(t.deps, {
      organisationId: org.id,
      title: 'Protection toolkit',
      themeSlugs: ['human-security'],
    });
    await createResource(t.deps, {
      organisationId: org.id,
      title: 'Unpublished protection notes',
      themeSlugs: ['human-security'],
      status: 'draft',
    });
    const res = await get('/themes/human-security');
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /<h1>Human security<\/h1>/);
    assert.match(res.body, /Protecting people on the move/);
    assert.match(res.body, /href="\/curricula\/2012-2015"/);
    assert.match(res.body, /href="\/curricula\/2016-2019"/);
    assert.match(res.body, /Protection toolkit/);
    assert.doesNotMatch(res.body, /Unpublished protection notes/);
    assert.match(res.body, /href="\/library\?theme=human-security"/);
    const other = await get('/themes/social-cohesion');
    assert.doesNotMatch(other.body, /2016-2019/);
    assert.doesNotMatch(other.body, /Protection toolkit/);
    assert.match(other.body, /No published resource is filed under this theme yet/);
  });

  it('shows a theme in Arabic, right to left, with the fallback marked', async () => {
    const ar = await get('/themes/human-security', 'ar');
    assert.match(ar.body, /<html lang="ar" dir="rtl">/);
    assert.match(ar.body, /<h1>الأمن البشري<\/h1>/);
    const fallback = await get('/themes/english-only', 'ar');
    assert.equal(fallback.statusCode, 200);
    assert.match(fallback.body, /<h1 lang="en" dir="ltr">Untranslated theme<\/h1>/);
    assert.match(fallback.body, /لم يُترجم بعد إلى لغتك/);
  });

  it('says when no curriculum covers a theme', async () => {
    const t2 = await createTestApp();
    try {
      await createTheme(t2.deps, {
        slug: 'uncovered',
        translations: [
          { language: 'en', name: 'Uncovered theme', summary: 'Not in any curriculum.' },
        ],
      });
      const res = await new Client(t2.app).get('/themes/uncovered');
      assert.match(res.body, /No curriculum covers this theme yet/);
      const list = await new Client(t2.app).get('/themes');
      assert.match(list.body, /No curriculum has been published yet/);
    } finally {
      await t2.close();
    }
  });

  it('shows the 2012–2015 curriculum record with its validation and themes', async () => {
    const res = await get('/curricula/2012-2015');
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /<h1>Curriculum 2012–2015<\/h1>/);
    assert.match(res.body, /<time datetime="2012-07-10">July 10, 2012<\/time>/);
    assert.match(res.body, /Expert meeting, Antwerp, 9–10 July 2012/);
    assert.match(res.body, /The first curriculum of the platform/);
    assert.equal((res.body.match(/<li><a href="\/themes\//g) ?? []).length, 6);
  });

  it('shows the curriculum in French and Arabic, dates included', async () => {
    const fr = await get('/curricula/2012-2015', 'fr');
    assert.match(fr.body, /Programme 2012–2015/);
    assert.match(fr.body, /10 juillet 2012/);
    assert.match(fr.body, /Le premier programme de la plateforme/);
    assert.match(fr.body, /Éducation et développement de la jeunesse/);
    assert.doesNotMatch(fr.body, /Pas encore traduit/);
    const ar = await get('/curricula/2012-2015', 'ar');
    assert.match(ar.body, /المنهج الأول للمنصة/);
  });

  it('marks a curriculum summary shown in English for want of a translation', async () => {
    const ru = await get('/curricula/2016-2019', 'ru');
    assert.match(
      ru.body,
      /<p lang="en" dir="ltr">A later curriculum, summarised in English only\.<\/p>/,
    );
    assert.match(ru.body, /Перевод на ваш язык пока не готов/);
    assert.match(ru.body, /<a href="\/themes\/english-only" lang="en">Untranslated theme<\/a>/);
  });

  it('answers 404 for unknown themes and curricula, translated', async () => {
    const theme = await get('/themes/no-such-theme', 'fr');
    assert.equal(theme.statusCode, 404);
    assert.match(theme.body, /Ce thème est introuvable/);
    const curriculum = await get('/curricula/1999-2000', 'zh');
    assert.equal(curriculum.statusCode, 404);
    assert.match(curriculum.body, /找不到该课程体系/);
  });
});
