import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RelativeTime } from '../../src/ui/time-zone';

const at = (hours: number, minutes: number) => Date.UTC(2026, 0, 1, hours, minutes);

describe('relative times', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
    vi.setSystemTime(at(12, 0));
  });
  afterEach(() => vi.useRealTimers());

  it('move on together each minute, and leave nothing running once none is shown', () => {
    const { unmount } = render(
      <ul>
        <li>
          Docked <RelativeTime ms={at(11, 57)} />
        </li>
        <li>
          Departed <RelativeTime ms={at(11, 50)} />
        </li>
      </ul>,
    );
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Docked 3 minutes ago',
      'Departed 10 minutes ago',
    ]);

    act(() => vi.advanceTimersByTime(60_000));
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Docked 4 minutes ago',
      'Departed 11 minutes ago',
    ]);
    unmount();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('read again after a while with none shown, start from the time of now', () => {
    render(<RelativeTime ms={at(11, 57)} />).unmount();
    vi.setSystemTime(at(12, 30));
    render(
      <p>
        Docked <RelativeTime ms={at(11, 57)} />
      </p>,
    );
    expect(screen.getByRole('paragraph')).toHaveTextContent('Docked 33 minutes ago');
  });
});
