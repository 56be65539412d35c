import type { Page } from '../../../web/page.ts';
import { Layout } from '../../../web/views/Layout.tsx';
import {
  CsrfField,
  ErrorSummary,
  SelectField,
  TextAreaField,
  TextField,
  type FormState,
} from '../../../web/views/forms.tsx';
import type { FollowUpProject } from '../follow-up.queries.ts';
import { SUPPORT_KINDS } from '../support.queries.ts';
import { CheckInProjectLink } from './CheckInParts.tsx';

/** The form a city coordinator asks for support with. */
export function SupportNewPage({
  page,
  project,
  cities,
  form,
}: {
  page: Page;
  project: FollowUpProject;
  cities: Array<{ id: number; name: string }>;
  form: FormState;
}): JSX.Element {
  const { t } = page;
  const title = t('follow-up.support.newTitle');
  const values = { ...form.values };
  if (!values.city && cities.length === 1) values.city = String(cities[0]!.id);
  const state = { values, errors: form.errors };
  return (
    <Layout page={page} title={`${title} · ${project.title}`}>
      <CheckInProjectLink page={page} project={project} />
      <h1 safe>{title}</h1>
      <p safe>{t('follow-up.support.newIntro')}</p>
      <ErrorSummary page={page} errors={form.errors} />
      <form
        method="post"
        action={`/twinnings/${project.slug}/support/new`}
        class="stack"
        novalidate
      >
        <CsrfField page={page} />
        <SelectField
          page={page}
          form={state}
          name="city"
          label={t('follow-up.support.city')}
          options={[
            { value: '', label: t('follow-up.choose') },
            ...cities.map((c) => ({ value: String(c.id), label: c.name })),
          ]}
          required
        />
        <SelectField
          page={page}
          form={state}
          name="kind"
          label={t('follow-up.support.kindLabel')}
          options={[
            { value: '', label: t('follow-up.choose') },
            ...SUPPORT_KINDS.map((k) => ({ value: k, label: t(`follow-up.support.kind.${k}`) })),
          ]}
          required
        />
        <TextField
          page={page}
          form={state}
          name="title"
          label={t('follow-up.support.requestTitle')}
          maxlength={200}
          required
          dir="auto"
        />
        <TextAreaField
          page={page}
          form={state}
          name="details"
          label={t('follow-up.support.details')}
          maxlength={8000}
          required
        />
        <p>
          <button type="submit" class="button" safe>
            {t('follow-up.support.send')}
          </button>
        </p>
      </form>
    </Layout>
  );
}
