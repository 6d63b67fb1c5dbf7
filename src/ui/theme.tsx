import { useEffect, useState } from 'react';

export type Theme = 'system' | 'light' | 'dark';
const STORAGE_KEY = 'station-dockings:theme';
const prefersDark = () => window.matchMedia('(prefers-color-scheme: dark)').matches;

export function readTheme(): Theme {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    return saved === 'light' || saved === 'dark' ? saved : 'system';
  } catch {
    return 'system';
  }
}

/** Sets the colours in use: the chosen theme, or the system's while it is "system". */
export function applyTheme(theme: Theme) {
  const dark = theme === 'dark' || (theme === 'system' && prefersDark());
  document.documentElement.dataset.theme = dark ? 'dark' : 'light';
}

/** Applies the remembered theme now, and follows the system's changes while it is "system". */
export function startTheme() {
  applyTheme(readTheme());
  window
    .matchMedia('(prefers-color-scheme: dark)')
    .addEventListener('change', () => applyTheme(readTheme()));
}

/** Light, dark, or as the system says; remembered in this browser. */
export function ThemeSelect() {
  const [theme, setTheme] = useState(readTheme);
  return (
    <select
      aria-label="Theme"
      value={theme}
      onChange={(event) => {
        const next = event.target.value as Theme;
        try {
          if (next === 'system') localStorage.removeItem(STORAGE_KEY);
          else localStorage.setItem(STORAGE_KEY, next);
        } catch {
          // Not remembered (storage unavailable); the choice still applies to this visit.
        }
        setTheme(next);
        applyTheme(next);
      }}
    >
      <option value="system">System theme</option>
      <option value="light">Light theme</option>
      <option value="dark">Dark theme</option>
    </select>
  );
}

/** The values of the root's CSS custom properties `names` (e.g. `{ text: '--text' }`). */
function readProperties<K extends string>(names: Record<K, string>): Record<K, string> {
  const style = getComputedStyle(document.documentElement);
  const values = {} as Record<K, string>;
  for (const key of Object.keys(names) as K[])
    values[key] = style.getPropertyValue(names[key]).trim();
  return values;
}

/**
 * The theme's colours for what is drawn rather than styled (a canvas), read from its CSS custom
 * properties and again whenever the theme changes. `names` must not change between renders.
 */
export function useThemeColors<K extends string>(names: Record<K, string>): Record<K, string> {
  const [colors, setColors] = useState(() => readProperties(names));
  useEffect(() => {
    const observer = new MutationObserver(() => setColors(readProperties(names)));
    observer.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['data-theme'],
    });
    return () => observer.disconnect();
  }, [names]);
  return colors;
}
