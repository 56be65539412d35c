import { languageName } from '../../../web/language-names.ts';
import type { Page } from '../../../web/page.ts';
import { Layout } from '../../../web/views/Layout.tsx';
import type { ChangeRow } from '../changes.service.ts';
import type { EditableResource } from '../resource-edit.service.ts';

// What a change did, in words: the fields changed, the file added or removed, the comment.
function What({ page, change }: { page: Page; change: ChangeRow }): JSX.Element {
  const { t } = page;
  const d = change.details;
  const fields = Array.isArray(d.fields) ? d.fields.filter((f) => typeof f === 'string') : [];
  const file = typeof d.file === 'string' ? d.file : '';
  const language = typeof d.language === 'string' ? d.language : '';
  const comment = typeof d.comment === 'string' ? d.comment : '';
  return (
    <>
      {fields.length ? (
        <span safe>
          {t('library-edit.changes.fields', {
            fields: new Intl.ListFormat(page.lang).format(
              fields.map((f) => t(`library-edit.changes.field.${f}`)),
            ),
          })}
        </span>
      ) : (
        ''
      )}
      {file ? (
        <span dir="auto" safe>
          {language ? `${file} (${languageName(language, page.lang)})` : file}
        </span>
      ) : (
        ''
      )}
      {comment ? (
        <q dir="auto" safe>
          {comment}
        </q>
      ) : (
        ''
      )}
    </>
  );
}

/** A resource's record of changes, newest first. */
export function ResourceChangesPage(props: {
  page: Page;
  resource: EditableResource;
  changes: ChangeRow[];
}): JSX.Element {
  const { page, resource, changes } = props;
  const { t } = page;
  const name =
    resource.translations.find((tr) => tr.language === page.lang)?.title ??
    resource.translations[0]?.title ??
    resource.slug;
  const title = t('library-edit.changes.title');
  return (
    <Layout page={page} title={`${title}: ${name}`}>
      <p class="meta">
        <a href={`/library/${resource.slug}/files`} dir="auto" safe>
          {name}
        </a>
      </p>
      <h1 safe>{title}</h1>
      {changes.length === 0 ? (
        <p safe>{t('library-edit.changes.none')}</p>
      ) : (
        <div class="table-wrap">
          <table>
            <caption safe>{t('library-edit.changes.caption')}</caption>
            <thead>
              <tr>
                <th scope="col" safe>
                  {t('library-edit.changes.when')}
                </th>
                <th scope="col" safe>
                  {t('library-edit.changes.who')}
                </th>
                <th scope="col" safe>
                  {t('library-edit.changes.action')}
                </th>
                <th scope="col" safe>
                  {t('library-edit.changes.what')}
                </th>
              </tr>
            </thead>
            <tbody>
              {changes.map((c) => (
                <tr>
                  <th scope="row" safe>
                    {page.formatDateTimeForReader(c.createdAt)}
                  </th>
                  <td dir="auto" safe>
                    {c.actorName ?? t('library-edit.changes.someone')}
                  </td>
                  <td safe>{t(`library-edit.changes.actions.${c.action}`)}</td>
                  <td>
                    <What page={page} change={c} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Layout>
  );
}
