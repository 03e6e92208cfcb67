/**
 * createOrder's idempotency records. A record is written before order.do is sent (SENT) and
 * settled with its answer; one left SENT or UNKNOWN means the answer was lost and a booking may
 * exist. Keys and request fingerprints are keyed hashes: no passenger data is stored.
 */
export enum BookingRequestState {
  SENT = 'SENT',
  SETTLED = 'SETTLED',
  UNKNOWN = 'UNKNOWN',
}

export interface BookingRecord {
  keyHash: string;
  partnerId: string;
  fingerprint: string;
  state: BookingRequestState;
  /** The encoded outcome a SETTLED record replays. */
  outcome: string | null;
  orderNo: string | null;
  expiresAt: Date;
}

export interface BookingRequests {
  /** The unexpired record of a key, if any. */
  find(keyHash: string, now: Date): Promise<BookingRecord | null>;
  /** Writes the record as SENT, replacing an expired or unknown one. Runs under the key's lock. */
  begin(record: Omit<BookingRecord, 'state' | 'outcome' | 'orderNo'>, now: Date): Promise<void>;
  settle(
    keyHash: string,
    settlement: { state: BookingRequestState; outcome: string | null; orderNo: string | null },
  ): Promise<void>;
}
