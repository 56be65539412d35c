import type { Page } from '../../../web/page.ts';
import {
  SelectField,
  TextAreaField,
  TextField,
  type FormState,
} from '../../../web/views/forms.tsx';
import type { PlanFormData } from '../action.service.ts';
import type { ActionRow } from '../twinning.queries.ts';
import { ACTION_STATUSES } from '../twinning.schema.ts';
import { ProjectFormPage } from './twinning-fields.tsx';

const text = (v: number | null) => (v === null ? '' : String(v));

function valuesOf(a: ActionRow): Record<string, string> {
  return {
    title: a.title,
    description: a.description,
    owner_city: String(a.ownerOrganisationId),
    owner_user: a.ownerUserId === null ? '' : String(a.ownerUserId),
    due_on: a.dueOn,
    status: a.status,
    cost_amount: text(a.costAmount),
    cost_currency: a.costCurrency,
    funding_source: a.fundingSource,
    indicator: a.indicator,
    baseline: text(a.baseline),
    target: text(a.target),
    current_value: text(a.currentValue),
    risks: a.risks,
  };
}

/** Adds an action to the plan or edits one. */
export function ActionFormPage(props: {
  page: Page;
  data: PlanFormData;
  form?: FormState;
}): JSX.Element {
  const { page, data } = props;
  const { t } = page;
  const { project, action } = data;
  const form = props.form ?? {
    values: action ? valuesOf(action) : { status: 'planned', due_on: project.startsOn },
    errors: {},
  };
  const f = (k: string) => t(`twinning.action.fields.${k}`);
  const title = t(action ? 'twinning.action.editTitle' : 'twinning.action.newTitle');
  const cityName = new Map(project.cities.map((c) => [c.id, c.name]));
  return (
    <ProjectFormPage
      page={page}
      project={project}
      anchor="plan"
      title={title}
      form={form}
      action={`/twinnings/${project.slug}/actions${action ? `/${action.id}` : ''}`}
      submit={t('twinning.action.save')}
    >
      <TextField
        page={page}
        form={form}
        name="title"
        label={f('title')}
        required
        maxlength={200}
        dir="auto"
      />
      <TextAreaField
        page={page}
        form={form}
        name="description"
        label={f('description')}
        maxlength={5000}
      />
      <SelectField
        page={page}
        form={form}
        name="owner_city"
        label={f('ownerCity')}
        required
        options={[
          { value: '', label: t('twinning.action.chooseCity') },
          ...project.cities.map((c) => ({ value: String(c.id), label: c.name })),
        ]}
      />
      <SelectField
        page={page}
        form={form}
        name="owner_user"
        label={f('ownerUser')}
        hint={t('twinning.action.ownerUserHint')}
        options={[
          { value: '', label: t('twinning.action.nobody') },
          ...data.members.map((m) => ({
            value: String(m.id),
            label: `${m.name} (${cityName.get(m.organisationId) ?? ''})`,
          })),
        ]}
      />
      <TextField
        type="date"
        page={page}
        form={form}
        name="due_on"
        label={f('dueOn')}
        hint={t('twinning.action.dueHint', {
          start: page.formatDate(project.startsOn),
          end: page.formatDate(project.endsOn),
        })}
        required
      />
      <SelectField
        page={page}
        form={form}
        name="status"
        label={f('status')}
        required
        options={ACTION_STATUSES.map((s) => ({
          value: s,
          label: t(`twinning.actionStatus.${s}`),
        }))}
      />
      <TextField page={page} form={form} name="cost_amount" type="number" label={f('costAmount')} />
      <TextField
        page={page}
        form={form}
        name="cost_currency"
        label={f('costCurrency')}
        hint={t('twinning.action.currencyHint')}
        maxlength={3}
      />
      <TextField
        page={page}
        form={form}
        name="funding_source"
        label={f('fundingSource')}
        maxlength={200}
        dir="auto"
      />
      <TextField
        page={page}
        form={form}
        name="indicator"
        label={f('indicator')}
        maxlength={200}
        dir="auto"
      />
      <TextField page={page} form={form} name="baseline" label={f('baseline')} />
      <TextField page={page} form={form} name="target" label={f('target')} />
      <TextField page={page} form={form} name="current_value" label={f('currentValue')} />
      <TextAreaField page={page} form={form} name="risks" label={f('risks')} maxlength={2000} />
    </ProjectFormPage>
  );
}
