import { useEffect, useState } from 'react';
import { useRegisterSW } from 'virtual:pwa-register/react';

/**
 * How long after the page has its data the service worker is registered. Installing it fetches the
 * whole build again (about 0.8 MB) to keep offline: on a slow network, done while the first page
 * loads, it competed with the code and LL2's answers (Lighthouse mobile 77 against 84, its
 * simulated phone's first paint 0.17 s later).
 */
const REGISTER_AFTER_MS = 1000;

interface UpdatePromptProps {
  /** Nothing is loading: the first view is on screen. */
  settled: boolean;
}

/**
 * Registers the service worker that lets the dashboard open offline, once the first view is on
 * screen, and says when a newer build is ready: it takes over only when the person reloads, so
 * nothing on screen changes under them.
 */
export function UpdatePrompt({ settled }: UpdatePromptProps) {
  const [register, setRegister] = useState(false);
  useEffect(() => {
    if (!settled || register) return;
    const timer = setTimeout(() => setRegister(true), REGISTER_AFTER_MS);
    return () => clearTimeout(timer);
  }, [settled, register]);
  return register ? <RegisteredUpdatePrompt /> : null;
}

function RegisteredUpdatePrompt() {
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    updateServiceWorker,
  } = useRegisterSW();
  if (!needRefresh) return null;
  return (
    <div className="banners">
      <div className="banner banner-info" role="status">
        <span>A new version of Station Dockings is available.</span>
        <span className="banner-actions">
          <button type="button" onClick={() => void updateServiceWorker(true)}>
            Reload
          </button>
          <button type="button" onClick={() => setNeedRefresh(false)}>
            Later
          </button>
        </span>
      </div>
    </div>
  );
}
