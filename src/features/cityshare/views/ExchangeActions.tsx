import type { Page } from '../../../web/page.ts';
import {
  CsrfField,
  SelectField,
  SubmitButton,
  TextField,
  type FormState,
} from '../../../web/views/forms.tsx';
import type { ExchangePageData } from '../exchange-page.service.ts';
import { DateField, Section } from './ExchangeFields.tsx';

// The agreed actions of an exchange: the table for all who see it; the done toggle and the form
// for its facilitator and programme coordinators.

type Props = { page: Page; data: ExchangePageData; form?: FormState };
const empty: FormState = { values: {}, errors: {} };

export function ActionsSection({ page, data, form = empty }: Props): JSX.Element {
  const { t } = page;
  const slug = data.exchange.slug;
  return (
    <Section id="actions" title={t('exchanges.show.actions')}>
      {data.actions.length === 0 ? (
        <p safe>{t(data.manage ? 'exchanges.show.noActionsManage' : 'exchanges.show.noActions')}</p>
      ) : (
        <div class="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col" safe>
                  {t('exchanges.fields.actionTitle')}
                </th>
                <th scope="col" safe>
                  {t('exchanges.fields.actionCity')}
                </th>
                <th scope="col" safe>
                  {t('exchanges.fields.actionDue')}
                </th>
                <th scope="col" safe>
                  {t('exchanges.show.done')}
                </th>
              </tr>
            </thead>
            <tbody>
              {data.actions.map((a) => (
                <tr>
                  <th scope="row" dir="auto" safe>
                    {a.title}
                  </th>
                  <td dir="auto" safe>
                    {a.cityName || t('exchanges.show.allCities')}
                  </td>
                  <td>{a.dueOn ? <span safe>{page.formatDate(a.dueOn)}</span> : '—'}</td>
                  <td>
                    <span safe>{a.isDone ? t('exchanges.show.yes') : t('exchanges.show.no')}</span>
                    {data.manage ? (
                      <form
                        method="post"
                        action={`/exchanges/${slug}/actions/${a.id}/toggle`}
                        class="inline-form"
                      >
                        <CsrfField page={page} />
                        <input type="hidden" name="done" value={a.isDone ? '0' : '1'} />{' '}
                        <button
                          type="submit"
                          class="link-button"
                          aria-label={t(
                            a.isDone
                              ? 'exchanges.show.markOpenNamed'
                              : 'exchanges.show.markDoneNamed',
                            { title: a.title },
                          )}
                          safe
                        >
                          {t(a.isDone ? 'exchanges.show.markOpen' : 'exchanges.show.markDone')}
                        </button>
                      </form>
                    ) : (
                      ''
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {data.manage ? (
        <form method="post" action={`/exchanges/${slug}/actions`} class="stack" novalidate>
          <CsrfField page={page} />
          <TextField
            page={page}
            form={form}
            name="action_title"
            label={t('exchanges.fields.actionTitle')}
            required
            maxlength={200}
            dir="auto"
          />
          <SelectField
            page={page}
            form={form}
            name="action_city"
            label={t('exchanges.fields.actionCity')}
            options={[
              { value: '', label: t('exchanges.show.allCities') },
              ...data.cities.map((c) => ({ value: String(c.id), label: c.name })),
            ]}
          />
          <DateField
            page={page}
            name="action_due"
            label={t('exchanges.fields.actionDue')}
            value={form.values.action_due}
            error={form.errors.action_due}
          />
          <SubmitButton>
            <span safe>{t('exchanges.show.addAction')}</span>
          </SubmitButton>
        </form>
      ) : (
        ''
      )}
    </Section>
  );
}
