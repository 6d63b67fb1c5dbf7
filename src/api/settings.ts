import { useSyncExternalStore } from 'react';
import { isSourceId, type SourceId } from './sources';

/** Data-source settings live in this browser only: never in the URL, never in the query cache. */
export interface Settings {
  source: SourceId;
  apiKey: string;
}

/** Characters a paste can bring along that no key holds: white space and invisible format marks. */
const INVISIBLE = /[\s\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]/gu;
/** What an HTTP header can carry and LL2 keys are made of: visible ASCII. */
const SENDABLE = /^[\x21-\x7E]*$/;

export type ApiKeyCheck =
  { ok: true; key: string; removed: number } | { ok: false; message: string };

/**
 * A key as typed or pasted, made sendable: invisible characters are removed (and counted, so the
 * person can be told), and a key with any other character a header cannot carry is refused.
 */
export function checkApiKey(raw: string): ApiKeyCheck {
  // White space at the ends is what a paste usually brings, and goes without a word.
  const trimmed = raw.trim();
  const key = trimmed.replace(INVISIBLE, '');
  const removed = [...trimmed].length - [...key].length;
  if (!SENDABLE.test(key)) {
    const bad = [...key].find((character) => !SENDABLE.test(character)) ?? '';
    return {
      ok: false,
      message: `An API key holds only letters, digits and ASCII punctuation; “${bad}” cannot be sent.`,
    };
  }
  return { ok: true, key, removed };
}

function sendableKey(value: unknown): string {
  if (typeof value !== 'string') return '';
  const checked = checkApiKey(value);
  return checked.ok ? checked.key : '';
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
        apiKey: sendableKey(apiKey),
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

/** Saves the settings; a key that cannot be sent is not saved (check it first with checkApiKey). */
export function saveSettings(next: Settings): void {
  cached = { source: next.source, apiKey: sendableKey(next.apiKey) };
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
