import type { Page } from '../../../web/page.ts';
import {
  ErrorSummary,
  PostForm,
  SelectField,
  TextField,
  type FormState,
} from '../../../web/views/forms.tsx';
import { Layout } from '../../../web/views/Layout.tsx';
import { REASON_MAX } from '../moderation.schema.ts';
import type { SuspensionForm } from '../suspensions.service.ts';
import { SubjectLink } from './ModerationParts.tsx';

// Suspending an official from posting: where, why, and until when.

export function SuspensionPage(props: {
  page: Page;
  data: SuspensionForm;
  action: string;
  form: FormState;
}): JSX.Element {
  const { page, data, form } = props;
  const { t } = page;
  const scopes = [
    ...(data.subject ? [{ value: 'subject', label: t('moderation.suspension.inSubject') }] : []),
    ...(data.mayChooseEverywhere
      ? [{ value: 'everywhere', label: t('moderation.kinds.everywhere') }]
      : []),
  ];
  return (
    <Layout page={page} title={t('moderation.suspension.title', { name: data.official.name })}>
      <h1 safe>{t('moderation.suspension.title', { name: data.official.name })}</h1>
      {data.subject ? (
        <p class="meta">
          <SubjectLink page={page} kind={data.subject.kind} id={data.subject.id} />
        </p>
      ) : (
        ''
      )}
      <ErrorSummary page={page} errors={form.errors} />
      <PostForm page={page} action={props.action} submit={t('moderation.suspension.submit')}>
        <SelectField
          page={page}
          form={form}
          name="scope"
          label={t('moderation.suspension.scope')}
          options={scopes}
        />
        <TextField
          page={page}
          form={form}
          name="reason"
          label={t('moderation.suspension.reason')}
          hint={t('moderation.suspension.reasonHint')}
          required
          maxlength={REASON_MAX}
          dir="auto"
        />
        <TextField
          page={page}
          form={form}
          name="endsOn"
          type="date"
          label={t('moderation.suspension.endsOn')}
          hint={t('moderation.suspension.endsOnHint')}
        />
      </PostForm>
    </Layout>
  );
}
