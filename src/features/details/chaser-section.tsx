import type { ChaserDetails, Docking, AgencyName } from '../../domain/docking';
import { formatIsoDuration, formatYesNo, orNotRecorded } from '../../lib/format';
import { Detail, DetailList } from '../../ui/detail-list';
import { ImageFigure } from './image-figure';

type Details<Kind extends ChaserDetails['kind']> = Extract<ChaserDetails, { kind: Kind }>;

const agencyText = (agency: AgencyName | null) =>
  agency ? (agency.abbrev ? `${agency.name} (${agency.abbrev})` : agency.name) : 'Not recorded';

function SpacecraftDetails({ craft }: { craft: Details<'spacecraft'> }) {
  return (
    <>
      <ImageFigure picture={craft.picture} alt={craft.name} />
      <DetailList>
        <Detail label="Name">{craft.name}</Detail>
        <Detail label="Serial number">{orNotRecorded(craft.serialNumber)}</Detail>
        <Detail label="Status">{orNotRecorded(craft.status)}</Detail>
        <Detail label="Vehicle">{orNotRecorded(craft.vehicle)}</Detail>
        <Detail label="Type">{orNotRecorded(craft.type)}</Detail>
        <Detail label="Agency">{agencyText(craft.agency)}</Detail>
        <Detail label="Family">
          {craft.families.length ? craft.families.join(', ') : 'Not recorded'}
        </Detail>
        <Detail label="Flights">{orNotRecorded(craft.flights)}</Detail>
        <Detail label="Time in space">{formatIsoDuration(craft.timeInSpace)}</Detail>
        <Detail label="Time docked">{formatIsoDuration(craft.timeDocked)}</Detail>
        <Detail label="In space now">{formatYesNo(craft.inSpace)}</Detail>
        <Detail label="Fastest turnaround">{formatIsoDuration(craft.fastestTurnaround)}</Detail>
      </DetailList>
      {craft.description && <p className="description">{craft.description}</p>}
    </>
  );
}

function PayloadDetails({ payload }: { payload: Details<'payload'> }) {
  return (
    <>
      <ImageFigure picture={payload.picture} alt={payload.name ?? 'Payload'} />
      <DetailList>
        <Detail label="Name">{orNotRecorded(payload.name)}</Detail>
        <Detail label="Type">{orNotRecorded(payload.type)}</Detail>
        <Detail label="Operator">{agencyText(payload.operator)}</Detail>
        <Detail label="Manufacturer">{agencyText(payload.manufacturer)}</Detail>
      </DetailList>
      {payload.description && <p className="description">{payload.description}</p>}
    </>
  );
}

function StationModuleDetails({ station }: { station: Details<'station'> }) {
  return (
    <>
      <ImageFigure picture={station.picture} alt={station.name} />
      <DetailList>
        <Detail label="Name">{station.name}</Detail>
      </DetailList>
    </>
  );
}

const HEADINGS = { spacecraft: 'Spacecraft', payload: 'Payload', station: 'Station module' };

/** Who docked: a spacecraft on a flight, a payload, or a station module. */
export function ChaserSection({ docking }: { docking: Docking }) {
  const { details } = docking;
  return (
    <section aria-labelledby="drawer-chaser">
      <h3 id="drawer-chaser">{HEADINGS[details.kind]}</h3>
      {details.kind === 'spacecraft' ? (
        <SpacecraftDetails craft={details} />
      ) : details.kind === 'payload' ? (
        <PayloadDetails payload={details} />
      ) : (
        <StationModuleDetails station={details} />
      )}
    </section>
  );
}
