import type { Page } from '../../../web/page.ts';
import {
  CsrfField,
  SelectField,
  SubmitButton,
  TextAreaField,
  TextField,
  emptyForm,
  type FormState,
} from '../../../web/views/forms.tsx';
import type { ExchangePageData } from '../exchange-page.service.ts';
import { DateField, Section } from './ExchangeFields.tsx';

// The parts of the exchange page that its facilitator and programme coordinators change: status,
// participants and meetings. Others see the lists without the forms.

/** What each section of the exchange page is given; `form` is its form after a bad POST. */
export type SectionProps = { page: Page; data: ExchangePageData; form?: FormState };

export function StatusSection({ page, data, form = emptyForm }: SectionProps): JSX.Element {
  const { t } = page;
  const x = data.exchange;
  const moves = data.manage?.nextStatuses ?? [];
  const action = `/exchanges/${x.slug}/status`;
  return (
    <Section id="status" title={t('exchanges.show.statusTitle')}>
      {moves.length === 0 ? <p safe>{t('exchanges.show.final')}</p> : ''}
      {moves
        .filter((s) => s !== 'closed')
        .map((s) => (
          <form method="post" action={action} class="inline-form">
            <CsrfField page={page} />
            <input type="hidden" name="status" value={s} />
            <button
              type="submit"
              class={s === 'cancelled' ? 'button button-danger' : 'button'}
              safe
            >
              {t(`exchanges.show.moveTo.${s}`)}
            </button>
          </form>
        ))}
      {moves.includes('closed') ? (
        <form method="post" action={action} class="stack" novalidate>
          <CsrfField page={page} />
          <input type="hidden" name="status" value="closed" />
          <TextAreaField
            page={page}
            form={form}
            name="summary"
            label={t('exchanges.fields.summary')}
            maxlength={10000}
          />
          <SubmitButton>
            <span safe>{t('exchanges.show.moveTo.closed')}</span>
          </SubmitButton>
        </form>
      ) : (
        ''
      )}
      {x.status !== 'cancelled' ? (
        <p>
          <a class="button button-secondary" href={`/twinnings/new?exchange=${x.id}`} safe>
            {t('exchanges.show.toTwinning')}
          </a>
        </p>
      ) : (
        ''
      )}
    </Section>
  );
}

export function ParticipantsSection({ page, data, form = emptyForm }: SectionProps): JSX.Element {
  const { t } = page;
  const slug = data.exchange.slug;
  const members = data.manage?.members ?? [];
  return (
    <Section id="participants" title={t('exchanges.fields.participants')}>
      {data.participants.length === 0 ? (
        <p safe>{t('exchanges.show.noParticipants')}</p>
      ) : (
        <ul>
          {data.participants.map((p) => (
            <li>
              <span dir="auto" safe>
                {p.cityName ? `${p.name} (${p.cityName})` : p.name}
              </span>
              {data.manage ? (
                <form
                  method="post"
                  action={`/exchanges/${slug}/participants/${p.id}/remove`}
                  class="inline-form"
                >
                  <CsrfField page={page} />{' '}
                  <button
                    type="submit"
                    class="link-button"
                    aria-label={t('exchanges.show.removeNamed', { name: p.name })}
                    safe
                  >
                    {t('exchanges.show.remove')}
                  </button>
                </form>
              ) : (
                ''
              )}
            </li>
          ))}
        </ul>
      )}
      {data.manage && members.length > 0 ? (
        <form method="post" action={`/exchanges/${slug}/participants`} class="stack" novalidate>
          <CsrfField page={page} />
          <SelectField
            page={page}
            form={form}
            name="participant"
            label={t('exchanges.show.addParticipant')}
            options={members.map((m) => ({
              value: String(m.id),
              label: `${m.name} (${m.cityName})`,
            }))}
          />
          <SubmitButton>
            <span safe>{t('exchanges.show.add')}</span>
          </SubmitButton>
        </form>
      ) : data.manage ? (
        <p class="hint" safe>
          {t('exchanges.show.noMembers')}
        </p>
      ) : (
        ''
      )}
    </Section>
  );
}

export function MeetingsSection({ page, data, form = emptyForm }: SectionProps): JSX.Element {
  const { t } = page;
  const events = data.manage?.events ?? [];
  return (
    <Section id="meetings" title={t('exchanges.show.meetings')}>
      {data.meetings.length === 0 ? (
        <p safe>
          {t(data.manage ? 'exchanges.show.noMeetingsManage' : 'exchanges.show.noMeetings')}
        </p>
      ) : (
        <ul>
          {data.meetings.map((m) => (
            <li>
              <strong dir="auto" safe>
                {m.title}
              </strong>
              {' · '}
              <span safe>{page.formatDate(m.heldOn)}</span>
              {m.event ? (
                <>
                  {' · '}
                  <a href={`/events/${m.event.slug}`} dir="auto" safe>
                    {m.event.title}
                  </a>
                </>
              ) : (
                ''
              )}
            </li>
          ))}
        </ul>
      )}
      {data.manage ? (
        <form
          method="post"
          action={`/exchanges/${data.exchange.slug}/meetings`}
          class="stack"
          novalidate
        >
          <CsrfField page={page} />
          <TextField
            page={page}
            form={form}
            name="meeting_title"
            label={t('exchanges.fields.meetingTitle')}
            required
            maxlength={200}
            dir="auto"
          />
          <DateField
            page={page}
            name="meeting_date"
            label={t('exchanges.fields.meetingDate')}
            value={form.values.meeting_date}
            error={form.errors.meeting_date}
            required
          />
          <SelectField
            page={page}
            form={form}
            name="meeting_event"
            label={t('exchanges.fields.meetingEvent')}
            options={[
              { value: '', label: t('exchanges.show.noEvent') },
              ...events.map((e) => ({
                value: String(e.id),
                label: `${e.title} (${page.formatDate(e.startsAt, 'medium')})`,
              })),
            ]}
          />
          <SubmitButton>
            <span safe>{t('exchanges.show.addMeeting')}</span>
          </SubmitButton>
        </form>
      ) : (
        ''
      )}
    </Section>
  );
}
