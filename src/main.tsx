// First: the tokens and base rules come before every feature's styles.
import './ui/base.css';
import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { AppProviders, readAhead } from './app/providers';
import { startTheme } from './ui/theme';

readAhead();
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
