import { Kysely, Selectable, sql } from 'kysely';
import { OPEN_ATTEMPT_STATES, PaymentAttemptState } from '../domain/payment-attempt';
import { LedgerTables, PaymentAttemptsTable } from './ledger.schema';
import { attemptFromRow } from './ledger.rows';
import { fixedStatement } from './fixed-statement';
import { PREPARED } from './prepared-statements';
import {
  AttemptSettlement,
  IdempotencyBinding,
  NewPaymentAttempt,
  PaymentLookup,
  RecordResult,
} from './payment-ledger';

/**
 * The three statements every payment makes (lookup, record, settle), each written for many
 * payments at once: the batcher hands them whatever queued while earlier batches ran. Inputs
 * travel as arrays through unnest(), so a batch is one statement with a fixed text, which
 * PostgreSQL keeps prepared on each connection.
 */

type Db = Kysely<LedgerTables>;
type AttemptRow = Selectable<PaymentAttemptsTable>;

const OPEN = sql.join(OPEN_ATTEMPT_STATES.map((state) => sql.lit(state)));
const RECORDED = sql.lit(PaymentAttemptState.RECORDED);
const SENT = sql.lit(PaymentAttemptState.SENT);

/**
 * Every column an attempt is read back with, each named (the compiler checks none is missing):
 * with `a.*`, a column added by a later migration would change a prepared statement's result.
 */
const ATTEMPT = sql.join(
  Object.keys({
    id: 1,
    order_no: 1,
    caller: 1,
    method: 1,
    card_brand: 1,
    card_last4: 1,
    fingerprint: 1,
    idempotency_key_hash: 1,
    state: 1,
    atlas_status: 1,
    outcome: 1,
    decided_by: 1,
    request_id: 1,
    created_at: 1,
    sent_at: 1,
    settled_at: 1,
  } satisfies Record<keyof AttemptRow, 1>).map((column) => sql.ref(`a.${column}`)),
);

/** Either both a key and the time its expiry is judged at, or neither. */
export type LookupInput = { orderNo: string } & (
  { keyHash: string; now: Date } | { keyHash: null; now: null }
);

type LookupRow = AttemptRow & {
  found_as: string;
  found_for: string;
  key_fingerprint: string | null;
};

const LOOKUP = fixedStatement(
  (p: { orderNos: string[]; keyHashes: string[]; now: string }) => sql<LookupRow>`${PREPARED}
    select 'open' as found_as, a.order_no as found_for, null as key_fingerprint, ${ATTEMPT}
      from payment_attempts a
     where a.order_no = any(${p.orderNos}::text[]) and a.state in (${OPEN})
    union all
    select 'key', k.key_hash, k.fingerprint, ${ATTEMPT}
      from idempotency_keys k join payment_attempts a on a.id = k.attempt_id
     where k.key_hash = any(${p.keyHashes}::text[]) and k.expires_at > ${p.now}::timestamptz`,
);

export async function lookupMany(db: Db, inputs: LookupInput[]): Promise<PaymentLookup[]> {
  const orderNos = inputs.map((input) => input.orderNo);
  const keyed = inputs.flatMap((input) => (input.keyHash === null ? [] : [input]));
  const keyHashes = keyed.map((input) => input.keyHash);
  // One instant for the batch: the latest, so a key is never taken as live past its expiry.
  const now = new Date(Math.max(0, ...keyed.map((input) => input.now.getTime())));
  const { rows } = await LOOKUP(db, { orderNos, keyHashes, now: now.toISOString() });
  const row = (as: string, of: string | null) =>
    of === null ? undefined : rows.find((r) => r.found_as === as && r.found_for === of);
  return inputs.map(({ orderNo, keyHash }) => {
    const open = row('open', orderNo);
    const keyed = row('key', keyHash);
    return {
      open: open ? attemptFromRow(open) : null,
      keyed: keyed ? { fingerprint: keyed.key_fingerprint!, attempt: attemptFromRow(keyed) } : null,
    };
  });
}

export interface RecordInput {
  attempt: NewPaymentAttempt;
  key: IdempotencyBinding | null;
}

/**
 * A key moves to a new attempt of the same request (the earlier did not take) or once expired.
 * `now` is an ISO instant, or a fixed statement's placeholder for one.
 */
const rebindKey = (now: unknown) => sql`
  on conflict (key_hash) do update
    set fingerprint = excluded.fingerprint, attempt_id = excluded.attempt_id,
        expires_at = excluded.expires_at
    where idempotency_keys.fingerprint = excluded.fingerprint
       or idempotency_keys.expires_at <= ${now}::timestamptz`;

const ATTEMPT_COLUMNS = sql`(id, order_no, caller, method, card_brand, card_last4, fingerprint,
  idempotency_key_hash, state, request_id, created_at)`;

/**
 * With a key, an attempt is inserted only from its key's row, so a key bound to a different live
 * request inserts nothing at all. The ledger's unique index refuses a second open attempt.
 */
const RECORD = fixedStatement(
  (p: {
    ids: string[];
    orderNos: string[];
    callers: string[];
    methods: string[];
    cardBrands: (string | null)[];
    cardLast4s: (string | null)[];
    fingerprints: string[];
    keyHashes: (string | null)[];
    requestIds: (string | null)[];
    createdAts: string[];
    keyExpiries: (string | null)[];
    now: string;
  }) => sql<{ attempt_id: string }>`${PREPARED}
    with input as (
      select * from unnest(
        ${p.ids}::uuid[], ${p.orderNos}::text[], ${p.callers}::text[], ${p.methods}::text[],
        ${p.cardBrands}::text[], ${p.cardLast4s}::text[], ${p.fingerprints}::text[],
        ${p.keyHashes}::text[], ${p.requestIds}::text[], ${p.createdAts}::timestamptz[],
        ${p.keyExpiries}::timestamptz[]
      ) as t(id, order_no, caller, method, card_brand, card_last4, fingerprint, key_hash,
             request_id, created_at, key_expires_at)
    ), bound as (
      insert into idempotency_keys (key_hash, fingerprint, attempt_id, expires_at)
      select key_hash, fingerprint, id, key_expires_at from input where key_hash is not null
      ${rebindKey(p.now)}
      returning attempt_id
    ), recorded as (
      insert into payment_attempts ${ATTEMPT_COLUMNS}
      select id, order_no, caller, method, card_brand, card_last4, fingerprint, key_hash,
             ${RECORDED}, request_id, created_at
        from input
       where key_hash is null or id in (select attempt_id from bound)
      on conflict do nothing
      returning id, created_at
    )
    insert into payment_events (attempt_id, type, at)
    select id, ${RECORDED}, created_at from recorded
    returning attempt_id`,
);

async function recordBatch(db: Db, inputs: RecordInput[]): Promise<RecordResult[]> {
  const column = <T>(pick: (input: RecordInput) => T) => inputs.map(pick);
  const now = new Date(Math.max(...inputs.map((input) => input.attempt.createdAt.getTime())));
  const { rows } = await RECORD(db, {
    ids: column((i) => i.attempt.id),
    orderNos: column((i) => i.attempt.orderNo),
    callers: column((i) => i.attempt.caller),
    methods: column((i) => i.attempt.method),
    cardBrands: column((i) => i.attempt.cardBrand),
    cardLast4s: column((i) => i.attempt.cardLast4),
    fingerprints: column((i) => i.attempt.fingerprint),
    keyHashes: column((i) => i.key?.keyHash ?? null),
    requestIds: column((i) => i.attempt.requestId),
    createdAts: column((i) => i.attempt.createdAt.toISOString()),
    keyExpiries: column((i) => i.key?.expiresAt.toISOString() ?? null),
    now: now.toISOString(),
  });
  const recorded = new Set(rows.map((row) => row.attempt_id));
  return inputs.map(({ attempt, key }) =>
    recorded.has(attempt.id) ? 'recorded' : key ? 'keyReused' : 'orderBusy',
  );
}

/**
 * A batch fails whole when one of its attempts meets an open attempt after its key was bound
 * (the binding would point at nothing), or when two of its payments share a key; then each goes
 * alone, in a transaction of its own, where every outcome has its own answer.
 */
export async function recordMany(db: Db, inputs: RecordInput[]): Promise<RecordResult[]> {
  try {
    return await recordBatch(db, inputs);
  } catch (error) {
    if (inputs.length === 1 && !isForeignKeyViolation(error)) throw error;
    const results: RecordResult[] = [];
    for (const input of inputs) results.push(await recordOne(db, input));
    return results;
  }
}

function isForeignKeyViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === '23503';
}

/** Thrown inside recordOne's transaction to roll the attempt back when its key is taken. */
class KeyReused extends Error {}

async function recordOne(db: Db, input: RecordInput): Promise<RecordResult> {
  try {
    return await db.transaction().execute(async (trx) => {
      const [recorded] = await recordBatch(trx, [{ ...input, key: null }]);
      if (recorded !== 'recorded' || !input.key) return recorded!;
      if (!(await bindKey(trx, input.attempt, input.key))) throw new KeyReused();
      return 'recorded';
    });
  } catch (error) {
    if (error instanceof KeyReused) return 'keyReused';
    throw error;
  }
}

async function bindKey(db: Db, attempt: NewPaymentAttempt, key: IdempotencyBinding) {
  const { rows } = await sql`
    insert into idempotency_keys (key_hash, fingerprint, attempt_id, expires_at)
    values (${key.keyHash}, ${key.fingerprint}, ${attempt.id}::uuid,
            ${key.expiresAt.toISOString()}::timestamptz)
    ${rebindKey(attempt.createdAt.toISOString())}
    returning attempt_id`.execute(db);
  return rows.length > 0;
}

export interface SettleInput {
  id: string;
  settlement: AttemptSettlement;
}

/** RECORDED → the answer's state, with SENT and the answer appended as events, in one statement. */
const SETTLE = fixedStatement(
  (p: {
    ids: string[];
    states: string[];
    atlasStatuses: (number | null)[];
    outcomes: (string | null)[];
    decidedBys: string[];
    sentAts: (string | null)[];
    settledAts: string[];
  }) => sql<{ attempt_id: string }>`${PREPARED}
    with input as (
      select * from unnest(
        ${p.ids}::uuid[], ${p.states}::text[], ${p.atlasStatuses}::int[], ${p.outcomes}::text[],
        ${p.decidedBys}::text[], ${p.sentAts}::timestamptz[], ${p.settledAts}::timestamptz[]
      ) as t(id, state, atlas_status, outcome, decided_by, sent_at, settled_at)
    ), moved as (
      update payment_attempts a
         set state = i.state, atlas_status = i.atlas_status, outcome = i.outcome,
             decided_by = i.decided_by, sent_at = i.sent_at, settled_at = i.settled_at
        from input i
       where a.id = i.id and a.state = ${RECORDED}
      returning a.id
    )
    insert into payment_events (attempt_id, type, at, atlas_status)
    select i.id, e.type, e.at, e.atlas_status
      from moved join input i on i.id = moved.id
     cross join lateral (values (0, ${SENT}::text, i.sent_at, null::int),
                                (1, i.state, i.settled_at, i.atlas_status))
           as e(ordinal, type, at, atlas_status)
     where e.at is not null
     order by i.id, e.ordinal
    returning attempt_id`,
);

export async function settleMany(db: Db, inputs: SettleInput[]): Promise<boolean[]> {
  const column = <T>(pick: (s: AttemptSettlement) => T) => inputs.map((i) => pick(i.settlement));
  const { rows } = await SETTLE(db, {
    ids: inputs.map((i) => i.id),
    states: column((s) => s.state),
    atlasStatuses: column((s) => s.atlasStatus),
    outcomes: column((s) => s.outcome),
    decidedBys: column((s) => s.decidedBy),
    sentAts: column((s) => s.sentAt?.toISOString() ?? null),
    settledAts: column((s) => s.settledAt.toISOString()),
  });
  const settled = new Set(rows.map((row) => row.attempt_id));
  return inputs.map((input) => settled.has(input.id));
}
