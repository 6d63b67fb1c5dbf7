import type { Docking, Landing } from '../../domain/docking';
import { formatYesNo } from '../../lib/format';
import { Detail, DetailList } from '../../ui/detail-list';

function isDestructiveReentry(landing: Landing): boolean {
  const type = landing.type;
  return type?.abbrev === 'ATM' || /destructive/i.test(type?.name ?? '');
}

function coordinate(value: number | null, positive: string, negative: string) {
  if (value === null) return null;
  return `${Math.abs(value).toFixed(2)}° ${value >= 0 ? positive : negative}`;
}

function locationText(location: Landing['location']): string {
  if (!location?.name) return 'Not recorded';
  const latitude = coordinate(location.latitude, 'N', 'S');
  const longitude = coordinate(location.longitude, 'E', 'W');
  return latitude && longitude ? `${location.name} (${latitude}, ${longitude})` : location.name;
}

function outcome(landing: Landing): string {
  if (landing.attempted === false) return 'Not attempted';
  return landing.success === true
    ? 'Success'
    : landing.success === false
      ? 'Failure'
      : 'Not recorded';
}

/** How the spacecraft came home, if it did. */
export function LandingSection({ docking }: { docking: Docking }) {
  const { landing } = docking;
  const typeText = landing?.type?.name
    ? `${landing.type.name}${landing.type.description ? ` — ${landing.type.description}` : ''}`
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
            <Detail label="Attempted">{formatYesNo(landing.attempted)}</Detail>
            <Detail label="Outcome">{outcome(landing)}</Detail>
            <Detail label="Type">{typeText}</Detail>
            <Detail label="Location">{locationText(landing.location)}</Detail>
          </DetailList>
          {landing.description && <p className="description">{landing.description}</p>}
        </>
      )}
    </section>
  );
}
