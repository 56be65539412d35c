import type { Page } from '../../../web/page.ts';
import { TextField, type FormState } from '../../../web/views/forms.tsx';

/** A new password and its confirmation (reset and change forms). */
export function NewPasswordFields({ page, form }: { page: Page; form: FormState }): JSX.Element {
  const { t } = page;
  return (
    <>
      <TextField
        page={page}
        form={form}
        name="password"
        type="password"
        label={t('accounts.fields.newPassword')}
        hint={t('accounts.fields.passwordHint')}
        autocomplete="new-password"
        maxlength={256}
        required
      />
      <TextField
        page={page}
        form={form}
        name="confirmation"
        type="password"
        label={t('accounts.fields.confirmation')}
        autocomplete="new-password"
        maxlength={256}
        required
      />
    </>
  );
}
