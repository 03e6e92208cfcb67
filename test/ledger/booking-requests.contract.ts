import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { describe, it } from 'node:test';
import { BookingRequestState } from '../../src/ledger/booking-requests';
import { TestLedger } from '../support/ledger';
import { suiteResource } from '../support/suite-resource';

const T0 = new Date('2026-12-01T10:00:00.000Z');
const at = (ms: number) => new Date(T0.getTime() + ms);
const HOUR = 3_600_000;

/** createOrder's idempotency records, on every database the ledger runs on. */
export function bookingRequestsContract(
  name: string,
  open: () => Promise<TestLedger | null>,
): void {
  describe(`${name}: booking requests contract`, () => {
    const use = suiteResource(name, open, (opened) => opened.ledger.bookings);
    const record = (keyHash: string, fingerprint = 'fp-1') => ({
      keyHash,
      partnerId: 'partner-a',
      fingerprint,
      expiresAt: at(24 * HOUR),
    });

    it('keeps a SENT record until it is settled with its outcome and order number', async (t) => {
      const bookings = use(t);
      if (!bookings) return;
      const keyHash = randomUUID();
      assert.equal(await bookings.find(keyHash, T0), null);
      await bookings.begin(record(keyHash), T0);
      assert.equal((await bookings.find(keyHash, at(1)))?.state, BookingRequestState.SENT);
      await bookings.settle(keyHash, {
        state: BookingRequestState.SETTLED,
        outcome: '{"kind":"created"}',
        orderNo: 'TESTA20261201180000000',
      });
      const found = await bookings.find(keyHash, at(2));
      assert.deepEqual(
        {
          state: found?.state,
          outcome: found?.outcome,
          orderNo: found?.orderNo,
          fp: found?.fingerprint,
        },
        {
          state: 'SETTLED',
          outcome: '{"kind":"created"}',
          orderNo: 'TESTA20261201180000000',
          fp: 'fp-1',
        },
      );
    });

    it('forgets a record once it expires, and begin replaces it', async (t) => {
      const bookings = use(t);
      if (!bookings) return;
      const keyHash = randomUUID();
      await bookings.begin(record(keyHash), T0);
      assert.equal(await bookings.find(keyHash, at(24 * HOUR)), null);
      await bookings.begin({ ...record(keyHash, 'fp-2'), expiresAt: at(48 * HOUR) }, at(24 * HOUR));
      const found = await bookings.find(keyHash, at(25 * HOUR));
      assert.equal(found?.fingerprint, 'fp-2');
      assert.equal(found?.state, BookingRequestState.SENT);
      assert.equal(found?.outcome, null);
    });
  });
}
