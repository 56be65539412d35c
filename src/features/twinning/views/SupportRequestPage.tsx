import type { Children } from '@kitajs/html';
import type { Page } from '../../../web/page.ts';
import { Layout } from '../../../web/views/Layout.tsx';
import {
  CsrfField,
  ErrorSummary,
  Notice,
  SelectField,
  TextAreaField,
  type FormState,
} from '../../../web/views/forms.tsx';
import type { SupportRequestView } from '../support.service.ts';
import { CheckInProjectLink, CheckInText } from './CheckInParts.tsx';
import { SupportStatusBadge } from './SupportListPage.tsx';

function History({ page, view }: { page: Page; view: SupportRequestView }): JSX.Element {
  const { t } = page;
  const { request, messages } = view;
  return (
    <ol class="stack">
      <li>
        <p class="meta" safe>
          {t('follow-up.support.askedBy', {
            name: request.authorName ?? t('follow-up.unknownPerson'),
            city: request.cityName,
            date: page.formatDateTime(request.createdAt),
          })}
        </p>
        <CheckInText text={request.body} />
      </li>
      {messages.map((m) => (
        <li>
          <p class="meta" safe>
            {t('follow-up.support.wrote', {
              name: m.authorName ?? t('follow-up.unknownPerson'),
              date: page.formatDateTime(m.createdAt),
            })}
          </p>
          {m.status ? (
            <p safe>
              {t('follow-up.support.statusSet', {
                status: t(`follow-up.support.status.${m.status}`),
              })}
            </p>
          ) : (
            ''
          )}
          <CheckInText text={m.body} />
        </li>
      ))}
    </ol>
  );
}

/** A titled section holding one form of the page, with that form's errors above it. */
function FormSection(props: {
  page: Page;
  id: string;
  title: string;
  form: FormState;
  action: string;
  children: Children;
}): JSX.Element {
  const { page } = props;
  return (
    <section aria-labelledby={`${props.id}-title`}>
      <h2 id={`${props.id}-title`} safe>
        {props.title}
      </h2>
      <ErrorSummary page={page} errors={props.form.errors} />
      <form method="post" action={props.action} class="stack" novalidate>
        <CsrfField page={page} />
        {props.children}
      </form>
    </section>
  );
}

function AnswerForm({
  page,
  view,
  form,
}: {
  page: Page;
  view: SupportRequestView;
  form: FormState;
}) {
  const { t } = page;
  const { project, request } = view;
  return (
    <FormSection
      page={page}
      id="answer"
      title={t('follow-up.support.answerTitle')}
      form={form}
      action={`/twinnings/${project.slug}/support/${request.id}/answer`}
    >
      <TextAreaField
        page={page}
        form={form}
        name="answer"
        label={t('follow-up.support.answer')}
        maxlength={8000}
      />
      <SelectField
        page={page}
        form={form}
        name="status"
        label={t('follow-up.support.newStatus')}
        options={[
          { value: '', label: t('follow-up.support.keepStatus') },
          { value: 'in_progress', label: t('follow-up.support.status.in_progress') },
          { value: 'answered', label: t('follow-up.support.status.answered') },
        ]}
      />
      <p>
        <button type="submit" class="button" safe>
          {t('follow-up.support.sendAnswer')}
        </button>
      </p>
    </FormSection>
  );
}

function CityForm({ page, view, form }: { page: Page; view: SupportRequestView; form: FormState }) {
  const { t } = page;
  const { project, request } = view;
  const closed = request.status === 'closed';
  return (
    <FormSection
      page={page}
      id="city"
      title={t('follow-up.support.cityTitle')}
      form={form}
      action={`/twinnings/${project.slug}/support/${request.id}/reply`}
    >
      <TextAreaField
        page={page}
        form={form}
        name="message"
        label={t('follow-up.support.message')}
        maxlength={8000}
      />
      <p>
        {closed ? (
          <button type="submit" class="button" name="action" value="reopen" safe>
            {t('follow-up.support.reopen')}
          </button>
        ) : (
          <>
            <button type="submit" class="button" name="action" value="reply" safe>
              {t('follow-up.support.reply')}
            </button>{' '}
            <button type="submit" class="button button-secondary" name="action" value="close" safe>
              {t('follow-up.support.close')}
            </button>
          </>
        )}
      </p>
    </FormSection>
  );
}

/** One support request: its history, and the forms of those who answer and of the asking city. */
export function SupportRequestPage({
  page,
  view,
  answerForm,
  cityForm,
  notice,
}: {
  page: Page;
  view: SupportRequestView;
  answerForm: FormState;
  cityForm: FormState;
  notice?: string;
}): JSX.Element {
  const { t } = page;
  const { project, request } = view;
  return (
    <Layout page={page} title={`${request.title} · ${project.title}`}>
      <CheckInProjectLink page={page} project={project} />
      <p>
        <a href={`/twinnings/${project.slug}/support`} safe>
          {t('follow-up.support.all')}
        </a>
      </p>
      <h1 dir="auto" safe>
        {request.title}
      </h1>
      <Notice page={page} messageKey={notice} />
      <p>
        <SupportStatusBadge page={page} status={request.status} />{' '}
        <span class="meta" safe>
          {t('follow-up.support.meta', {
            kind: t(`follow-up.support.kind.${request.kind}`),
            city: request.cityName,
            date: page.formatDate(request.createdAt),
          })}
        </span>
      </p>
      <h2 safe>{t('follow-up.support.history')}</h2>
      <History page={page} view={view} />
      {view.canAnswer && request.status !== 'closed' ? (
        <AnswerForm page={page} view={view} form={answerForm} />
      ) : (
        ''
      )}
      {view.isAskingCity ? <CityForm page={page} view={view} form={cityForm} /> : ''}
    </Layout>
  );
}
