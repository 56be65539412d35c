import type { Page } from '../../../web/page.ts';
import { TextField, type FormState } from '../../../web/views/forms.tsx';
import type { PlanFormData } from '../action.service.ts';
import { ProjectFormPage } from './twinning-fields.tsx';

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
    <ProjectFormPage
      page={page}
      project={project}
      anchor="milestones"
      title={title}
      form={form}
      action={`/twinnings/${project.slug}/milestones${milestone ? `/${milestone.id}` : ''}`}
      submit={t('twinning.milestones.save')}
    >
      <TextField
        page={page}
        form={form}
        name="title"
        label={t('twinning.milestones.fields.title')}
        required
        maxlength={200}
        dir="auto"
      />
      <TextField
        type="date"
        page={page}
        form={form}
        name="due_on"
        label={t('twinning.milestones.fields.dueOn')}
        required
      />
      <TextField
        type="date"
        page={page}
        form={form}
        name="reached_on"
        label={t('twinning.milestones.fields.reachedOn')}
        hint={t('twinning.milestones.reachedHint')}
      />
    </ProjectFormPage>
  );
}
