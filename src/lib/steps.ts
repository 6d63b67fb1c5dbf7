/*
 * Work done in steps: a generator that `yield`s where it can pause for the page, so that it can be
 * spread over idle time (`stepsWhenIdle` in `idle.ts`) or run through at once (`finish`).
 */

/** Work done in steps, giving a `T` at its end. */
export type Steps<T> = Generator<void, T, void>;

/** Items taken between pauses; items sorted natively at a time before their runs are merged. */
export const ITEMS_PER_STEP = 1024;
const RUN = 1024;

/**
 * A stable sort of a copy of `items` that pauses (`yield`s) every thousand items or so, so that a
 * sort of 100,000 names can be spread over the page's idle time (`stepsWhenIdle`) or run through
 * at once (`finish`). The result is the one `[...items].sort(compare)` gives: runs sorted natively,
 * then merged, each tie keeping the earlier item first.
 */
export function* sortInSteps<T>(items: readonly T[], compare: (a: T, b: T) => number): Steps<T[]> {
  const count = items.length;
  let from = new Array<T>(count);
  for (let start = 0; start < count; start += RUN) {
    const run = items.slice(start, start + RUN).sort(compare);
    for (let offset = 0; offset < run.length; offset += 1) from[start + offset] = run[offset]!;
    yield;
  }
  let to = new Array<T>(count);
  let merged = 0;
  for (let width = RUN; width < count; width *= 2) {
    for (let left = 0; left < count; left += 2 * width) {
      const middle = Math.min(left + width, count);
      const right = Math.min(left + 2 * width, count);
      if (middle < right && compare(from[middle - 1]!, from[middle]!) <= 0) {
        // Already in order, as a history's names often are.
        for (let out = left; out < right; out += 1) to[out] = from[out]!;
        continue;
      }
      let a = left;
      let b = middle;
      for (let out = left; out < right; out += 1) {
        const takeA = b >= right || (a < middle && compare(from[a]!, from[b]!) <= 0);
        to[out] = takeA ? from[a++]! : from[b++]!;
        if (++merged % ITEMS_PER_STEP === 0) yield;
      }
    }
    [from, to] = [to, from];
  }
  return from;
}

/** `items.map(each)`, in steps. */
export function* mapInSteps<T, U>(items: readonly T[], each: (item: T) => U): Steps<U[]> {
  const mapped = new Array<U>(items.length);
  for (let index = 0; index < items.length; index += 1) {
    mapped[index] = each(items[index]!);
    if ((index + 1) % ITEMS_PER_STEP === 0) yield;
  }
  return mapped;
}

/** Runs work made of steps through to its end, and returns what it gives. */
export function finish<T>(work: Iterator<unknown, T>): T {
  let step = work.next();
  while (!step.done) step = work.next();
  return step.value;
}
