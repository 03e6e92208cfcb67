import { execFile } from 'node:child_process';
import { z } from 'zod';

/**
 * Runs in a child process. airport-data-js unpacks every airport in the world when first asked
 * (about 50 MB of heap that stays for the life of the process that loaded it, and lengthens every
 * full garbage collection); the gateway needs only each IATA code's zone, a few hundred KB. The
 * first airport listed under a code wins, as its getAirportByIata answers.
 */
const EXTRACT = (packagePath: string) => `
const { findAirports } = require(${JSON.stringify(packagePath)});
findAirports().then((airports) => {
  const zones = {};
  for (const { iata, time } of airports) {
    if (/^[A-Z]{3}$/.test(iata) && !(iata in zones)) zones[iata] = time || null;
  }
  process.stdout.write(JSON.stringify(zones));
});`;

const ZONES = z.record(z.string(), z.string().nullable());

/** IATA code → IANA zone, from airport-data-js (OurAirports data), read in a child process. */
export function loadAirportZones(): Promise<ReadonlyMap<string, string>> {
  const script = EXTRACT(require.resolve('airport-data-js'));
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ['-e', script],
      { maxBuffer: 8 * 1024 * 1024, timeout: 60_000, windowsHide: true },
      (error, stdout) => {
        if (error) return reject(new Error(`airport zones not read: ${error.message}`));
        try {
          const zones = ZONES.parse(JSON.parse(stdout));
          resolve(
            new Map(
              Object.entries(zones).filter((entry): entry is [string, string] => entry[1] !== null),
            ),
          );
        } catch (parseError) {
          reject(new Error(`airport zones unreadable: ${(parseError as Error).message}`));
        }
      },
    );
  });
}
