import { useRegisterSW } from 'virtual:pwa-register/react';

/**
 * Registers the service worker that lets the dashboard open offline, and says when a newer build
 * is ready: it takes over only when the person reloads, so nothing on screen changes under them.
 */
export function UpdatePrompt() {
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
