import { Generated } from 'kysely';

/** The ledger's tables as Kysely sees them; migrations/ creates them. */
export interface PaymentAttemptsTable {
  id: string;
  order_no: string;
  caller: string;
  method: string;
  card_brand: string | null;
  card_last4: string | null;
  fingerprint: string;
  idempotency_key_hash: string | null;
  state: string;
  atlas_status: number | null;
  outcome: string | null;
  decided_by: string | null;
  request_id: string | null;
  created_at: Date;
  sent_at: Date | null;
  settled_at: Date | null;
}

export interface PaymentEventsTable {
  id: Generated<string>;
  attempt_id: string;
  type: string;
  at: Date;
  atlas_status: number | null;
}

export interface IdempotencyKeysTable {
  key_hash: string;
  fingerprint: string;
  attempt_id: string;
  expires_at: Date;
}

export interface OrderOwnersTable {
  order_no: string;
  partner_id: string;
  claimed_at: Date;
}

export interface BookingRequestsTable {
  key_hash: string;
  partner_id: string;
  fingerprint: string;
  state: string;
  outcome: string | null;
  order_no: string | null;
  created_at: Date;
  expires_at: Date;
}

export interface OrderReplacementsTable {
  replacement_order_no: string;
  original_order_no: string;
  replaced_at: Date;
}

export interface LedgerTables {
  payment_attempts: PaymentAttemptsTable;
  payment_events: PaymentEventsTable;
  idempotency_keys: IdempotencyKeysTable;
  order_owners: OrderOwnersTable;
  booking_requests: BookingRequestsTable;
  order_replacements: OrderReplacementsTable;
}
