import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Client } from 'pg';
import { card, VISA_VCC } from '../support/cards';
import { openPostgresTestLedger, TestLedger } from '../support/ledger';
import { Stack, startStack } from '../support/stack';

const PAY = 'mutation($input: PayOrderInput!) { payOrder(input: $input) { __typename } }';

/** The ledger keeps brand and last four, keyed hashes, never the card or the caller's raw key. */
describe('card data at rest in the ledger', () => {
  let testLedger: TestLedger | null;
  let stack: Stack;
  before(async () => {
    testLedger = await openPostgresTestLedger();
    if (testLedger) stack = await startStack({ safety: { ledger: testLedger.ledger } });
  });
  after(async () => {
    await stack?.close();
    await testLedger?.close();
  });

  it('holds no card number, CVV, expiry, holder name or raw idempotency key in any table', async (t) => {
    if (!testLedger) return t.skip('PostgreSQL is not reachable here');
    const secretCard = card({
      cvv: '9876',
      expiryMonth: '07',
      expiryYear: '2039',
      holderFirstName: 'QUENTINA',
      holderLastName: 'ZYLBERSTEIN',
    });
    const orderNo = await stack.createOrder({ supportPaymentMethods: [1, 3] });
    const paid = await stack.gql(PAY, {
      input: { orderNo, paymentMethod: 'VCC', card: secretCard, idempotencyKey: 'raw-key-Xq7' },
    });
    assert.deepEqual(paid.body.data, { payOrder: { __typename: 'PaymentAccepted' } });

    const client = new Client({ connectionString: testLedger.databaseUrl! });
    await client.connect();
    try {
      const dump: string[] = [];
      for (const table of ['payment_attempts', 'payment_events', 'idempotency_keys']) {
        const { rows } = await client.query(`select row_to_json(t)::text as row from ${table} t`);
        dump.push(...rows.map((row: { row: string }) => row.row));
      }
      const stored = dump.join('\n');
      assert.ok(stored.includes(`"card_last4":"${VISA_VCC.slice(-4)}"`), 'the last four are kept');
      // CVV and expiry as JSON values: bare digits could turn up inside a uuid by chance.
      const secrets = [
        VISA_VCC,
        '"9876"',
        '"2039"',
        '"39"',
        'QUENTINA',
        'ZYLBERSTEIN',
        'raw-key-Xq7',
      ];
      for (const secret of secrets) {
        assert.equal(stored.includes(secret), false, `the ledger holds ${secret}`);
      }
    } finally {
      await client.end();
    }
  });
});
