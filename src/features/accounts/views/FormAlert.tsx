import type { Page } from '../../../web/page.ts';

/** A message about the whole form (e.g. "wrong e-mail or password"), read out when shown. */
export function FormAlert({ page, messageKey }: { page: Page; messageKey?: string }): JSX.Element {
  if (!messageKey) return <></>;
  return (
    <div class="error-summary" role="alert">
      <p safe>{page.t(messageKey)}</p>
    </div>
  );
}
