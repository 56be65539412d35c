import type { Page } from '../../../web/page.ts';
import {
  CsrfField,
  ErrorSummary,
  SubmitButton,
  TextField,
  type FormState,
} from '../../../web/views/forms.tsx';
import { Layout } from '../../../web/views/Layout.tsx';
import type { PlanFormData } from '../action.service.ts';
import { DateField } from './twinning-fields.tsx';

/** Adds a milestone or edits one (and records the day it was reached). */
export function MilestoneFormPage(props: {
  page: Page;
  data: PlanFormData;
  form?: FormState;
}): JSX.Element {
  const { page, data } = props;
  const { t } = page;
  const { project, milestone } = data;
  const form = props.form ?? {
    values: milestone
      ? { title: milestone.title, due_on: milestone.dueOn, reached_on: milestone.reachedOn ?? '' }
      : {},
    errors: {},
  };
  const title = t(milestone ? 'twinning.milestones.editTitle' : 'twinning.milestones.newTitle');
  return (
    <Layout page={page} title={`${title}: ${project.title}`}>
      <p class="meta">
        <a href={`/twinnings/${project.slug}#milestones`} dir="auto" safe>
          {project.title}
        </a>
      </p>
      <h1 safe>{title}</h1>
      <ErrorSummary page={page} errors={form.errors} />
      <form
        method="post"
        action={`/twinnings/${project.slug}/milestones${milestone ? `/${milestone.id}` : ''}`}
        class="stack"
        novalidate
      >
        <CsrfField page={page} />
        <TextField
          page={page}
          form={form}
          name="title"
          label={t('twinning.milestones.fields.title')}
          required
          maxlength={200}
          dir="auto"
        />
        <DateField
          page={page}
          form={form}
          name="due_on"
          label={t('twinning.milestones.fields.dueOn')}
          required
        />
        <DateField
          page={page}
          form={form}
          name="reached_on"
          label={t('twinning.milestones.fields.reachedOn')}
          hint={t('twinning.milestones.reachedHint')}
        />
        <p>
          <SubmitButton>
            <span safe>{t('twinning.milestones.save')}</span>
          </SubmitButton>
        </p>
      </form>
    </Layout>
  );
}
