import { useSyncExternalStore } from 'react';
import { isSourceId, type SourceId } from './sources';

/** Data-source settings live in this browser only: never in the URL, never in the query cache. */
export interface Settings {
  source: SourceId;
  apiKey: string;
}

const STORAGE_KEY = 'station-dockings:settings';
const DEFAULT_SETTINGS: Settings = { source: 'live', apiKey: '' };
const listeners = new Set<() => void>();
let cached: Settings | null = null;

function readSettings(): Settings {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null');
    if (stored && typeof stored === 'object') {
      const { source, apiKey } = stored as Record<string, unknown>;
      return {
        source: isSourceId(source) ? source : DEFAULT_SETTINGS.source,
        apiKey: typeof apiKey === 'string' ? apiKey.trim() : '',
      };
    }
  } catch {
    // Unreadable settings fall back to the defaults.
  }
  return DEFAULT_SETTINGS;
}

export function getSettings(): Settings {
  cached ??= readSettings();
  return cached;
}

export function saveSettings(next: Settings): void {
  cached = { source: next.source, apiKey: next.apiKey.trim() };
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(cached));
  } catch {
    // Storage can be full or blocked; the settings still apply for this visit.
  }
  listeners.forEach((listener) => listener());
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useSettings(): Settings {
  return useSyncExternalStore(subscribe, getSettings, getSettings);
}

/** For tests: forget what was read so the next read sees localStorage again. */
export function resetSettingsCache(): void {
  cached = null;
}
