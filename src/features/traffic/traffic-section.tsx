import { memo, useMemo } from 'react';
import { SETTLE_MS, useSettledValue } from '../../ui/use-settled-value';
import { TrafficChart, type TrafficChartProps } from './traffic-chart';

/**
 * The traffic chart, following the view once typing or filtering pauses: the table and the
 * timeline answer the input first. The pause is kept here, so that when the chart catches up only
 * this panel renders again, not the page.
 */
export const TrafficSection = memo(function TrafficSection(props: TrafficChartProps) {
  const { dockings, allDockings } = props;
  const settled = useSettledValue(
    useMemo(() => ({ all: allDockings, shown: dockings }), [allDockings, dockings]),
    SETTLE_MS,
  );
  return (
    <TrafficChart
      {...props}
      dockings={settled.shown}
      allDockings={settled.all}
      catchingUp={settled.all.length === 0 && allDockings.length > 0}
    />
  );
});
