export type SourceId = 'live' | 'dev' | 'sample';

export interface DataSource {
  id: SourceId;
  label: string;
  /** API root without a trailing slash; null for the bundled sample. */
  baseUrl: string | null;
}

const liveBaseUrl =
  (import.meta.env.VITE_LL2_BASE_URL as string | undefined) ?? 'https://ll.thespacedevs.com/2.3.0';

export const DATA_SOURCES: Record<SourceId, DataSource> = {
  live: { id: 'live', label: 'Live API', baseUrl: liveBaseUrl.replace(/\/+$/, '') },
  dev: { id: 'dev', label: 'Development API', baseUrl: 'https://lldev.thespacedevs.com/2.3.0' },
  sample: { id: 'sample', label: 'Bundled sample', baseUrl: null },
};

export function isSourceId(value: unknown): value is SourceId {
  return value === 'live' || value === 'dev' || value === 'sample';
}

/** The bundled sample: real LL2 output, stored byte for byte, and when it was captured. */
export const SAMPLE = {
  eventsPath: 'sample/docking-events.json',
  issPortsPath: 'sample/iss-station.json',
  capturedAt: Date.parse('2026-04-05T04:17:00Z'),
  description: '5 real docking events from the LL2 development API',
};
