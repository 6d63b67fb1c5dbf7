import { useEffect, useState } from 'react';
import { findInvalidParams, type InvalidParam } from '../domain/view-state';
import type { SetViewState } from '../ui/use-view-state';

/** Drops link parameters that cannot be read, and says so; the rest of the link still applies. */
export function UrlNotice({ setView }: { setView: SetViewState }) {
  const [dropped] = useState<InvalidParam[]>(() => findInvalidParams(window.location.search));
  const [dismissed, setDismissed] = useState(false);

  useEffect(() => {
    if (dropped.length === 0) return;
    void setView(Object.fromEntries(dropped.map(({ name }) => [name, null])), {
      history: 'replace',
    });
  }, [dropped, setView]);

  if (dropped.length === 0 || dismissed) return null;
  return (
    <div className="banner banner-warning" role="alert">
      <span>
        Part of this link could not be read and was ignored:{' '}
        {dropped.map(({ name, value }, index) => (
          <span key={name}>
            {index > 0 && ', '}
            <code>
              {name}={value.length > 40 ? `${value.slice(0, 40)}…` : value}
            </code>
          </span>
        ))}
        . The rest of the view is applied.
      </span>
      <button type="button" onClick={() => setDismissed(true)}>
        Dismiss
      </button>
    </div>
  );
}
