// First: the tokens and base rules come before every feature's styles.
import './ui/base.css';
import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { readSnapshotAhead } from './api/docking-events-queries';
import { getSettings } from './api/settings';
import { App } from './app/app';
import { AppProviders, readSavedCacheAhead } from './app/providers';
import { startTheme } from './ui/theme';

// A first visit (nothing saved) to the live API starts from the build's snapshot, if it has one:
// asked for as soon as the saved cache is known to be empty, not once the first view is up.
void readSavedCacheAhead().then((saved) => {
  if (saved === undefined && getSettings().source === 'live') readSnapshotAhead();
});
startTheme();

const root = createRoot(document.getElementById('root')!);
// As a transition, the first view is rendered in slices of a few milliseconds that yield to the
// browser, not in one long task while the page starts.
startTransition(() =>
  root.render(
    <StrictMode>
      <AppProviders>
        <App />
      </AppProviders>
    </StrictMode>,
  ),
);
