import { DateTime } from 'luxon';

/**
 * Atlas gives segment times as airport-local wall time (`yyyyMMddHHmm`, README "Date/time
 * formats"). The instant needs that airport's offset on that date, DST included: the IANA zone
 * comes from airport-data-js (OurAirports data), the offset from luxon's tz rules.
 */
const zones = new Map<string, Promise<string | null>>();

/**
 * Loaded at the first segment placed, not with the gateway: the package holds every airport
 * (about 20 MB of heap), which a gateway that only pays and tracks orders never needs.
 */
let airports: Promise<typeof import('airport-data-js')> | null = null;

function zoneOf(airport: string): Promise<string | null> {
  let zone = zones.get(airport);
  if (!zone) {
    airports ??= import('airport-data-js');
    zone = airports
      .then(({ getAirportByIata }) => getAirportByIata(airport))
      .then(
        (found) => found[0]?.time ?? null,
        () => null,
      );
    zones.set(airport, zone);
  }
  return zone;
}

export interface LocalTime {
  /** `yyyy-MM-ddTHH:mm`. */
  local: string;
  /** ISO 8601 with offset; null when the airport's zone is not known. */
  instant: string | null;
}

/**
 * Placed times by airport and wall time. The same order's segments are read again at every poll
 * and every read of the order, and placing one costs two luxon parses and a zone lookup; the answer
 * never changes (zone rules are fixed for the process's life), so it is kept, up to a bound.
 */
const placed = new Map<string, Promise<LocalTime | null>>();
const MAX_PLACED = 20_000;

export function airportLocalTime(airport: string, wire: string): Promise<LocalTime | null> {
  const key = `${airport} ${wire}`;
  let time = placed.get(key);
  if (!time) {
    if (placed.size >= MAX_PLACED) placed.delete(placed.keys().next().value!);
    time = place(airport, wire);
    placed.set(key, time);
  }
  return time;
}

async function place(airport: string, wire: string): Promise<LocalTime | null> {
  const wall = DateTime.fromFormat(wire, 'yyyyMMddHHmm', { zone: 'UTC' });
  if (!wall.isValid) return null;
  const local = wall.toFormat("yyyy-MM-dd'T'HH:mm");
  const zone = await zoneOf(airport);
  if (!zone) return { local, instant: null };
  const inZone = DateTime.fromFormat(wire, 'yyyyMMddHHmm', { zone });
  return { local, instant: inZone.isValid ? inZone.toISO({ suppressMilliseconds: true }) : null };
}
