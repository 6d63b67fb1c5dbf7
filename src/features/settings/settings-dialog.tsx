import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { apiThrottleQuery } from '../../api/throttle-queries';
import { checkApiKey, saveSettings, useSettings } from '../../api/settings';
import { DATA_SOURCES, type SourceId } from '../../api/sources';
import { formatWaitMs } from '../../lib/format';
import './settings.css';

const SOURCE_HINTS: Record<SourceId, string> = {
  live: 'The whole history, 15 requests an hour without a key',
  dev: 'A small, stale data set for development',
  sample: 'Real data bundled with the app; no network',
};

export function SettingsDialog({ onClose }: { onClose: () => void }) {
  const settings = useSettings();
  const [source, setSource] = useState<SourceId>(settings.source);
  const [apiKey, setApiKey] = useState(settings.apiKey);
  const [keyMessage, setKeyMessage] = useState<string | null>(null);
  const titleId = useId();
  const keyId = useId();
  const firstFieldRef = useRef<HTMLInputElement>(null);
  const baseUrl = DATA_SOURCES[source].baseUrl;

  useEffect(() => {
    const previous = document.activeElement as HTMLElement | null;
    firstFieldRef.current?.focus();
    return () => previous?.focus();
  }, []);

  const budget = useQuery(apiThrottleQuery(settings.source));

  return (
    <div
      className="modal-backdrop"
      onClick={(event) => event.target === event.currentTarget && onClose()}
    >
      <div
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        className="modal"
        onKeyDown={(event) => event.key === 'Escape' && onClose()}
      >
        <h2 id={titleId}>Settings</h2>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            const checked = checkApiKey(apiKey);
            if (!checked.ok) {
              setKeyMessage(checked.message);
              return;
            }
            if (checked.removed > 0 && checked.key !== '') {
              // Shown before it is used: the person checks what is left of what they pasted.
              setApiKey(checked.key);
              setKeyMessage(
                `${checked.removed === 1 ? 'One invisible character was' : `${checked.removed} invisible characters were`} removed from the key. Check it and save again.`,
              );
              return;
            }
            saveSettings({ source, apiKey: checked.key });
            onClose();
          }}
        >
          <fieldset>
            <legend>Data source</legend>
            {(Object.keys(DATA_SOURCES) as SourceId[]).map((id, index) => (
              <label key={id} className="radio">
                <input
                  ref={index === 0 ? firstFieldRef : undefined}
                  type="radio"
                  name="source"
                  value={id}
                  checked={source === id}
                  onChange={() => setSource(id)}
                />
                <span>
                  {DATA_SOURCES[id].label}
                  <span className="muted"> — {SOURCE_HINTS[id]}</span>
                </span>
              </label>
            ))}
          </fieldset>
          <div className="stacked">
            <label htmlFor={keyId}>API key (optional)</label>
            <input
              id={keyId}
              type="password"
              autoComplete="off"
              spellCheck={false}
              aria-describedby={`${keyId}-hint${keyMessage ? ` ${keyId}-message` : ''}`}
              aria-invalid={keyMessage !== null}
              value={apiKey}
              onChange={(event) => {
                setApiKey(event.target.value);
                setKeyMessage(null);
              }}
            />
            {keyMessage && (
              <span id={`${keyId}-message`} role="alert" className="field-message">
                {keyMessage}
              </span>
            )}
            <span id={`${keyId}-hint`} className="muted small">
              Kept in this browser only and sent only to{' '}
              {baseUrl ? new URL(baseUrl).host : 'the API'}, never in a link.
            </span>
          </div>
          <p className="muted small" role="status">
            {settings.source === 'sample'
              ? 'The bundled sample uses no requests.'
              : budget.data
                ? `${Math.max(0, budget.data.your_request_limit - budget.data.current_use)} of ${budget.data.your_request_limit} requests left${
                    budget.data.next_use_secs > 0
                      ? `; the next is freed in ${formatWaitMs(budget.data.next_use_secs * 1000)}`
                      : ''
                  }.`
                : budget.isError
                  ? 'The remaining request budget could not be read.'
                  : 'Reading the remaining request budget…'}
          </p>
          <div className="actions">
            <button type="button" onClick={onClose}>
              Cancel
            </button>
            <button type="submit" className="primary">
              Save
            </button>
          </div>
        </form>
      </div>
    </div>
  );
}
