import type { Page } from '../../../web/page.ts';
import { CsrfField } from '../../../web/views/forms.tsx';
import { timeRange, titleAttrs } from '../../events/views/event-parts.tsx';
import type { RunOffer } from '../enrolment-options.service.ts';
import { runDates, runName } from './RunLabels.tsx';

// The course page's runs: when and where each takes place, and the one action that fits the
// visitor (sign in, enrol, apply, join the waiting list, continue, or where they stand).

function PostButton(props: {
  page: Page;
  action: string;
  label: string;
  /** The run the button acts on: its heading names the button's target for screen readers. */
  runId: number;
  secondary?: boolean;
  waitlistIfFull?: boolean;
}): JSX.Element {
  return (
    <form method="post" action={props.action} class="inline-form">
      <CsrfField page={props.page} />
      {props.waitlistIfFull ? <input type="hidden" name="waitlist_if_full" value="1" /> : ''}
      <button
        type="submit"
        class={props.secondary ? 'button-secondary' : 'button'}
        aria-describedby={`run-${props.runId}-title`}
        safe
      >
        {props.label}
      </button>
    </form>
  );
}

function Action({ page, offer, slug }: { page: Page; offer: RunOffer; slug: string }): JSX.Element {
  const { t } = page;
  const id = offer.run.id;
  switch (offer.action) {
    case 'signIn':
      return (
        <p>
          <a class="button" href={`/sign-in?next=${encodeURIComponent(`/courses/${slug}`)}`} safe>
            {t('runs.offer.signIn')}
          </a>
        </p>
      );
    case 'enrol':
      return (
        <>
          <PostButton
            runId={id}
            page={page}
            action={`/runs/${id}/enrol`}
            label={t('runs.offer.enrol')}
            waitlistIfFull
          />
          <p class="hint" safe>
            {t('runs.offer.enrolHint')}
          </p>
        </>
      );
    case 'waitlist':
      return (
        <>
          <p safe>{t('runs.offer.full')}</p>
          <PostButton
            runId={id}
            page={page}
            action={`/runs/${id}/waitlist`}
            label={t('runs.offer.joinWaitlist')}
          />
        </>
      );
    case 'apply':
      return (
        <p>
          <a class="button" href={`/runs/${id}/apply`} safe>
            {t('runs.offer.apply')}
          </a>
        </p>
      );
    case 'continue':
      return (
        <p>
          <a class="button" href={`/learn/${id}`} safe>
            {t('runs.offer.continue')}
          </a>
        </p>
      );
    case 'waitlisted':
      return (
        <p safe>
          {t('runs.offer.waitlisted', { place: page.formatNumber(offer.waitlistPlace ?? 1) })}
        </p>
      );
    default:
      return <p safe>{t(`runs.offer.${offer.action}`)}</p>;
  }
}

/** The run's live sessions, each linking to its event page (where one registers). */
function LiveSessions({ page, offer }: { page: Page; offer: RunOffer }): JSX.Element {
  if (offer.liveSessions.length === 0) return <></>;
  const headingId = `run-${offer.run.id}-sessions`;
  return (
    <>
      <h4 id={headingId} safe>
        {page.t('runs.liveSessions.title')}
      </h4>
      <ul aria-labelledby={headingId}>
        {offer.liveSessions.map((event) => (
          <li>
            <a href={`/events/${event.slug}`} {...titleAttrs(page, event)} safe>
              {event.title}
            </a>{' '}
            <span class="meta" safe>
              {timeRange(page, event, event.timeZone)}
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}

const WITHDRAW_LABEL: Record<string, string> = {
  continue: 'runs.offer.withdraw',
  waitlisted: 'runs.offer.leaveWaitlist',
  applied: 'runs.offer.withdrawApplication',
};

export function EnrolPanel(props: { page: Page; offers: RunOffer[]; slug: string }): JSX.Element {
  const { page, offers } = props;
  const { t } = page;
  return (
    <section aria-labelledby="runs-title">
      <h2 id="runs-title" safe>
        {t('runs.offer.title')}
      </h2>
      {offers.length === 0 ? (
        <p safe>{t('runs.offer.none')}</p>
      ) : (
        <ul class="card-grid">
          {offers.map((offer) => {
            const { run } = offer;
            const facts = [
              t(`runs.modes.${run.enrolmentMode}`),
              offer.seatsLeft === null
                ? t('runs.offer.noSeatLimit')
                : t('runs.offer.seatsLeft', { n: page.formatNumber(offer.seatsLeft) }),
            ];
            return (
              <li class="card" id={`run-${run.id}`}>
                <h3 id={`run-${run.id}-title`} dir="auto" safe>
                  {runName(page, run)}
                </h3>
                {run.title ? (
                  <p class="meta" safe>
                    {runDates(page, run)}
                  </p>
                ) : (
                  ''
                )}
                {run.location ? (
                  <p class="meta" dir="auto" safe>
                    {t('runs.offer.location', { location: run.location })}
                  </p>
                ) : (
                  ''
                )}
                <p class="meta" safe>
                  {facts.join(' · ')}
                </p>
                {offer.facilitators.length ? (
                  <p class="meta" safe>
                    {t('runs.offer.facilitators', { names: offer.facilitators.join(', ') })}
                  </p>
                ) : (
                  ''
                )}
                {run.enrolmentClosesAt && offer.action !== 'continue' ? (
                  <p class="meta" safe>
                    {t('runs.offer.closes', { date: page.formatDate(run.enrolmentClosesAt) })}
                  </p>
                ) : (
                  ''
                )}
                <LiveSessions page={page} offer={offer} />
                <Action page={page} offer={offer} slug={props.slug} />
                {offer.canWithdraw ? (
                  <PostButton
                    runId={run.id}
                    page={page}
                    action={`/runs/${run.id}/withdraw`}
                    label={t(WITHDRAW_LABEL[offer.action] ?? 'runs.offer.withdraw')}
                    secondary
                  />
                ) : (
                  ''
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
