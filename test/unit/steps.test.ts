import { describe, expect, it } from 'vitest';
import { finish, sortInSteps } from '../../src/lib/steps';

/*
 * A sort that pauses every thousand items or so, so that a long one can wait for input: it must
 * give exactly what a native sort gives, ties in their first order, whatever the size.
 */

/** A seeded sequence of numbers below `below`, the same in every run. */
function numbers(count: number, below: number, seed: number): number[] {
  let state = seed;
  return Array.from({ length: count }, () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state % below;
  });
}

describe('sortInSteps', () => {
  it('sorts a copy, leaving the items as they were', () => {
    const names = ['Soyuz MS-10', 'cygnus', 'Soyuz MS-9', 'Cargo Dragon'];
    const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });
    expect(finish(sortInSteps(names, collator.compare))).toEqual([
      'Cargo Dragon',
      'cygnus',
      'Soyuz MS-9',
      'Soyuz MS-10',
    ]);
    expect(names[0]).toBe('Soyuz MS-10');
  });

  it('gives what a native sort gives, ties in their first order, at every size', () => {
    for (const count of [0, 1, 255, 256, 257, 1000, 5000]) {
      // Few distinct keys, so that most items tie with others.
      const items = numbers(count, 50, count + 1).map((key, place) => ({ key, place }));
      const byKey = (a: { key: number }, b: { key: number }) => a.key - b.key;
      expect(finish(sortInSteps(items, byKey))).toEqual([...items].sort(byKey));
    }
  });

  it('pauses after each thousand items sorted or merged', () => {
    let compared = 0;
    let most = 0;
    const steps = sortInSteps(numbers(20_000, 1_000_000, 3), (a, b) => {
      compared += 1;
      return a - b;
    });
    let pauses = 0;
    while (!steps.next().done) {
      most = Math.max(most, compared);
      compared = 0;
      pauses += 1;
    }
    // 20 runs of 1,024 sorted natively (about 10,000 comparisons each), then 5 rounds of merging.
    expect(pauses).toBeGreaterThanOrEqual(115);
    expect(most).toBeLessThanOrEqual(11_000);
  });
});
