import type { Page } from '../../../web/page.ts';
import { Layout } from '../../../web/views/Layout.tsx';
import type { CalendarMonth } from '../calendar.service.ts';
import { monthName } from './CalendarPage.tsx';
import { EventCard, titleAttrs } from './event-parts.tsx';

// The month view: a plain table of weeks (it scrolls sideways inside .table-wrap on small screens)
// and, under it, the month's events as a list, which reads well at any width and in a screen reader.

/** Weekday names from Monday, in the reader's language (1 January 2024 was a Monday). */
const weekdayNames = new Map<string, string[]>();

/** Monday to Sunday in the reader's language (1 January 2024 was a Monday). */
function weekdays(page: Page, style: 'long' | 'short'): string[] {
  const key = `${page.lang}:${style}`;
  let names = weekdayNames.get(key);
  if (!names) {
    const f = new Intl.DateTimeFormat(page.lang, { weekday: style, timeZone: 'UTC' });
    names = Array.from({ length: 7 }, (_, i) => f.format(new Date(Date.UTC(2024, 0, 1 + i))));
    weekdayNames.set(key, names);
  }
  return names;
}

export function CalendarMonthPage({
  page,
  month,
}: {
  page: Page;
  month: CalendarMonth;
}): JSX.Element {
  const { t } = page;
  const title = t('events.month.title', { month: monthName(page, month.month) });
  const long = weekdays(page, 'long');
  const short = weekdays(page, 'short');
  const dayNumber = new Intl.NumberFormat(page.lang);
  return (
    <Layout page={page} title={title}>
      <h1 safe>{title}</h1>
      <nav class="pagination" aria-label={t('events.month.otherMonths')}>
        <a href={`/events/month/${month.previous}`} rel="prev" safe>
          {t('events.month.previous', { month: monthName(page, month.previous) })}
        </a>
        <a href={`/events/month/${month.next}`} rel="next" safe>
          {t('events.month.next', { month: monthName(page, month.next) })}
        </a>
      </nav>
      <p>
        <a href="/events" safe>
          {t('events.month.listView')}
        </a>
      </p>
      <div class="table-wrap" tabindex="0" role="region" aria-label={title}>
        <table>
          <caption safe>{title}</caption>
          <thead>
            <tr>
              {short.map((name, i) => (
                <th scope="col">
                  <abbr title={long[i]} safe>
                    {name}
                  </abbr>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {month.weeks.map((week) => (
              <tr>
                {week.map((day) =>
                  day === null ? (
                    <td></td>
                  ) : (
                    <td>
                      <time datetime={day.date} safe>
                        {dayNumber.format(Number(day.date.slice(8)))}
                      </time>
                      {day.events.length > 0 ? (
                        <ul>
                          {day.events.map((event) => (
                            <li>
                              <a href={`/events/${event.slug}`} {...titleAttrs(page, event)} safe>
                                {event.title}
                              </a>
                            </li>
                          ))}
                        </ul>
                      ) : (
                        ''
                      )}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <section aria-labelledby="month-events">
        <h2 id="month-events" safe>
          {t('events.month.eventsThisMonth')}
        </h2>
        {month.events.length === 0 ? (
          <p role="status" safe>
            {t('events.month.none')}
          </p>
        ) : (
          <ul class="card-grid">
            {month.events.map((event) => (
              <EventCard page={page} event={event} />
            ))}
          </ul>
        )}
      </section>
    </Layout>
  );
}
