import type { Page } from '../../../web/page.ts';

// A horizontal bar chart drawn on the server as inline SVG (no script, no chart library), with
// its figures in a table beside it for screen readers and for print.

export interface Bar {
  label: string;
  value: number;
}

const ROW = 22;
const WIDTH = 320;

/** A chart and its data table; the SVG is an image titled by `title`, the table its long text. */
export function BarChart({
  page,
  id,
  title,
  bars,
}: {
  page: Page;
  id: string;
  title: string;
  bars: Bar[];
}): JSX.Element {
  const { t } = page;
  if (bars.length === 0)
    return (
      <p class="meta" safe>
        {t('reports.none')}
      </p>
    );
  const max = Math.max(...bars.map((b) => b.value), 1);
  const height = bars.length * ROW;
  return (
    <div class="report-chart">
      <svg
        role="img"
        aria-labelledby={`${id}-title`}
        viewBox={`0 0 ${WIDTH} ${height}`}
        width="100%"
        height={String(height)}
        preserveAspectRatio="none"
      >
        <title id={`${id}-title`} safe>
          {title}
        </title>
        {bars.map((b, i) => (
          <rect
            x="0"
            y={String(i * ROW + 3)}
            width={String(Math.max((b.value / max) * WIDTH, 1))}
            height={String(ROW - 6)}
            fill="currentColor"
          />
        ))}
      </svg>
      <div class="table-wrap">
        <table aria-label={title}>
          <thead>
            <tr>
              <th scope="col" safe>
                {t('reports.table.item')}
              </th>
              <th scope="col" safe>
                {t('reports.table.count')}
              </th>
            </tr>
          </thead>
          <tbody>
            {bars.map((b) => (
              <tr>
                <th scope="row" dir="auto" safe>
                  {b.label}
                </th>
                <td safe>{page.formatNumber(b.value)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
