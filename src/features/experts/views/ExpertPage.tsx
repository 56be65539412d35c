import type { Children } from '@kitajs/html';
import { languageList } from '../../../web/language-names.ts';
import { renderMarkdown } from '../../../web/markdown.ts';
import type { Page } from '../../../web/page.ts';
import {
  CsrfField,
  ErrorSummary,
  Notice,
  SelectField,
  TextAreaField,
  type FormState,
} from '../../../web/views/forms.tsx';
import { Layout } from '../../../web/views/Layout.tsx';
import type { Titled } from '../contributions.queries.ts';
import { pickTitle } from '../experts-mail.ts';
import type { ExpertPageData } from '../profile.service.ts';
import { ExpertMeta } from './ExpertCards.tsx';

// An expert's page: the profile, publications, events spoken at, courses facilitated, and the
// invitation form for facilitators and coordinators.

function Section(props: { id: string; title: string; children: Children }): JSX.Element {
  return (
    <section aria-labelledby={`${props.id}-title`}>
      <h2 id={`${props.id}-title`} safe>
        {props.title}
      </h2>
      {props.children}
    </section>
  );
}

function TitledList(props: {
  page: Page;
  items: Titled[];
  href: string;
  empty: string;
  dates?: boolean;
}): JSX.Element {
  const { page, items } = props;
  if (items.length === 0)
    return (
      <p class="meta" safe>
        {props.empty}
      </p>
    );
  return (
    <ul>
      {items.map((item) => (
        <li>
          <a href={`${props.href}${item.slug}`} dir="auto" safe>
            {pickTitle(item.titles, page.lang)}
          </a>
          {props.dates && item.when ? (
            <span class="meta" safe>
              {` · ${page.formatDate(item.when, 'medium')}`}
            </span>
          ) : (
            ''
          )}
        </li>
      ))}
    </ul>
  );
}

// What the expert contributed, one section each: the id names the data, the heading key and the
// anchor; href is where an item's slug leads.
const CONTRIBUTIONS = [
  { id: 'publications', href: '/library/', dates: false },
  { id: 'events', href: '/events/', dates: true },
  { id: 'courses', href: '/courses/', dates: false },
] as const;

function InviteForm(props: { page: Page; data: ExpertPageData; form: FormState }): JSX.Element {
  const { page, data, form } = props;
  const { t } = page;
  const options = [
    { value: '', label: t('experts.invite.choose') },
    ...data.inviteSubjects.map((s) => ({
      value: s.value,
      label: `${t(`experts.subjects.${s.type}`)}: ${s.title}${
        s.when ? ` (${page.formatDate(s.when, 'medium')})` : ''
      }`,
    })),
  ];
  return (
    <Section id="invite" title={t('experts.invite.title')}>
      <form method="post" action={`/experts/${data.profile.slug}/invite`} class="stack" novalidate>
        <ErrorSummary page={page} errors={form.errors} />
        <CsrfField page={page} />
        <SelectField
          page={page}
          form={form}
          name="subject"
          label={t('experts.invite.subject')}
          options={options}
          required
        />
        <TextAreaField
          page={page}
          form={form}
          name="message"
          label={t('experts.invite.message')}
          maxlength={1000}
          rows={3}
        />
        <p>
          <button type="submit" class="button" safe>
            {t('experts.invite.submit')}
          </button>
        </p>
      </form>
    </Section>
  );
}

export function ExpertPage(props: {
  page: Page;
  data: ExpertPageData;
  noticeKey?: string;
  inviteForm?: FormState;
}): JSX.Element {
  const { page, data } = props;
  const { t } = page;
  const { profile } = data;
  const safeBiography = renderMarkdown(profile.biography);
  return (
    <Layout page={page} title={profile.name}>
      <p>
        <a href="/experts" safe>
          {t('experts.list.title')}
        </a>
      </p>
      <h1 dir="auto" safe>
        {profile.name}
      </h1>
      <ExpertMeta page={page} expert={profile} />
      <Notice page={page} messageKey={props.noticeKey} />
      {data.seesReview ? (
        <div class="notice">
          <p safe>
            {t('experts.page.status', { status: t(`experts.statuses.${profile.status}`) })}
          </p>
          {profile.status === 'returned' && profile.reviewComment ? (
            <p dir="auto" safe>
              {t('experts.page.comment', { comment: profile.reviewComment })}
            </p>
          ) : (
            ''
          )}
        </div>
      ) : (
        ''
      )}
      {data.canEdit ? (
        <p>
          <a class="button button-secondary" href={`/experts/${profile.slug}/edit`} safe>
            {t('experts.page.edit')}
          </a>
        </p>
      ) : (
        ''
      )}
      <Section id="about" title={t('experts.fields.biography')}>
        <div dir="auto">{safeBiography}</div>
      </Section>
      <Section id="themes" title={t('experts.fields.themes')}>
        {data.themes.length ? (
          <ul>
            {data.themes.map((th) => (
              <li>
                <a href={`/themes/${th.slug}`} safe>
                  {th.name}
                </a>
              </li>
            ))}
          </ul>
        ) : (
          <p class="meta" safe>
            {t('experts.page.noThemes')}
          </p>
        )}
      </Section>
      <Section id="languages" title={t('experts.fields.languages')}>
        <p safe>{languageList(profile.languages, page.lang)}</p>
      </Section>
      {CONTRIBUTIONS.map((c) => (
        <Section id={c.id} title={t(`experts.page.${c.id}`)}>
          <TitledList
            page={page}
            items={data[c.id]}
            href={c.href}
            empty={t('experts.page.none')}
            dates={c.dates}
          />
        </Section>
      ))}
      {data.inviteSubjects.length ? (
        <InviteForm page={page} data={data} form={props.inviteForm ?? { values: {}, errors: {} }} />
      ) : (
        ''
      )}
    </Layout>
  );
}
