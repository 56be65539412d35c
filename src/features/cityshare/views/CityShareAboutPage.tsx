import type { Page } from '../../../web/page.ts';
import { languageList } from '../../../web/language-names.ts';
import { Layout } from '../../../web/views/Layout.tsx';
import { LANGUAGE_FACTOR, MAX_SCORE, THEME_SLUGS } from '../complementarity.ts';
import { EXAMPLE } from '../suggestion-example.ts';

/** How suggestions are computed: the formula in words, a worked example, the filters, the limits. */
export function CityShareAboutPage(props: {
  page: Page;
  themeNames: Record<string, string>;
}): JSX.Element {
  const { page, themeNames } = props;
  const { t } = page;
  const n = (x: number) => page.formatNumber(x);
  const a = t('suggestions.about.cityA');
  const b = t('suggestions.about.cityB');
  const e = EXAMPLE;
  return (
    <Layout page={page} title={t('suggestions.about.title')}>
      <article class="prose">
        <h1 safe>{t('suggestions.about.title')}</h1>
        <p class="lead" safe>
          {t('suggestions.about.intro')}
        </p>
        <h2 safe>{t('suggestions.about.formulaTitle')}</h2>
        <ol>
          <li safe>{t('suggestions.about.formula.gift')}</li>
          <li safe>{t('suggestions.about.formula.reciprocity')}</li>
          <li safe>{t('suggestions.about.formula.language', { factor: n(LANGUAGE_FACTOR) })}</li>
          <li safe>{t('suggestions.about.formula.range', { max: n(MAX_SCORE) })}</li>
        </ol>
        <h2 safe>{t('suggestions.about.exampleTitle')}</h2>
        <p safe>
          {t('suggestions.about.exampleIntro', {
            a,
            b,
            languagesA: languageList([...e.a.languages], page.lang),
            languagesB: languageList([...e.b.languages], page.lang),
          })}
        </p>
        <div class="table-wrap">
          <table>
            <caption safe>{t('suggestions.about.tableCaption')}</caption>
            <thead>
              <tr>
                <th scope="col" safe>
                  {t('suggestions.about.theme')}
                </th>
                <th scope="col" safe>
                  {t('suggestions.about.levels', { city: a })}
                </th>
                <th scope="col" safe>
                  {t('suggestions.about.levels', { city: b })}
                </th>
                <th scope="col" safe>
                  {t('suggestions.about.gives', { giver: a, receiver: b })}
                </th>
                <th scope="col" safe>
                  {t('suggestions.about.gives', { giver: b, receiver: a })}
                </th>
              </tr>
            </thead>
            <tbody>
              {THEME_SLUGS.map((slug, i) => (
                <tr>
                  <th scope="row" safe>
                    {themeNames[slug] ?? slug}
                  </th>
                  <td safe>
                    {t('suggestions.about.levelPair', {
                      strength: n(e.a.strengths[i]!),
                      need: n(e.a.needs[i]!),
                    })}
                  </td>
                  <td safe>
                    {t('suggestions.about.levelPair', {
                      strength: n(e.b.strengths[i]!),
                      need: n(e.b.needs[i]!),
                    })}
                  </td>
                  <td
                    safe
                  >{`${n(e.a.strengths[i]!)} × ${n(e.b.needs[i]!)} = ${n(e.termsAB[i]!)}`}</td>
                  <td
                    safe
                  >{`${n(e.b.strengths[i]!)} × ${n(e.a.needs[i]!)} = ${n(e.termsBA[i]!)}`}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row" safe>
                  {t('suggestions.about.total')}
                </th>
                <td></td>
                <td></td>
                <td safe>{n(e.giftAB)}</td>
                <td safe>{n(e.giftBA)}</td>
              </tr>
            </tfoot>
          </table>
        </div>
        <ol>
          <li safe>
            {t('suggestions.about.step.gifts', { a, b, ab: n(e.giftAB), ba: n(e.giftBA) })}
          </li>
          <li safe>
            {t('suggestions.about.step.sum', {
              ab: n(e.giftAB),
              ba: n(e.giftBA),
              min: n(e.reciprocity),
              sum: n(e.sum),
            })}
          </li>
          <li safe>
            {t('suggestions.about.step.language', {
              languages: languageList(
                e.a.languages.filter((l) => (e.b.languages as readonly string[]).includes(l)),
                page.lang,
              ),
              sum: n(e.sum),
              factor: n(LANGUAGE_FACTOR),
              score: n(e.score),
              max: n(MAX_SCORE),
            })}
          </li>
        </ol>
        <h2 safe>{t('suggestions.about.filtersTitle')}</h2>
        <ul>
          <li safe>{t('suggestions.about.filters.region')}</li>
          <li safe>{t('suggestions.about.filters.size')}</li>
          <li safe>{t('suggestions.about.filters.language')}</li>
          <li safe>{t('suggestions.about.filters.theme')}</li>
        </ul>
        <h2 safe>{t('suggestions.about.adviceTitle')}</h2>
        <p safe>{t('suggestions.about.advice')}</p>
        <p safe>{t('suggestions.about.privacy')}</p>
        <h2 safe>{t('suggestions.about.pairingTitle')}</h2>
        <p safe>{t('suggestions.about.pairing')}</p>
        <p>
          <a href="/cityshare" safe>
            {t('suggestions.about.back')}
          </a>
        </p>
      </article>
    </Layout>
  );
}
