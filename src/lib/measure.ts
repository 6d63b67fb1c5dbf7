/**
 * Runs `work` and records how long it took as a User Timing measure named `name` (the bench reads
 * them with a PerformanceObserver); the entry is not kept in the page's timeline.
 */
export function measured<T>(name: string, work: () => T): T {
  const start = performance.now();
  const result = work();
  if (typeof performance.measure === 'function') {
    performance.measure(name, { start, end: performance.now() });
    performance.clearMeasures(name);
  }
  return result;
}
