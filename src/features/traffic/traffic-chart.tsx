import { memo, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { Docking } from '../../domain/docking';
import { trafficByYear, type YearTraffic } from '../../domain/occupancy';
import type { TimeZoneMode } from '../../lib/time';
import { formatCount, plural } from '../../lib/format';
import { agencyColors, type LegendEntry } from '../../ui/agency-colors';
import { NO_EVENTS_TEXT, type NoEvents } from '../../ui/no-events';
import { useElementWidth } from '../../ui/use-measured';
import { paintBars, trafficBars, yearSpans, yearsPerColumn, type YearSpan } from './traffic-bars';
import './traffic.css';

/** The bars' height in CSS pixels; the years' labels sit below. */
const HEIGHT = 96;

export interface TrafficChartProps {
  /** The filtered events, whatever their time: every year stays in view. */
  dockings: readonly Docking[];
  /** Every loaded event, for the timeline's colours. */
  allDockings: readonly Docking[];
  tz: TimeZoneMode;
  /** The view's window, whose years are marked. */
  from: string | null;
  to: string | null;
  /** Shows the years from `first` to `last`, whole. */
  onPickYears: (first: number, last: number) => void;
  /** Events have arrived but are not counted yet (the chart follows the view after a pause). */
  catchingUp?: boolean;
  /** Why there are no events, when there are none. */
  noEvents?: NoEvents;
}

/** "RFSA 6, SpX 3, Other 3": a year's dockings by agency, in the legend's order. */
function agencyBreakdown(
  year: { counts: ReadonlyMap<string, number> },
  legend: readonly LegendEntry[],
): string {
  return legend
    .filter((entry) => year.counts.get(entry.key))
    .map((entry) => `${entry.label} ${formatCount(year.counts.get(entry.key) ?? 0)}`)
    .join(', ');
}

/** "2011: 12 dockings — RFSA 6, SpX 3, Other 3", or "2000–2019: 240 dockings — …" for a span. */
function describeSpan(span: YearSpan, legend: readonly LegendEntry[]): string {
  const breakdown = agencyBreakdown(span, legend);
  const years = span.first === span.last ? `${span.first}` : `${span.first}–${span.last}`;
  return `${years}: ${plural(span.total, 'docking')}${breakdown ? ` — ${breakdown}` : ''}`;
}

interface YearButtonProps {
  span: YearSpan;
  /** Its place among the columns, and their count. */
  index: number;
  count: number;
  legend: readonly LegendEntry[];
  /** Whether the column is labelled under its bar (labels need about 40 px). */
  labelled: boolean;
  /** Whether the column's years meet the view's window. */
  current: boolean;
  onPick: (first: number, last: number) => void;
  onPoint: (first: number | null) => void;
}

/**
 * One column (a year, or a span of years where they are too many to tell apart): a button over the
 * canvas that holds its name, hover, focus and click. Its bar is painted on the canvas by
 * `paintBars`. Memoized: a filter that leaves a year's numbers alone leaves it alone.
 */
const YearButton = memo(function YearButton(props: YearButtonProps) {
  const { span, index, count, legend, labelled, current, onPick, onPoint } = props;
  return (
    <button
      type="button"
      // Placed by a transform: when a year is added, the others move without a layout shift.
      style={{ width: `${100 / count}%`, transform: `translateX(${index * 100}%)` }}
      aria-label={describeSpan(span, legend)}
      aria-current={current ? 'true' : undefined}
      className="traffic-year"
      onClick={() => onPick(span.first, span.last)}
      onMouseEnter={() => onPoint(span.first)}
      onFocus={() => onPoint(span.first)}
      onBlur={() => onPoint(null)}
    >
      {labelled ? span.first : ''}
    </button>
  );
});

/**
 * The chart as a table, a row a year; always there, so that the panel keeps its height while the
 * history arrives. Its rows are made only while it is open: a long history has thousands of years.
 */
const TrafficTable = memo(function TrafficTable(props: {
  years: readonly YearTraffic[];
  legend: readonly LegendEntry[];
}) {
  const [open, setOpen] = useState(false);
  return (
    <details className="traffic-table" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>Traffic per year as a table</summary>
      {open && (
        <table aria-label="Dockings per year">
          <thead>
            <tr>
              <th scope="col">Year</th>
              <th scope="col">Dockings</th>
              <th scope="col">By agency</th>
            </tr>
          </thead>
          <tbody>
            {props.years.map((year) => (
              <tr key={year.year}>
                <th scope="row">{year.year}</th>
                <td className="numeric">{formatCount(year.total)}</td>
                <td>{agencyBreakdown(year, props.legend) || '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </details>
  );
});

/**
 * Dockings per year, stacked by agency in the timeline's colours, following the filters. Each year
 * is a button: hovering or focusing it shows its numbers, a click or Enter shows that year.
 */
export const TrafficChart = memo(function TrafficChart(props: TrafficChartProps) {
  const { dockings, allDockings, tz, from, to, onPickYears } = props;
  const { catchingUp = false, noEvents = 'waiting' } = props;
  const [pointed, setPointed] = useState<number | null>(null);
  const { groupOf, legend } = useMemo(
    () => agencyColors(allDockings, dockings),
    [allDockings, dockings],
  );
  const years = useMemo(() => trafficByYear(dockings, tz, groupOf), [dockings, tz, groupOf]);
  const [boxRef, measuredWidth] = useElementWidth<HTMLDivElement>();
  const width = measuredWidth ?? 600;
  // Unmeasured (or hidden), a column a year. Keyed on the grouping, not the width: a new width
  // (the drawer opening) that groups the years as before leaves the columns as they are.
  const perColumn = measuredWidth ? yearsPerColumn(years.length, measuredWidth) : 1;
  const spans = useMemo(() => yearSpans(years, perColumn), [years, perColumn]);
  const labelEvery = Math.max(1, Math.ceil(40 / (width / Math.max(1, spans.length))));
  const fromYear = from ? Number(from.slice(0, 4)) : -Infinity;
  const toYear = to ? Number(to.slice(0, 4)) : Infinity;
  const shown = spans.find((span) => span.first === pointed);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  useLayoutEffect(() => {
    // Not drawn to a guessed width: the box's is known a frame after it is first laid out.
    if (!canvasRef.current || measuredWidth === null) return;
    const pieces = trafficBars(spans, legend, measuredWidth, HEIGHT);
    paintBars(canvasRef.current, pieces, measuredWidth, HEIGHT, window.devicePixelRatio || 1);
  }, [spans, legend, measuredWidth]);

  return (
    <section className="panel traffic-panel" aria-labelledby="traffic-title">
      <div className="traffic-header">
        <h2 id="traffic-title" className="panel-title">
          Traffic per year
        </h2>
        <p className="muted small traffic-readout">
          {shown
            ? describeSpan(shown, legend)
            : 'Dockings that began each year. Point at or focus a year for its numbers; choose it to show that year.'}
        </p>
      </div>
      <div ref={boxRef} className="traffic-box">
        {years.length === 0 ? (
          <p className="muted small">
            {catchingUp
              ? 'Counting the dockings of each year…'
              : allDockings.length === 0
                ? NO_EVENTS_TEXT[noEvents]
                : 'No dockings to count for this view.'}
          </p>
        ) : (
          <div className="traffic-plot" onMouseLeave={() => setPointed(null)}>
            <div role="group" aria-label="Dockings per year" className="traffic-years">
              {spans.map((span, index) => (
                <YearButton
                  key={span.first}
                  span={span}
                  index={index}
                  count={spans.length}
                  legend={legend}
                  labelled={index % labelEvery === 0}
                  current={Boolean(from || to) && span.last >= fromYear && span.first <= toYear}
                  onPick={onPickYears}
                  onPoint={setPointed}
                />
              ))}
            </div>
            {/* The bars: drawn, not laid out, so a filter costs one paint (see docs/performance.md). */}
            <canvas ref={canvasRef} className="traffic-bars" height={HEIGHT} aria-hidden="true" />
          </div>
        )}
      </div>
      <TrafficTable years={years} legend={legend} />
    </section>
  );
});
