import type { Page } from '../../../web/page.ts';
import type { FormState } from '../../../web/views/forms.tsx';
import { Layout } from '../../../web/views/Layout.tsx';
import type { RegistrationState } from '../registration-panel.service.ts';
import { RegistrationPanel } from './RegistrationPanel.tsx';

/** The registration form again, with the answers kept and what to fix (400). */
export function RegistrationPage(props: {
  page: Page;
  title: string;
  state: RegistrationState;
  form: FormState;
}): JSX.Element {
  const { page } = props;
  return (
    <Layout page={page} title={props.title}>
      <h1 safe>{props.title}</h1>
      <section id="registration" aria-labelledby="registration-title">
        <h2 id="registration-title" safe>
          {page.t('registrations.panel.title')}
        </h2>
        <RegistrationPanel page={page} state={props.state} form={props.form} />
      </section>
      <p>
        <a href={`/events/${props.state.slug}`} safe>
          {page.t('registrations.backToEvent')}
        </a>
      </p>
    </Layout>
  );
}
