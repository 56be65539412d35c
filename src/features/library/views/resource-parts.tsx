import { languageName } from '../../../web/language-names.ts';
import { ResourceLinkList } from './ResourceLinkList.tsx';
import type { Page } from '../../../web/page.ts';
import { DeleteButton } from '../../../web/views/Documents.tsx';
import { fileSize } from '../../../web/views/FileField.tsx';
import { CsrfField, SelectField, SubmitButton, type FormState } from '../../../web/views/forms.tsx';
import type { ResourceLink } from '../related.queries.ts';
import type { ResourceFileRow } from '../resource-files.queries.ts';
import type { Choice, ResourceUse, UseKind } from '../resource-uses.queries.ts';

// Sections of the resource page: files, download counts, related resources, where it is used.

const TYPE_LABELS: Record<string, string> = {
  'application/pdf': 'PDF',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCX',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'XLSX',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'PPTX',
  'application/vnd.oasis.opendocument.text': 'ODT',
  'application/vnd.oasis.opendocument.spreadsheet': 'ODS',
  'application/vnd.oasis.opendocument.presentation': 'ODP',
  'application/msword': 'DOC',
  'application/vnd.ms-excel': 'XLS',
  'application/vnd.ms-powerpoint': 'PPT',
  'image/png': 'PNG',
  'image/jpeg': 'JPEG',
  'image/webp': 'WebP',
  'image/gif': 'GIF',
};

/** The resource's files by language, each with its size, type and a download button. */
export function FilesSection(props: {
  page: Page;
  slug: string;
  files: ResourceFileRow[];
}): JSX.Element {
  const { page, files } = props;
  const { t } = page;
  return (
    <section aria-labelledby="resource-files">
      <h2 id="resource-files" safe>
        {t('resources.files.title')}
      </h2>
      {files.length === 0 ? (
        <p safe>{t('resources.files.none')}</p>
      ) : (
        <div class="table-wrap">
          <table>
            <caption safe>{t('resources.files.caption')}</caption>
            <thead>
              <tr>
                <th scope="col" safe>
                  {t('resources.files.language')}
                </th>
                <th scope="col" safe>
                  {t('resources.files.name')}
                </th>
                <th scope="col" safe>
                  {t('resources.files.size')}
                </th>
                <th scope="col" safe>
                  {t('resources.files.type')}
                </th>
                <th scope="col" safe>
                  {t('resources.files.download')}
                </th>
              </tr>
            </thead>
            <tbody>
              {files.map((f) => (
                <tr>
                  <th scope="row" safe>
                    {languageName(f.language, page.lang)}
                  </th>
                  <td dir="auto" safe>
                    {f.fileName}
                  </td>
                  <td safe>{fileSize(page, f.size)}</td>
                  <td safe>{TYPE_LABELS[f.mediaType] ?? f.mediaType}</td>
                  <td>
                    <a
                      class="button"
                      href={`/library/${props.slug}/files/${f.id}`}
                      download=""
                      aria-label={t('resources.files.downloadNamed', { name: f.fileName })}
                      safe
                    >
                      {t('resources.files.download')}
                    </a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

const monthFormats = new Map<string, Intl.DateTimeFormat>();

function formatMonth(lang: string, month: string): string {
  let f = monthFormats.get(lang);
  if (!f)
    monthFormats.set(
      lang,
      (f = new Intl.DateTimeFormat(lang, { year: 'numeric', month: 'long', timeZone: 'UTC' })),
    );
  return f.format(new Date(`${month}-01T00:00:00Z`));
}

/** The total for everyone; per month (the last twelve) for the resource's editors and coordinators. */
export function DownloadsSection(props: {
  page: Page;
  total: number;
  months: Array<{ month: string; count: number }> | null;
}): JSX.Element {
  const { page } = props;
  const { t } = page;
  return (
    <section aria-labelledby="resource-downloads">
      <h2 id="resource-downloads" safe>
        {t('resources.downloads.title')}
      </h2>
      <p safe>{t('resources.downloads.total', { count: page.formatNumber(props.total) })}</p>
      {props.months ? (
        <div class="table-wrap">
          <table>
            <caption safe>{t('resources.downloads.caption')}</caption>
            <thead>
              <tr>
                <th scope="col" safe>
                  {t('resources.downloads.month')}
                </th>
                <th scope="col" safe>
                  {t('resources.downloads.count')}
                </th>
              </tr>
            </thead>
            <tbody>
              {props.months.map((m) => (
                <tr>
                  <th scope="row" safe>
                    {formatMonth(page.lang, m.month)}
                  </th>
                  <td safe>{page.formatNumber(m.count)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        ''
      )}
    </section>
  );
}

/** Up to five resources that share themes with this one. */
export function RelatedSection({
  page,
  related,
}: {
  page: Page;
  related: ResourceLink[];
}): JSX.Element {
  const { t } = page;
  return (
    <section aria-labelledby="resource-related">
      <h2 id="resource-related" safe>
        {t('resources.related.title')}
      </h2>
      {related.length === 0 ? (
        <p safe>{t('resources.related.none')}</p>
      ) : (
        <ResourceLinkList page={page} items={related} />
      )}
    </section>
  );
}

const USE_PATHS: Record<UseKind, string> = {
  course: '/courses',
  event: '/events',
  practice: '/practices',
};

function AddUseForm(props: {
  page: Page;
  slug: string;
  choices: Record<UseKind, Choice[]>;
  form: FormState;
}): JSX.Element {
  const { page, form } = props;
  const { t } = page;
  const none = { value: '', label: t('resources.uses.noChoice') };
  const options = (kind: UseKind) => [
    none,
    ...props.choices[kind].map((c) => ({ value: String(c.id), label: c.title })),
  ];
  return (
    <form
      method="post"
      action={`/library/${props.slug}/uses`}
      class="stack"
      aria-labelledby="resource-uses-add"
      novalidate
    >
      <h3 id="resource-uses-add" safe>
        {t('resources.uses.add')}
      </h3>
      <CsrfField page={page} />
      {(['course', 'event', 'practice'] as const).map((kind) => (
        <SelectField
          page={page}
          form={form}
          name={kind}
          label={t(`resources.uses.choose.${kind}`)}
          options={options(kind)}
        />
      ))}
      <p>
        <SubmitButton>
          <span safe>{t('resources.uses.submit')}</span>
        </SubmitButton>
      </p>
    </form>
  );
}

/** The courses, events and practices that use the resource; its editors add and remove them. */
export function UsesSection(props: {
  page: Page;
  slug: string;
  uses: ResourceUse[];
  choices: Record<UseKind, Choice[]> | null;
  form: FormState;
}): JSX.Element {
  const { page, uses } = props;
  const { t } = page;
  return (
    <section aria-labelledby="resource-uses">
      <h2 id="resource-uses" safe>
        {t('resources.uses.title')}
      </h2>
      {uses.length === 0 ? (
        <p safe>{t('resources.uses.none')}</p>
      ) : (
        <ul>
          {uses.map((u) => (
            <li>
              <span class="meta" safe>
                {t(`resources.uses.kinds.${u.kind}`)}
              </span>{' '}
              <a href={`${USE_PATHS[u.kind]}/${u.slug}`} dir="auto" safe>
                {u.title}
              </a>{' '}
              {u.isPublic ? (
                ''
              ) : (
                <span class="badge" safe>
                  {t('resources.uses.notPublic')}
                </span>
              )}
              {props.choices ? (
                <DeleteButton
                  page={page}
                  action={`/library/${props.slug}/uses/${u.id}/delete`}
                  label={t('resources.uses.remove')}
                  ariaLabel={t('resources.uses.removeNamed', { title: u.title })}
                />
              ) : (
                ''
              )}
            </li>
          ))}
        </ul>
      )}
      {props.choices ? (
        <AddUseForm page={page} slug={props.slug} choices={props.choices} form={props.form} />
      ) : (
        ''
      )}
    </section>
  );
}
