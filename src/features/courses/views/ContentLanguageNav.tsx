import { LANGUAGE_NAMES, LANGUAGES, type Language } from '../../../web/i18n.ts';
import type { Page } from '../../../web/page.ts';

/** Links to edit a course or lesson in each content language, saying which are written yet. */
export function ContentLanguageNav(props: {
  page: Page;
  id: string;
  baseHref: string;
  language: Language;
  offered: ReadonlySet<string>;
}): JSX.Element {
  const { t } = props.page;
  return (
    <nav aria-labelledby={props.id}>
      <h2 id={props.id} safe>
        {t('courses.edit.languages')}
      </h2>
      <ul>
        {LANGUAGES.map((l) => (
          <li>
            <a
              href={`${props.baseHref}?lang=${l}`}
              lang={l}
              aria-current={l === props.language ? 'page' : undefined}
              safe
            >
              {LANGUAGE_NAMES[l]}
            </a>{' '}
            <span class="meta" safe>
              {t(props.offered.has(l) ? 'courses.edit.written' : 'courses.edit.missing')}
            </span>
          </li>
        ))}
      </ul>
    </nav>
  );
}
