import devPage from '../fixtures/docking_events.2.3.0.lldev.offset10.json';
import iss from '../fixtures/space_stations.4.detailed.2.3.0.json';

/** Real LL2 output: page 2 of the development host's docking events (5 events). A fresh copy. */
export const devDockingPage = () =>
  structuredClone(devPage) as unknown as {
    count: number;
    next: string | null;
    previous: string | null;
    results: Record<string, unknown>[];
  };

/** Real LL2 output: the ISS with its 18 docking ports. */
export const issStation = () => structuredClone(iss) as unknown as Record<string, unknown>;
