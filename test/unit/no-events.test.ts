import { describe, expect, it } from 'vitest';
import { whyNoEvents } from '../../src/ui/no-events';

const failure = new Error('Launch Library 2 answered with an error (HTTP 500).');
const quiet = { error: null, firstPage: false, loaded: 0, idle: false };

describe('why a panel has no events to show', () => {
  it('waits while nothing is asked for yet, while the first page is asked for, and while loaded events are not shown yet', () => {
    expect(whyNoEvents({ ...quiet, idle: true })).toBe('waiting');
    expect(whyNoEvents({ ...quiet, firstPage: true })).toBe('waiting');
    // A restored cache or a first page is in, and the views follow a render later.
    expect(whyNoEvents({ ...quiet, loaded: 5 })).toBe('waiting');
  });

  it('says the events could not be loaded only when a request failed and nothing is loaded or on its way', () => {
    expect(whyNoEvents({ ...quiet, error: failure })).toBe('failed');
    expect(whyNoEvents({ ...quiet, error: failure, idle: true })).toBe('failed');
    // Asked for again (Retry), or failed after events were loaded: still on their way.
    expect(whyNoEvents({ ...quiet, error: failure, firstPage: true })).toBe('waiting');
    expect(whyNoEvents({ ...quiet, error: failure, loaded: 5 })).toBe('waiting');
  });

  it('says there are none when the source answered with none', () => {
    expect(whyNoEvents(quiet)).toBe('none');
  });
});
