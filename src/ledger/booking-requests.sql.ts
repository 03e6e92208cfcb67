import { Kysely } from 'kysely';
import { BookingRecord, BookingRequests, BookingRequestState } from './booking-requests';
import { guarded } from './ledger.rows';
import { LedgerTables } from './ledger.schema';

export function createSqlBookingRequests(db: Kysely<LedgerTables>): BookingRequests {
  return {
    find: (keyHash, now) =>
      guarded('reading a booking request', async () => {
        const row = await db
          .selectFrom('booking_requests')
          .selectAll()
          .where('key_hash', '=', keyHash)
          .where('expires_at', '>', now)
          .executeTakeFirst();
        if (!row) return null;
        const record: BookingRecord = {
          keyHash: row.key_hash,
          partnerId: row.partner_id,
          fingerprint: row.fingerprint,
          state: row.state as BookingRequestState,
          outcome: row.outcome,
          orderNo: row.order_no,
          expiresAt: row.expires_at,
        };
        return record;
      }),

    begin: (record, now) =>
      guarded('recording a booking request', async () => {
        const values = {
          key_hash: record.keyHash,
          partner_id: record.partnerId,
          fingerprint: record.fingerprint,
          state: BookingRequestState.SENT,
          outcome: null,
          order_no: null,
          created_at: now,
          expires_at: record.expiresAt,
        };
        await db
          .insertInto('booking_requests')
          .values(values)
          .onConflict((conflict) => conflict.column('key_hash').doUpdateSet(values))
          .execute();
      }),

    settle: (keyHash, settlement) =>
      guarded('settling a booking request', async () => {
        await db
          .updateTable('booking_requests')
          .set({
            state: settlement.state,
            outcome: settlement.outcome,
            order_no: settlement.orderNo,
          })
          .where('key_hash', '=', keyHash)
          .execute();
      }),
  };
}
