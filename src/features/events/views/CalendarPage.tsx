import { WORLD_REGIONS } from '../../../web/countries.ts';
import type { Page } from '../../../web/page.ts';
import {
  ErrorSummary,
  SelectField,
  TextField,
  type FormState,
  type Option,
} from '../../../web/views/forms.tsx';
import { Layout } from '../../../web/views/Layout.tsx';
import { Pagination } from '../../../web/views/Pagination.tsx';
import { localDate, type CalendarListPage } from '../calendar.service.ts';
import type { EventSummary } from '../event-text.ts';
import { canCreateEvents } from '../events.policy.ts';
import { CALENDAR_FILTER_NAMES, EVENT_KINDS } from '../events.schema.ts';
import { EventCard } from './event-parts.tsx';

export interface CalendarProps {
  page: Page;
  filters: FormState;
  result: CalendarListPage;
  pageNumber: number;
  /** This month (YYYY-MM), for the link to the month view. */
  thisMonth: string;
}

/** The calendar's address with the current filters kept, and a page number if past the first. */
function calendarHref(values: Record<string, string>, pageNumber = 1): string {
  const params = new URLSearchParams();
  for (const name of CALENDAR_FILTER_NAMES) if (values[name]) params.set(name, values[name]);
  if (pageNumber > 1) params.set('page', String(pageNumber));
  const text = params.toString();
  return text ? `/events?${text}` : '/events';
}

function Filters({ page, filters, result }: Omit<CalendarProps, 'pageNumber' | 'thisMonth'>) {
  const { t } = page;
  const any: Option = { value: '', label: t('common.form.any') };
  const select = (name: string, options: Option[]) => (
    <SelectField
      page={page}
      form={filters}
      name={name}
      label={t(`events.filters.${name}`)}
      options={[any, ...options]}
    />
  );
  return (
    <form method="get" action="/events" class="filters" role="search">
      {filters.values.when === 'past' ? <input type="hidden" name="when" value="past" /> : ''}
      {select(
        'theme',
        result.themes.map((th) => ({ value: th.slug, label: th.name })),
      )}
      {select(
        'kind',
        EVENT_KINDS.map((k) => ({ value: k, label: t(`events.kinds.${k}`) })),
      )}
      {select(
        'region',
        WORLD_REGIONS.map((r) => ({ value: r, label: t(`organisations.worldRegions.${r}`) })),
      )}
      {select(
        'partner',
        result.partners.map((p) => ({ value: p.slug, label: p.name })),
      )}
      <TextField
        page={page}
        form={filters}
        name="year"
        label={t('events.filters.year')}
        maxlength={4}
      />
      <div class="field">
        <button type="submit" safe>
          {t('common.form.filter')}
        </button>
      </div>
    </form>
  );
}

/** Events grouped by the month they start in (in their own time zone's calendar). */
function byMonth(events: EventSummary[]): Array<{ month: string; events: EventSummary[] }> {
  const groups: Array<{ month: string; events: EventSummary[] }> = [];
  for (const event of events) {
    const month = localDate(event.startsAt, event.timeZone).slice(0, 7);
    const last = groups.at(-1);
    if (last && last.month === month) last.events.push(event);
    else groups.push({ month, events: [event] });
  }
  return groups;
}

const monthFormats = new Map<string, Intl.DateTimeFormat>();
export function monthName(page: Page, month: string): string {
  let f = monthFormats.get(page.lang);
  if (!f)
    monthFormats.set(
      page.lang,
      (f = new Intl.DateTimeFormat(page.lang, { year: 'numeric', month: 'long', timeZone: 'UTC' })),
    );
  return f.format(new Date(`${month}-01T00:00:00.000Z`));
}

/** The public calendar as a list: upcoming (or past) events, filters, one page, page links. */
export function CalendarPage(props: CalendarProps): JSX.Element {
  const { page, filters, result, pageNumber, thisMonth } = props;
  const { t } = page;
  const past = filters.values.when === 'past';
  const filtered = CALENDAR_FILTER_NAMES.some((n) => n !== 'when' && filters.values[n]);
  const prevHref = pageNumber > 1 ? calendarHref(filters.values, pageNumber - 1) : null;
  const nextHref = result.hasNext ? calendarHref(filters.values, pageNumber + 1) : null;
  const title = past ? t('events.calendar.pastTitle') : t('events.calendar.title');
  return (
    <Layout page={page} title={title}>
      <h1 safe>{title}</h1>
      <nav aria-label={t('events.calendar.views')}>
        <ul class="nav-list">
          <li>
            <a href="/events" aria-current={past ? undefined : 'page'} safe>
              {t('events.calendar.upcoming')}
            </a>
          </li>
          <li>
            <a href="/events?when=past" aria-current={past ? 'page' : undefined} safe>
              {t('events.calendar.past')}
            </a>
          </li>
          <li>
            <a href={`/events/month/${thisMonth}`} safe>
              {t('events.calendar.monthView')}
            </a>
          </li>
          <li>
            <a href="/reports/events" safe>
              {t('reports.index.title')}
            </a>
          </li>
        </ul>
      </nav>
      {canCreateEvents(page.actor) ? (
        <p>
          <a class="button button-secondary" href="/authoring/events/new" safe>
            {t('events.edit.newTitle')}
          </a>
        </p>
      ) : (
        ''
      )}
      <ErrorSummary page={page} errors={filters.errors} />
      <Filters page={page} filters={filters} result={result} />
      {result.entries.length === 0 ? (
        <div role="status">
          <p safe>{filtered ? t('events.calendar.noMatch') : t('events.calendar.empty')}</p>
          {filtered ? (
            <p>
              <a href={past ? '/events?when=past' : '/events'} safe>
                {t('events.calendar.clearFilters')}
              </a>
            </p>
          ) : (
            ''
          )}
        </div>
      ) : (
        byMonth(result.entries).map((group) => (
          <section aria-labelledby={`month-${group.month}`}>
            <h2 id={`month-${group.month}`} safe>
              {monthName(page, group.month)}
            </h2>
            <ul class="card-grid">
              {group.events.map((event) => (
                <EventCard page={page} event={event} />
              ))}
            </ul>
          </section>
        ))
      )}
      <Pagination
        page={page}
        back={
          prevHref
            ? { href: prevHref, label: t('events.calendar.previousPage'), rel: 'prev' }
            : null
        }
        nextHref={nextHref}
      />
    </Layout>
  );
}
