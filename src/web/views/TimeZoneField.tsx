import type { Page } from '../page.ts';
import { timeZoneOptions } from '../time-zones.ts';
import { SelectField, type FormState } from './forms.tsx';

/** The reader's time zone as a select (the /time-zone page, the account page); "" is "not chosen". */
export function TimeZoneField({
  page,
  form,
  name,
}: {
  page: Page;
  form: FormState;
  name: string;
}): JSX.Element {
  const { t } = page;
  return (
    <SelectField
      page={page}
      form={form}
      name={name}
      label={t('time-zones.field.label')}
      hint={t('time-zones.field.hint')}
      options={[{ value: '', label: t('time-zones.field.none') }, ...timeZoneOptions()]}
    />
  );
}
