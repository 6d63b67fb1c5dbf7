import { describe, expect, it } from 'vitest';
import { pageTitle } from '../../src/domain/page-title';
import { parseViewState } from '../../src/domain/view-state';

const facets = {
  station: [
    { id: 4, name: 'International Space Station', count: 400 },
    { id: 18, name: 'Tiangong', count: 40 },
  ],
  vehicle: [
    { id: 1, name: 'Soyuz', count: 1 },
    { id: 2, name: 'Progress', count: 1 },
    { id: 3, name: 'Crew Dragon', count: 1 },
    { id: 4, name: 'Starliner', count: 1 },
  ],
};

describe('pageTitle', () => {
  it('is the app name alone for the unfiltered view before data', () => {
    expect(pageTitle(parseViewState(''), facets, null)).toBe('Station Dockings');
    expect(pageTitle(parseViewState(''), facets, '555 events')).toBe(
      '555 events | Station Dockings',
    );
  });

  it('names the chosen filters, then the count', () => {
    expect(
      pageTitle(
        parseViewState('?station=18&status=docked&from=2025-01-01&q=shenzhou'),
        facets,
        '3 of 555 events',
      ),
    ).toBe(
      'Tiangong · still docked · 2025-01-01 to … · “shenzhou” — 3 of 555 events | Station Dockings',
    );
  });

  it('shortens long choices and names unknown ids by number', () => {
    expect(pageTitle(parseViewState('?vehicle=1,2,3,4&port=77'), facets, null)).toBe(
      '#77 · Soyuz, Progress +2 | Station Dockings',
    );
  });
});

describe('pageTitle, more closely', () => {
  it('lists two choices in full and shortens from three', () => {
    expect(pageTitle(parseViewState('?vehicle=1,2'), facets, null)).toBe(
      'Soyuz, Progress | Station Dockings',
    );
    expect(pageTitle(parseViewState('?vehicle=1,2,3'), facets, null)).toBe(
      'Soyuz, Progress +1 | Station Dockings',
    );
  });

  it('names ids by number before their facet is known', () => {
    expect(pageTitle(parseViewState('?station=18'), {}, null)).toBe('#18 | Station Dockings');
  });

  it('shows a window open at its start, and search text trimmed, or none when it is only spaces', () => {
    expect(pageTitle(parseViewState('?to=2025-06-30&q=%20dragon%20'), facets, null)).toBe(
      '… to 2025-06-30 · “dragon” | Station Dockings',
    );
    expect(pageTitle({ ...parseViewState(''), q: '   ' }, facets, null)).toBe('Station Dockings');
    expect(pageTitle(parseViewState('?status=departed'), facets, null)).toBe(
      'departed | Station Dockings',
    );
  });
});
