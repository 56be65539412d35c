import type { Page } from '../../../web/page.ts';
import { TextField, type FormState } from '../../../web/views/forms.tsx';

/** The e-mail address field of the sign-up, sign-in and forgotten-password forms. */
export function EmailField({ page, form }: { page: Page; form: FormState }): JSX.Element {
  return (
    <TextField
      page={page}
      form={form}
      name="email"
      type="email"
      label={page.t('accounts.fields.email')}
      autocomplete="email"
      maxlength={254}
      required
    />
  );
}
