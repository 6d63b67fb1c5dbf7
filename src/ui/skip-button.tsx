import type { ReactNode } from 'react';

/** Where the skip buttons lead: panels that take focus (`tabIndex={-1}`). */
export const PANEL_IDS = { events: 'events', portStats: 'port-statistics' } as const;

/**
 * Moves keyboard focus past a long run of controls (the timeline has a button per stay). Out of
 * sight until it has focus.
 */
export function SkipButton({ to, children }: { to: string; children: ReactNode }) {
  return (
    <button
      type="button"
      className="skip-button"
      onClick={() => document.getElementById(to)?.focus()}
    >
      {children}
    </button>
  );
}
