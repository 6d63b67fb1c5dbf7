import { render, screen } from '@testing-library/react';
import { ErrorBoundary } from 'react-error-boundary';
import { describe, expect, it, vi } from 'vitest';
import { laterCode, useLaterCode, type LaterCode } from '../../src/ui/use-later-code';

interface Panel {
  title: string;
}

function PanelOrPlaceholder({ code }: { code: LaterCode<Panel> }) {
  const panel = useLaterCode(code);
  return <h2>{panel ? panel.title : 'Waiting for its code'}</h2>;
}

describe('code loaded after the first view', () => {
  it('shows the placeholder until the code arrives, then the panel; once there, at once', async () => {
    let arrive: (panel: Panel) => void = () => {};
    const importPanel = vi.fn(() => new Promise<Panel>((resolve) => (arrive = resolve)));
    const code = laterCode(importPanel);
    const first = render(<PanelOrPlaceholder code={code} />);
    expect(screen.getByRole('heading')).toHaveTextContent('Waiting for its code');
    arrive({ title: 'Timeline' });
    expect(await screen.findByRole('heading', { name: 'Timeline' })).toBeInTheDocument();
    first.unmount();

    // Drawn again (a panel that came back): in the same render, with no placeholder first.
    render(<PanelOrPlaceholder code={code} />);
    expect(screen.getByRole('heading')).toHaveTextContent('Timeline');
    expect(importPanel).toHaveBeenCalledTimes(1);
  });

  it('asks for the code once, however often it is asked for before it arrives', async () => {
    const importPanel = vi.fn(() => Promise.resolve({ title: 'Port statistics' }));
    const code = laterCode(importPanel);
    code.preload();
    render(<PanelOrPlaceholder code={code} />);
    expect(await screen.findByRole('heading', { name: 'Port statistics' })).toBeInTheDocument();
    expect(importPanel).toHaveBeenCalledTimes(1);
  });

  it('tells a failure to load to the nearest error boundary, as code that could not be loaded', async () => {
    const code = laterCode<Panel>(() => Promise.reject(new TypeError('Failed to fetch module')));
    // Asked for ahead of need, and long before it is drawn: the failure waits for the panel to
    // tell it (an unhandled rejection in between fails the run).
    code.preload();
    await new Promise((resolve) => setTimeout(resolve, 20));
    render(
      <ErrorBoundary
        fallbackRender={({ error }) => (
          <p role="alert">{error instanceof Error ? error.message : 'failed'}</p>
        )}
      >
        <PanelOrPlaceholder code={code} />
      </ErrorBoundary>,
    );
    expect(await screen.findByRole('alert')).toHaveTextContent('Its code could not be loaded.');
  });
});
