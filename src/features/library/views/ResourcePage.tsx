import { countryName } from '../../../web/countries.ts';
import { languageList, languageName } from '../../../web/language-names.ts';
import type { Page } from '../../../web/page.ts';
import { DemoBadge } from '../../../web/views/DemoBadge.tsx';
import { ErrorSummary, Notice, type FormState } from '../../../web/views/forms.tsx';
import { Layout } from '../../../web/views/Layout.tsx';
import type { NamedLink } from '../resource-page.queries.ts';
import type { ResourcePageData } from '../resource-page.service.ts';
import { DownloadsSection, FilesSection, RelatedSection, UsesSection } from './resource-parts.tsx';

// One library resource: its description, files, download counts, related resources and where it
// is used; its editors also get the links to the editor.

const CC_DEEDS: Record<string, string> = {
  'cc-by-4.0': 'https://creativecommons.org/licenses/by/4.0/',
  'cc-by-sa-4.0': 'https://creativecommons.org/licenses/by-sa/4.0/',
  'cc-by-nc-4.0': 'https://creativecommons.org/licenses/by-nc/4.0/',
  'cc-by-nc-nd-4.0': 'https://creativecommons.org/licenses/by-nc-nd/4.0/',
  'cc0-1.0': 'https://creativecommons.org/publicdomain/zero/1.0/',
};
// Creative Commons publishes each deed in the platform's languages.
const DEED_LANGUAGES: Record<string, string> = {
  fr: 'fr',
  es: 'es',
  ar: 'ar',
  ru: 'ru',
  zh: 'zh-hans',
};

function deedUrl(licence: string, lang: string): string | undefined {
  const base = CC_DEEDS[licence];
  if (!base) return undefined;
  const suffix = DEED_LANGUAGES[lang];
  return suffix ? `${base}deed.${suffix}` : base;
}

/** The resource's external link when it is a web address (http or https), else nothing. */
function externalUrl(kind: string, url: string): string | undefined {
  if (kind !== 'link' && kind !== 'video') return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

function Links({ items, base }: { items: NamedLink[]; base: string }): JSX.Element {
  return (
    <>
      {items.map((i, n) => (
        <>
          {n > 0 ? ', ' : ''}
          <a href={`${base}/${i.slug}`} dir="auto" safe>
            {i.name}
          </a>
        </>
      ))}
    </>
  );
}

function Facts({ page, data }: { page: Page; data: ResourcePageData }): JSX.Element {
  const { t } = page;
  const { resource: r } = data;
  const deed = deedUrl(r.licence, page.lang);
  const licenceLabel = t(`library.licences.${r.licence}`, { defaultValue: r.licence });
  const row = (label: string, value: JSX.Element | string) => (
    <>
      <dt safe>{label}</dt>
      <dd>{value}</dd>
    </>
  );
  return (
    <dl>
      {row(t('resources.fields.kind'), <span safe>{t(`library.kinds.${r.kind}`)}</span>)}
      {row(
        t('resources.fields.year'),
        <span safe>{r.year === null ? t('resources.fields.yearUnknown') : String(r.year)}</span>,
      )}
      {r.licence
        ? row(
            t('resources.fields.licence'),
            deed ? (
              <a href={deed} rel="license external noopener noreferrer" safe>
                {licenceLabel}
              </a>
            ) : (
              <span safe>{licenceLabel}</span>
            ),
          )
        : ''}
      {r.languages.length
        ? row(
            t('resources.fields.languages'),
            <span safe>{languageList(r.languages, page.lang)}</span>,
          )
        : ''}
      {data.themes.length
        ? row(t('resources.fields.themes'), <Links items={data.themes} base="/themes" />)
        : ''}
      {r.regions.length
        ? row(
            t('resources.fields.regions'),
            <span safe>
              {r.regions.map((code) => t(`organisations.worldRegions.${code}`)).join(', ')}
            </span>,
          )
        : ''}
      {r.countries.length
        ? row(
            t('resources.fields.countries'),
            <span safe>{r.countries.map((c) => countryName(c, page.lang)).join(', ')}</span>,
          )
        : ''}
      {data.publishers.length
        ? row(
            t('resources.fields.publishers'),
            <Links items={data.publishers} base="/organisations" />,
          )
        : ''}
      {r.authors.length
        ? row(
            t('resources.fields.authors'),
            <span dir="auto" safe>
              {r.authors.join(', ')}
            </span>,
          )
        : ''}
      {data.experts.length
        ? row(t('resources.fields.experts'), <Links items={data.experts} base="/experts" />)
        : ''}
    </dl>
  );
}

function EditorLinks({ page, slug }: { page: Page; slug: string }): JSX.Element {
  const { t } = page;
  return (
    <nav class="card" aria-labelledby="resource-editor">
      <h2 id="resource-editor" safe>
        {t('resources.editor.title')}
      </h2>
      <ul>
        <li>
          <a href={`/library/${slug}/edit`} safe>
            {t('resources.editor.edit')}
          </a>
        </li>
        <li>
          <a href={`/library/${slug}/files`} safe>
            {t('resources.editor.files')}
          </a>
        </li>
        <li>
          <a href={`/library/${slug}/changes`} safe>
            {t('resources.editor.changes')}
          </a>
        </li>
      </ul>
    </nav>
  );
}

export function ResourcePage(props: {
  page: Page;
  data: ResourcePageData;
  form: FormState;
  noticeKey?: string;
}): JSX.Element {
  const { page, data } = props;
  const { t } = page;
  const { resource: r, text } = data;
  const link = externalUrl(r.kind, r.linkUrl);
  return (
    <Layout page={page} title={text.title}>
      <p class="meta">
        <a href="/library" safe>
          {t('library.title')}
        </a>
      </p>
      <h1 lang={text.language} dir="auto" safe>
        {text.title}
      </h1>
      {text.isFallback ? (
        <p class="meta" safe>
          {t('resources.fallback', { language: languageName(text.language, page.lang) })}
        </p>
      ) : (
        ''
      )}
      <Notice page={page} messageKey={props.noticeKey} />
      <ErrorSummary page={page} errors={props.form.errors} />
      {r.isDemo || r.status !== 'published' ? (
        <p>
          <DemoBadge page={page} when={r.isDemo} />
          {r.status !== 'published' ? (
            <span class="badge" safe>
              {t(`library.statuses.${r.status}`)}
            </span>
          ) : (
            ''
          )}
        </p>
      ) : (
        ''
      )}
      {text.summary ? (
        <p lang={text.language} dir="auto" class="lead" safe>
          {text.summary}
        </p>
      ) : (
        ''
      )}
      <Facts page={page} data={data} />
      {link ? (
        <p>
          <a class="button" href={link} rel="external noopener noreferrer" safe>
            {t(r.kind === 'video' ? 'resources.watchVideo' : 'resources.openLink')}
          </a>
        </p>
      ) : (
        ''
      )}
      {data.canEdit ? <EditorLinks page={page} slug={r.slug} /> : ''}
      <FilesSection page={page} slug={r.slug} files={data.files} />
      <DownloadsSection page={page} total={data.downloads.total} months={data.downloads.months} />
      <UsesSection
        page={page}
        slug={r.slug}
        uses={data.uses}
        choices={data.choices}
        form={props.form}
      />
      <RelatedSection page={page} related={data.related} />
    </Layout>
  );
}
