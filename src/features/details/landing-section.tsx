import type { Landing } from '../../api/schemas';
import type { Docking } from '../../domain/docking';
import { formatYesNo } from '../../lib/format';
import { Detail, DetailList } from '../../ui/detail-list';

function isDestructiveReentry(landing: Landing): boolean {
  const type = landing.type;
  return type?.abbrev === 'ATM' || /destructive/i.test(type?.name ?? '');
}

function coordinate(value: number | string | null | undefined, positive: string, negative: string) {
  const number = typeof value === 'string' ? Number.parseFloat(value) : value;
  if (number === null || number === undefined || !Number.isFinite(number)) return null;
  return `${Math.abs(number).toFixed(2)}° ${number >= 0 ? positive : negative}`;
}

function locationText(location: Landing['landing_location']): string {
  if (!location?.name?.trim()) return 'Not recorded';
  const latitude = coordinate(location.latitude, 'N', 'S');
  const longitude = coordinate(location.longitude, 'E', 'W');
  return latitude && longitude ? `${location.name} (${latitude}, ${longitude})` : location.name;
}

function outcome(landing: Landing): string {
  if (landing.attempt === false) return 'Not attempted';
  return landing.success === true
    ? 'Success'
    : landing.success === false
      ? 'Failure'
      : 'Not recorded';
}

export function landingOf(docking: Docking): Landing | null {
  const { event } = docking;
  return event.flight_vehicle_chaser?.landing ?? event.payload_flight_chaser?.landing ?? null;
}

/** How the spacecraft came home, if it did. */
export function LandingSection({ docking }: { docking: Docking }) {
  const landing = landingOf(docking);
  const typeText = landing?.type?.name?.trim()
    ? `${landing.type.name}${landing.type.description?.trim() ? ` — ${landing.type.description}` : ''}`
    : 'Not recorded';

  return (
    <section aria-labelledby="drawer-landing">
      <h3 id="drawer-landing">Landing</h3>
      {!landing ? (
        <p>Not recorded</p>
      ) : (
        <>
          {isDestructiveReentry(landing) && (
            <p className="callout">No landing (destructive re-entry)</p>
          )}
          <DetailList>
            <Detail label="Attempted">{formatYesNo(landing.attempt)}</Detail>
            <Detail label="Outcome">{outcome(landing)}</Detail>
            <Detail label="Type">{typeText}</Detail>
            <Detail label="Location">{locationText(landing.landing_location)}</Detail>
          </DetailList>
          {landing.description?.trim() && <p className="description">{landing.description}</p>}
        </>
      )}
    </section>
  );
}
