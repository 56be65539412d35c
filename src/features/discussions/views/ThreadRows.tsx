import type { Highlighted } from '../../../search/highlight.ts';
import type { Page } from '../../../web/page.ts';
import { DemoBadge } from '../../../web/views/DemoBadge.tsx';
import type { ListedThread } from '../thread-list.service.ts';

// A list of threads: title with its badges, author, replies, last post; what is new for the reader.

/** Text with the query's words in <mark>; every part escaped. */
function Marked({ text }: { text: Highlighted }): JSX.Element {
  return (
    <>
      {text.segments.map((s) => (s.mark ? <mark safe>{s.text}</mark> : <span safe>{s.text}</span>))}
    </>
  );
}

function Badges({ page, thread }: { page: Page; thread: ListedThread }): JSX.Element {
  const { t } = page;
  const badges = [
    thread.isPinned ? t('discussions.badges.pinned') : '',
    thread.isAnswered ? t('discussions.badges.answered') : '',
    thread.isLocked ? t('discussions.badges.locked') : '',
  ].filter(Boolean);
  return (
    <>
      {badges.map((b) => (
        <>
          {' '}
          <span class="badge" safe>
            {b}
          </span>
        </>
      ))}
      {thread.newPosts > 0 ? (
        <>
          {' '}
          <strong class="badge" safe>
            {t('discussions.list.newPosts', { count: thread.newPosts })}
          </strong>
        </>
      ) : (
        ''
      )}
    </>
  );
}

export function ThreadRows(props: {
  page: Page;
  threads: ListedThread[];
  caption: string;
  /** Each thread's subject, shown in search results across subjects. */
  whereOf?: (thread: ListedThread) => { title: string; link: string } | undefined;
}): JSX.Element {
  const { page, threads, whereOf } = props;
  const { t } = page;
  // A list rather than a table: on a 360 px phone four columns left the dates one digit wide.
  return (
    <>
      <p class="meta" id="thread-list-caption" safe>
        {props.caption}
      </p>
      <ul class="thread-list" aria-labelledby="thread-list-caption">
        {threads.map((thread) => {
          const where = whereOf?.(thread);
          return (
            <li class="card">
              <h3>
                <a href={`/threads/${thread.id}`}>
                  {thread.marked ? (
                    <Marked text={thread.marked} />
                  ) : (
                    <span safe>{thread.title}</span>
                  )}
                </a>
              </h3>
              <p>
                <DemoBadge page={page} when={thread.isDemo} />
                <Badges page={page} thread={thread} />
              </p>
              {where ? (
                <p class="meta">
                  <a href={where.link} safe>
                    {where.title}
                  </a>
                </p>
              ) : (
                ''
              )}
              <p class="meta">
                <span safe>
                  {`${t('discussions.list.author')}: ${thread.authorName ?? t('discussions.list.formerMember')}`}
                </span>
                {' · '}
                <span
                  safe
                >{`${t('discussions.list.replies')}: ${page.formatNumber(thread.replies)}`}</span>
                {' · '}
                <span safe>
                  {`${t('discussions.list.lastPost')}: ${page.formatDateTimeForReader(thread.lastPostAt)}`}
                </span>
              </p>
            </li>
          );
        })}
      </ul>
    </>
  );
}

/** The search box of a list (within a subject) or of the hub (across subjects). */
export function SearchBox(props: { page: Page; action: string; query: string }): JSX.Element {
  const { t } = props.page;
  return (
    <form method="get" action={props.action} class="filters" role="search">
      <div class="field">
        <label for="discussion-q" safe>
          {t('discussions.search.label')}
        </label>
        <input id="discussion-q" name="q" type="search" value={props.query} maxlength="300" />
      </div>
      <button type="submit" class="button" safe>
        {t('discussions.search.submit')}
      </button>
    </form>
  );
}
