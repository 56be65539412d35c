import { DemoBadge } from '../../../web/views/DemoBadge.tsx';
import { renderMarkdown } from '../../../web/markdown.ts';
import type { Page } from '../../../web/page.ts';
import { ErrorSummary, Notice, type FormState } from '../../../web/views/forms.tsx';
import { Layout } from '../../../web/views/Layout.tsx';
import type { ExchangePageData } from '../exchange-page.service.ts';
import { Section } from './ExchangeFields.tsx';
import { ActionsSection } from './ExchangeActions.tsx';
import { MeetingsSection, ParticipantsSection, StatusSection } from './ExchangeManage.tsx';
import { DocumentsSection, NotesSection } from './ExchangeShared.tsx';

export type ExchangeFormName =
  'status' | 'meeting' | 'action' | 'participant' | 'note' | 'document';
export type ExchangeForms = Partial<Record<ExchangeFormName, FormState>>;

/** An exchange: who and what it is about, its meetings, notes, documents and agreed actions. */
export function ExchangePage(props: {
  page: Page;
  data: ExchangePageData;
  forms: ExchangeForms;
  maxBytes: number;
  noticeKey?: string;
}): JSX.Element {
  const { page, data, forms } = props;
  const { t } = page;
  const { exchange: x, manage } = data;
  const errors = Object.assign({}, ...Object.values(forms).map((f) => f?.errors ?? {}));
  const safeDescription = x.description ? renderMarkdown(x.description) : '';
  const safeSummary = x.summary ? renderMarkdown(x.summary) : '';
  return (
    <Layout page={page} title={x.title}>
      <p>
        <a href="/exchanges" safe>
          {t('exchanges.list.title')}
        </a>
      </p>
      <h1 dir="auto" safe>
        {x.title}
      </h1>
      <p>
        <span class="badge" safe>
          {t(`exchanges.status.${x.status}`)}
        </span>{' '}
        <DemoBadge page={page} when={x.isDemo} />
      </p>
      <Notice page={page} messageKey={props.noticeKey} />
      <p>
        <a href={`/discussions/exchange/${x.id}`} safe>
          {t('discussions.link')}
        </a>
      </p>
      <ErrorSummary page={page} errors={errors} />
      <dl>
        <dt safe>{t('exchanges.fields.cities')}</dt>
        <dd>
          {data.cities.map((c, i) => (
            <>
              {i > 0 ? ' · ' : ''}
              <a href={`/organisations/${c.slug}`} dir="auto" safe>
                {c.name}
              </a>
            </>
          ))}
        </dd>
        <dt safe>{t('exchanges.fields.themes')}</dt>
        <dd>
          {data.themes.map((th, i) => (
            <>
              {i > 0 ? ' · ' : ''}
              <a href={`/themes/${th.slug}`} safe>
                {th.name}
              </a>
            </>
          ))}
        </dd>
        <dt safe>{t('exchanges.fields.facilitator')}</dt>
        <dd safe>{x.facilitator?.name ?? t('exchanges.show.noFacilitator')}</dd>
        {x.run ? (
          <>
            <dt safe>{t('exchanges.fields.run')}</dt>
            <dd dir="auto" safe>
              {x.run.startsOn
                ? `${x.run.title} (${page.formatDate(x.run.startsOn, 'medium')})`
                : x.run.title}
            </dd>
          </>
        ) : (
          ''
        )}
      </dl>
      {safeDescription ? <div class="prose">{safeDescription}</div> : ''}
      {x.status === 'closed' ? (
        <Section id="summary" title={t('exchanges.show.summary')}>
          {x.closedAt ? (
            <p class="meta" safe>
              {t('exchanges.show.closedOn', { date: page.formatDate(x.closedAt) })}
            </p>
          ) : (
            ''
          )}
          <div class="prose">{safeSummary}</div>
        </Section>
      ) : (
        ''
      )}
      {manage ? <StatusSection page={page} data={data} form={forms.status} /> : ''}
      <ParticipantsSection page={page} data={data} form={forms.participant} />
      <MeetingsSection page={page} data={data} form={forms.meeting} />
      <ActionsSection page={page} data={data} form={forms.action} />
      <NotesSection page={page} data={data} form={forms.note} />
      <DocumentsSection page={page} data={data} form={forms.document} maxBytes={props.maxBytes} />
    </Layout>
  );
}
