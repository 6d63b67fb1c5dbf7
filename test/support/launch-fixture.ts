/** A launch as `/launches/{id}/` answers it, with the parts the drawer shows. */
export function launchJson(id: string, name: string, net: string) {
  return {
    id,
    name,
    net,
    status: { name: 'Launch Successful', abbrev: 'Success' },
    launch_service_provider: { name: 'SpaceX', abbrev: 'SpX' },
    rocket: { configuration: { name: 'Falcon 9', full_name: 'Falcon 9 Block 5' } },
    pad: {
      name: 'Space Launch Complex 40',
      location: { name: 'Cape Canaveral SFS, FL, USA' },
    },
    mission: {
      name: 'Dragon CRS-2 SpX-32',
      type: 'Resupply',
      description: 'Cargo to the ISS.',
      orbit: { name: 'Low Earth Orbit' },
    },
  };
}
