import type { ReactNode } from 'react';
import { ErrorBoundary, type FallbackProps } from 'react-error-boundary';
import { retryOrReload } from '../lib/load-code';
import './panel.css';

interface PanelBoundaryProps {
  /** What the panel is, for the message: "the timeline". */
  name: string;
  children: ReactNode;
  /** Class of the box the message sits in, to keep the panel's place in the layout. */
  className?: string;
  /** Values whose change clears the error by itself (say, opening another event). */
  resetKeys?: unknown[];
  /** Shown beside Retry, for panels that can also be dismissed. */
  extraAction?: { label: string; onClick: () => void };
}

/**
 * A render crash in one panel shows a message with Retry there; the other panels keep working.
 * Where the panel's code failed to load, Reload is offered instead: a retry cannot fetch it again.
 */
export function PanelBoundary({
  name,
  children,
  className,
  resetKeys,
  extraAction,
}: PanelBoundaryProps) {
  const fallback = ({ error, resetErrorBoundary }: FallbackProps) => {
    const wayOn = retryOrReload(error, resetErrorBoundary);
    return (
      <div className={className ? `${className} panel-error` : 'panel-error'} role="alert">
        <p>
          <strong>Something went wrong in {name}.</strong>{' '}
          {error instanceof Error ? error.message : 'It could not be shown.'} The rest of the page
          still works.
        </p>
        <div className="actions">
          {extraAction && (
            <button type="button" onClick={extraAction.onClick}>
              {extraAction.label}
            </button>
          )}
          <button type="button" onClick={wayOn.onClick}>
            {wayOn.label}
          </button>
        </div>
      </div>
    );
  };
  return (
    <ErrorBoundary fallbackRender={fallback} resetKeys={resetKeys}>
      {children}
    </ErrorBoundary>
  );
}
