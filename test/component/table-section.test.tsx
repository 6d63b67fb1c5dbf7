import { cleanup, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { parseViewState } from '../../src/domain/view-state';
import { CodeLoadError } from '../../src/lib/load-code';
import type { NoEvents } from '../../src/ui/no-events';
import { TableSection } from '../../src/features/events-table/table-section';

const NO_EVENTS: { more: boolean; noEvents: NoEvents; error: Error | null } = {
  more: false,
  noEvents: 'none',
  error: null,
};

function renderTable(loading: Partial<typeof NO_EVENTS>) {
  render(
    <TableSection
      rows={[]}
      total={0}
      countText="0 events"
      view={parseViewState('')}
      setView={vi.fn()}
      loading={{ ...NO_EVENTS, ...loading, retry: vi.fn() }}
      activeId={null}
      onOpen={vi.fn()}
    />,
  );
}

describe('the events table with no rows to show', () => {
  it('keeps its loading rows while events are on their way', () => {
    renderTable({ noEvents: 'waiting' });
    expect(screen.getByRole('status', { name: 'Loading docking events' })).toBeInTheDocument();
    expect(screen.queryByText('No docking events')).not.toBeInTheDocument();
  });

  it('says the source has none only when nothing is loaded or loading', () => {
    renderTable({});
    expect(screen.getByText('No docking events')).toBeInTheDocument();
    expect(screen.queryByRole('status', { name: 'Loading docking events' })).toBeNull();
  });

  it('offers Retry after a failed request, and Reload when the code that reads it failed', () => {
    renderTable({
      noEvents: 'failed',
      error: new Error('Launch Library 2 answered with an error (HTTP 500).'),
    });
    expect(screen.getByText('Docking events could not be loaded')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Retry' })).toBeInTheDocument();
    cleanup();
    renderTable({ noEvents: 'failed', error: new CodeLoadError() });
    expect(screen.getByText('Its code could not be loaded.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Reload' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Retry' })).toBeNull();
  });
});
