import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { airportLocalTime } from '../../src/atlas/airport-local-time';

describe('airport-local segment times', () => {
  for (const [airport, wire, instant] of [
    ['SIN', '202612180640', '2026-12-18T06:40:00+08:00'],
    ['DUB', '202607011200', '2026-07-01T12:00:00+01:00'],
    ['DUB', '202612011200', '2026-12-01T12:00:00+00:00'],
    ['JFK', '202603080330', '2026-03-08T03:30:00-04:00'],
    ['JFK', '202603080130', '2026-03-08T01:30:00-05:00'],
  ] as const) {
    it(`places ${wire} at ${airport} at ${instant}, with that date's offset`, async () => {
      assert.deepEqual(await airportLocalTime(airport, wire), {
        local: `${wire.slice(0, 4)}-${wire.slice(4, 6)}-${wire.slice(6, 8)}T${wire.slice(8, 10)}:${wire.slice(10)}`,
        instant,
      });
    });
  }

  it('keeps the local time and gives no instant for an airport the dataset does not know', async () => {
    assert.deepEqual(await airportLocalTime('ZZZ', '202612011200'), {
      local: '2026-12-01T12:00',
      instant: null,
    });
  });

  it('gives nothing for a time that is not yyyyMMddHHmm', async () => {
    assert.equal(await airportLocalTime('SIN', '20261201'), null);
  });
});
