import type { Payload, SpacecraftFlight, SpaceStationMini } from '../../api/schemas';
import type { Docking } from '../../domain/docking';
import { formatIsoDuration, formatYesNo, orNotRecorded } from '../../lib/format';
import { Detail, DetailList } from '../../ui/detail-list';
import { ImageFigure } from './image-figure';

const agencyText = (agency: { name: string; abbrev?: string | null } | null | undefined) =>
  agency ? (agency.abbrev ? `${agency.name} (${agency.abbrev})` : agency.name) : 'Not recorded';

function SpacecraftDetails({ flight }: { flight: SpacecraftFlight }) {
  const craft = flight.spacecraft;
  const config = craft.spacecraft_config;
  const families = (config?.family ?? []).map((family) => family.name?.trim()).filter(Boolean);
  return (
    <>
      <ImageFigure image={craft.image ?? config?.image} alt={`${craft.name}`} />
      <DetailList>
        <Detail label="Name">{craft.name}</Detail>
        <Detail label="Serial number">{orNotRecorded(craft.serial_number)}</Detail>
        <Detail label="Status">{orNotRecorded(craft.status?.name)}</Detail>
        <Detail label="Vehicle">{orNotRecorded(config?.name)}</Detail>
        <Detail label="Type">{orNotRecorded(config?.type?.name)}</Detail>
        <Detail label="Agency">{agencyText(config?.agency)}</Detail>
        <Detail label="Family">{families.length ? families.join(', ') : 'Not recorded'}</Detail>
        <Detail label="Flights">{orNotRecorded(craft.flights_count)}</Detail>
        <Detail label="Time in space">{formatIsoDuration(craft.time_in_space)}</Detail>
        <Detail label="Time docked">{formatIsoDuration(craft.time_docked)}</Detail>
        <Detail label="In space now">{formatYesNo(craft.in_space)}</Detail>
        <Detail label="Fastest turnaround">{formatIsoDuration(craft.fastest_turnaround)}</Detail>
      </DetailList>
      {craft.description?.trim() && <p className="description">{craft.description}</p>}
    </>
  );
}

function PayloadDetails({ payload }: { payload: Payload }) {
  return (
    <>
      <ImageFigure image={payload.image} alt={payload.name?.trim() || 'Payload'} />
      <DetailList>
        <Detail label="Name">{orNotRecorded(payload.name)}</Detail>
        <Detail label="Type">{orNotRecorded(payload.type?.name)}</Detail>
        <Detail label="Operator">{agencyText(payload.operator)}</Detail>
        <Detail label="Manufacturer">{agencyText(payload.manufacturer)}</Detail>
      </DetailList>
      {payload.description?.trim() && <p className="description">{payload.description}</p>}
    </>
  );
}

function StationModuleDetails({ station }: { station: SpaceStationMini }) {
  return (
    <>
      <ImageFigure image={station.image} alt={station.name} />
      <DetailList>
        <Detail label="Name">{station.name}</Detail>
      </DetailList>
    </>
  );
}

const HEADINGS = { spacecraft: 'Spacecraft', payload: 'Payload', station: 'Station module' };

/** Who docked: a spacecraft on a flight, a payload, or a station module. */
export function ChaserSection({ docking }: { docking: Docking }) {
  const { event } = docking;
  return (
    <section aria-labelledby="drawer-chaser">
      <h3 id="drawer-chaser">{HEADINGS[docking.chaser.kind]}</h3>
      {event.flight_vehicle_chaser ? (
        <SpacecraftDetails flight={event.flight_vehicle_chaser} />
      ) : event.payload_flight_chaser ? (
        <PayloadDetails payload={event.payload_flight_chaser.payload} />
      ) : event.space_station_chaser ? (
        <StationModuleDetails station={event.space_station_chaser} />
      ) : (
        <p>Not recorded</p>
      )}
    </section>
  );
}
