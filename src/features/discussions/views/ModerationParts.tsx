import type { Page } from '../../../web/page.ts';
import { CsrfField } from '../../../web/views/forms.tsx';

// Pieces the moderation pages share: a post's excerpt, where it was written, a one-button form.

const EXCERPT = 300;

export function excerpt(body: string): string {
  const text = body.replace(/\s+/g, ' ').trim();
  return text.length > EXCERPT ? `${text.slice(0, EXCERPT)}…` : text;
}

/** "Course run discussion" etc., linked to the subject's list of threads. */
export function SubjectLink(props: { page: Page; kind: string; id: number }): JSX.Element {
  const { t } = props.page;
  if (props.kind === 'everywhere') return <span safe>{t('moderation.kinds.everywhere')}</span>;
  return (
    <a href={`/discussions/${props.kind}/${props.id}`} safe>
      {t(`moderation.kinds.${props.kind}`)}
    </a>
  );
}

export function ActionButton(props: {
  page: Page;
  action: string;
  label: string;
  danger?: boolean;
}): JSX.Element {
  return (
    <form method="post" action={props.action} class="inline-form">
      <CsrfField page={props.page} />
      <button
        type="submit"
        class={props.danger ? 'button button-danger' : 'button button-secondary'}
        safe
      >
        {props.label}
      </button>
    </form>
  );
}
