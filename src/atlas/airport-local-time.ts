import { DateTime } from 'luxon';
import { loadAirportZones } from './airport-zones';

/**
 * Atlas gives segment times as airport-local wall time (`yyyyMMddHHmm`, README "Date/time
 * formats"). The instant needs that airport's offset on that date, DST included: the IANA zone
 * comes from airport-data-js (OurAirports data), the offset from luxon's tz rules.
 */

/**
 * Read at the first segment placed, not with the gateway, which may only pay and track orders. A
 * failed read rejects, and is tried again at the next segment.
 */
let zones: Promise<ReadonlyMap<string, string>> | null = null;

async function zoneOf(airport: string): Promise<string | null> {
  zones ??= loadAirportZones();
  try {
    return (await zones).get(airport) ?? null;
  } catch (error) {
    zones = null;
    throw error;
  }
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
    // Without the zone table, the instant is null this time and the answer is not kept.
    time = place(airport, wire).catch(() => {
      placed.delete(key);
      return unplaced(wire);
    });
    placed.set(key, time);
  }
  return time;
}

function unplaced(wire: string): LocalTime | null {
  const wall = DateTime.fromFormat(wire, 'yyyyMMddHHmm', { zone: 'UTC' });
  return wall.isValid ? { local: wall.toFormat("yyyy-MM-dd'T'HH:mm"), instant: null } : null;
}

async function place(airport: string, wire: string): Promise<LocalTime | null> {
  const wall = unplaced(wire);
  if (!wall) return null;
  const zone = await zoneOf(airport);
  if (!zone) return wall;
  const { local } = wall;
  const inZone = DateTime.fromFormat(wire, 'yyyyMMddHHmm', { zone });
  return { local, instant: inZone.isValid ? inZone.toISO({ suppressMilliseconds: true }) : null };
}
