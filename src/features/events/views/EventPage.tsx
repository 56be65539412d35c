import { languageName } from '../../../web/language-names.ts';
import { renderMarkdown } from '../../../web/markdown.ts';
import type { Page } from '../../../web/page.ts';
import { Layout } from '../../../web/views/Layout.tsx';
import type { EventDetail } from '../events.service.ts';
import type { RegistrationState } from '../registration-panel.service.ts';
import { RegistrationPanel } from './RegistrationPanel.tsx';
import { readerZone, StatusBadge, timeRange, TimeZoneLink, titleAttrs } from './event-parts.tsx';

function People({
  id,
  heading,
  people,
}: {
  id: string;
  heading: string;
  people: Array<{ name: string }>;
}): JSX.Element {
  if (people.length === 0) return <></>;
  return (
    <section aria-labelledby={id}>
      <h2 id={id} safe>
        {heading}
      </h2>
      <ul>
        {people.map((p) => (
          <li safe>{p.name}</li>
        ))}
      </ul>
    </section>
  );
}

/** The seats line: no limit, or how many of how many are left. */
function seatsLine(page: Page, event: EventDetail): string {
  if (event.capacity === null) return page.t('events.page.noSeatLimit');
  const left = Math.max(event.capacity - event.seatsTaken, 0);
  return page.t('events.page.seatsLeft', {
    left: page.formatNumber(left),
    capacity: page.formatNumber(event.capacity),
  });
}

/** Organisers, speakers, facilitators and confirmed participants read the event's discussions. */
function mayDiscuss(
  page: Page,
  event: EventDetail,
  registration: RegistrationState | null | undefined,
): boolean {
  const id = page.actor?.id;
  if (id === undefined) return false;
  return (
    event.isOrganiser ||
    registration?.status === 'registered' ||
    registration?.status === 'attended' ||
    [...event.speakers, ...event.facilitators].some((p) => p.userId === id)
  );
}

/** One event: what, when (in its own zone, and the reader's or UTC), where, who; registration. */
export function EventPage({
  page,
  event,
  registration,
}: {
  page: Page;
  event: EventDetail;
  registration?: RegistrationState | null;
}): JSX.Element {
  const { t } = page;
  const safeDescription = event.description ? renderMarkdown(event.description) : '';
  const otherZone = readerZone(page, event);
  return (
    <Layout page={page} title={event.title}>
      <h1 {...titleAttrs(page, event)} safe>
        {event.title}
      </h1>
      {event.titleLanguage !== page.lang ? (
        <p class="meta" safe>
          {t('events.notInYourLanguage', {
            language: languageName(event.titleLanguage, page.lang),
          })}
        </p>
      ) : (
        ''
      )}
      <p>
        <StatusBadge page={page} status={event.status} />{' '}
        <span class="meta" safe>
          {t(`events.kinds.${event.kind}`)}
        </span>
      </p>
      {event.isOrganiser ? (
        <ul>
          <li>
            <a href={`/authoring/events/${event.id}`} safe>
              {t('events.page.edit')}
            </a>
          </li>
          {(['registrations', 'attendance', 'evaluations', 'documents'] as const).map((part) => (
            <li>
              <a href={`/authoring/events/${event.id}/${part}`} safe>
                {t(`events.page.manage.${part}`)}
              </a>
            </li>
          ))}
        </ul>
      ) : (
        ''
      )}
      <dl>
        <dt safe>{t('events.page.whenLocal', { zone: event.timeZone })}</dt>
        <dd safe>{timeRange(page, event, event.timeZone)}</dd>
        {otherZone ? (
          <>
            <dt safe>{t('time-zones.event.whenReader', { zone: otherZone })}</dt>
            <dd safe>{timeRange(page, event, otherZone)}</dd>
          </>
        ) : page.timeZone === null ? (
          <>
            <dt safe>{t('events.page.whenUtc')}</dt>
            <dd safe>{timeRange(page, event, 'UTC')}</dd>
          </>
        ) : (
          ''
        )}
        <dd>
          <TimeZoneLink page={page} />
        </dd>
        {event.venueCity || event.venueAddress || event.isOnline ? (
          <>
            <dt safe>{t('events.page.where')}</dt>
            <dd>
              {event.venueCity ? (
                <a href={`/organisations/${event.venueCity.slug}`} safe>
                  {event.venueCity.name}
                </a>
              ) : (
                ''
              )}
              {event.venueAddress ? <span safe>{` ${event.venueAddress}`}</span> : ''}
              {event.isOnline ? (
                <p>
                  <span safe>{t('events.page.online')}</span>{' '}
                  {event.visibleOnlineUrl ? (
                    <a href={event.visibleOnlineUrl} rel="noopener noreferrer" safe>
                      {event.visibleOnlineUrl}
                    </a>
                  ) : (
                    <span class="meta" safe>
                      {t('events.page.linkForParticipants')}
                    </span>
                  )}
                </p>
              ) : (
                ''
              )}
            </dd>
          </>
        ) : (
          ''
        )}
        {event.themes.length > 0 ? (
          <>
            <dt safe>{t('events.page.themes')}</dt>
            <dd>
              {event.themes.map((th, i) => (
                <>
                  {i > 0 ? ', ' : ''}
                  <a href={`/themes/${th.slug}`} safe>
                    {th.name}
                  </a>
                </>
              ))}
            </dd>
          </>
        ) : (
          ''
        )}
        {event.curriculum ? (
          <>
            <dt safe>{t('events.page.validatedCurriculum')}</dt>
            <dd>
              <a href={`/curricula/${event.curriculum.slug}`} safe>
                {event.curriculum.name}
              </a>
            </dd>
          </>
        ) : (
          ''
        )}
        <dt safe>{t('events.page.organisers')}</dt>
        <dd>
          {event.organisers.map((o, i) => (
            <>
              {i > 0 ? ', ' : ''}
              <a href={`/organisations/${o.slug}`} safe>
                {o.name}
              </a>
            </>
          ))}
        </dd>
      </dl>
      {safeDescription ? (
        <div class="prose" {...titleAttrs(page, event)}>
          {safeDescription}
        </div>
      ) : (
        ''
      )}
      <People
        id="facilitators"
        heading={t('events.page.facilitators')}
        people={event.facilitators}
      />
      <People id="speakers" heading={t('events.page.speakers')} people={event.speakers} />
      {event.documentCount > 0 ? (
        <section aria-labelledby="documents-title">
          <h2 id="documents-title" safe>
            {t('events.page.documents')}
          </h2>
          <p>
            <a href={`/events/${event.slug}/documents`} safe>
              {t('events.page.documentsLink')}
            </a>
          </p>
        </section>
      ) : (
        ''
      )}
      {mayDiscuss(page, event, registration) ? (
        <p>
          <a href={`/discussions/event/${event.id}`} safe>
            {t('discussions.link')}
          </a>
        </p>
      ) : (
        ''
      )}
      <section id="registration" aria-labelledby="registration-title">
        <h2 id="registration-title" safe>
          {t('events.page.registration')}
        </h2>
        <p safe>{seatsLine(page, event)}</p>
        {registration ? <RegistrationPanel page={page} state={registration} /> : ''}
        {registration?.status === 'attended' ? (
          <p>
            <a href={`/events/${event.slug}/evaluation`} safe>
              {t('events.page.evaluate')}
            </a>
          </p>
        ) : (
          ''
        )}
        {event.status === 'draft' ? (
          ''
        ) : (
          <p>
            <a href={`/events/${event.slug}/event.ics`} download="" safe>
              {t('events.page.ics')}
            </a>
          </p>
        )}
      </section>
    </Layout>
  );
}
