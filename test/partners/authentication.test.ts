import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createLogger } from '../../src/logging/logger';
import { createAuthenticator } from '../../src/partners/authenticate';
import { createJwtVerifier } from '../../src/partners/jwt.verifier';
import { openPartnerDirectory, PartnerDirectory } from '../../src/partners/partner-directory';
import { startTestIdentityProvider, TestIdentityProvider } from '../support/jwks';
import {
  asPartner,
  bearer,
  DEFAULT_TEST_PARTNERS,
  PARTNER_A,
  partnersFileText,
  READ_ONLY,
  TestPartner,
} from '../support/partners';
import { until } from '../support/sim-control';
import { Stack, startStack } from '../support/stack';
import { subscribeOverWs } from '../support/ws-client';

const NONE = { authorization: '' };

/** One of each entry point, each naming an order; none may reach Atlas without a credential. */
const OPERATIONS = (orderNo: string) => [
  `{ order(orderNo: "${orderNo}") { status } }`,
  `{ orders(orderNos: ["${orderNo}"]) { status } }`,
  `{ paymentGuidance(code: ORDER_NOT_FOUND) { summary } }`,
  `{ __schema { queryType { name } } }`,
  `mutation { payOrder(input: { orderNo: "${orderNo}", paymentMethod: DEPOSIT }) { __typename } }`,
  `mutation { commitOrder(orderNo: "${orderNo}", redirectUri: "https://shop.example/back") { __typename } }`,
  `mutation { regenerateOrder(orderNo: "${orderNo}") { __typename } }`,
];

const WATCH = `subscription W($orderNo: ID!) { ticketingStatus(orderNo: $orderNo) { status } }`;

describe('who may call: partners with API keys', () => {
  let stack: Stack;
  before(async () => {
    stack = await startStack();
  });
  after(() => stack.close());

  it('refuses every operation without a credential with 401 UNAUTHENTICATED, and calls Atlas for none', async () => {
    const orderNo = await stack.createOrder();
    const before = (await stack.calls()).length;
    for (const query of OPERATIONS(orderNo)) {
      const response = await stack.gql(query, {}, NONE);
      assert.equal(response.httpStatus, 401, query);
      assert.equal(response.body.errors?.[0]?.extensions?.code, 'UNAUTHENTICATED', query);
      assert.equal(response.body.data, undefined);
      assert.match(response.headers.get('www-authenticate') ?? '', /^Bearer/);
    }
    assert.equal((await stack.calls()).length, before);
  });

  it('refuses an unknown key, a key sent another way and a malformed header alike', async () => {
    const query = `{ paymentGuidance(code: ORDER_NOT_FOUND) { summary } }`;
    for (const authorization of [
      `Bearer ${PARTNER_A.key}x`,
      `Basic ${Buffer.from(`x:${PARTNER_A.key}`).toString('base64')}`,
      PARTNER_A.key,
      'Bearer ',
    ]) {
      const response = await stack.gql(query, {}, { authorization });
      assert.equal(response.httpStatus, 401, authorization.slice(0, 12));
    }
    assert.ok(
      stack.logs.every((line) => !line.includes(PARTNER_A.key)),
      'no log line holds a key',
    );
  });

  it('refuses a field whose scope the partner lacks with FORBIDDEN, before Atlas is called', async () => {
    const orderNo = await stack.createOrder({}, READ_ONLY);
    const response = await stack.gql(
      `mutation { payOrder(input: { orderNo: "${orderNo}", paymentMethod: DEPOSIT }) { __typename } }`,
      {},
      bearer(READ_ONLY),
    );
    assert.equal(response.body.errors?.[0]?.extensions?.code, 'FORBIDDEN');
    assert.deepEqual(response.body.errors?.[0]?.extensions?.missingScopes, ['payments:write']);
    assert.equal((await stack.calls()).filter((call) => call.orderNo === orderNo).length, 0);
    const read = await stack.gql(
      `{ order(orderNo: "${orderNo}") { status } }`,
      {},
      bearer(READ_ONLY),
    );
    assert.deepEqual(read.body.data, { order: { status: 'UNPAID' } });
  });

  it('serves the Sandbox page to a browser without a credential, and nothing else', async () => {
    const page = await fetch(stack.url, { headers: { accept: 'text/html' } });
    assert.equal(page.status, 200);
    assert.match(await page.text(), /<html/i);
    const query = await fetch(`${stack.url}?query=${encodeURIComponent('{ __typename }')}`, {
      headers: { accept: 'application/json', 'apollo-require-preflight': 'true' },
    });
    assert.equal(query.status, 401);
  });

  it('closes a WebSocket without a credential with 4401, and one whose partner cannot read orders with 4403', async () => {
    const orderNo = await stack.createOrder();
    const anonymous = subscribeOverWs(stack.wsUrl, WATCH, { orderNo }, 'ticketingStatus', null);
    await anonymous.ended();
    assert.equal(anonymous.errors[0]?.closeCode, 4401);
    const wrongKey = subscribeOverWs(stack.wsUrl, WATCH, { orderNo }, 'ticketingStatus', {
      ...PARTNER_A,
      key: 'atk_nobody',
    });
    await wrongKey.ended();
    assert.equal(wrongKey.errors[0]?.closeCode, 4401);
    const watched = subscribeOverWs<{ status: string }>(
      stack.wsUrl,
      WATCH,
      { orderNo },
      'ticketingStatus',
      PARTNER_A,
    );
    assert.deepEqual(await watched.waitFor(1), [{ status: 'UNPAID' }]);
    await watched.stop();
  });
});

describe('a partner that may only pay, over WebSocket', () => {
  const payer: TestPartner = {
    id: 'payer',
    key: 'atk_test_payer_0123456789abcdef',
    scopes: ['payments:write'],
  };
  let stack: Stack;
  let directory: PartnerDirectory;
  before(async () => {
    directory = await openPartnerDirectory(
      { kind: 'fixed', partners: [...DEFAULT_TEST_PARTNERS, payer].map((p) => asPartner(p)) },
      createLogger({ level: 'silent' }),
    );
    stack = await startStack({ partners: directory });
  });
  after(() => stack.close());

  it('is closed with 4403 when it subscribes', async () => {
    const orderNo = await stack.createOrder({}, payer);
    const stream = subscribeOverWs(stack.wsUrl, WATCH, { orderNo }, 'ticketingStatus', payer);
    await stream.ended();
    assert.equal(stream.errors[0]?.closeCode, 4403);
  });
});

describe('partners read from PARTNERS_FILE', () => {
  let stack: Stack;
  let directory: PartnerDirectory;
  let dir: string;
  let path: string;
  const logs: string[] = [];
  const query = `{ paymentGuidance(code: ORDER_NOT_FOUND) { summary } }`;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'atlas-partners-'));
    path = join(dir, 'partners.json');
    await writeFile(path, partnersFileText());
    directory = await openPartnerDirectory(
      {
        kind: 'file',
        path,
        reloadMs: 50,
        defaults: {
          requestsPerSecond: 1000,
          paymentsPerMinute: 1000,
          paymentAttemptsPerOrderPerHour: 100,
        },
      },
      createLogger({
        level: 'info',
        destination: { write: (line: string) => void logs.push(line) },
      }),
    );
    stack = await startStack({ partners: directory });
  });
  after(async () => {
    await stack.close();
    directory.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('stops a revoked key within the reload interval, without a restart', async () => {
    assert.equal((await stack.gql(query)).httpStatus, 200);
    await writeFile(
      path,
      partnersFileText(DEFAULT_TEST_PARTNERS.filter((partner) => partner.id !== PARTNER_A.id)),
    );
    await until(
      'the revoked key is refused',
      async () => (await stack.gql(query)).httpStatus === 401,
    );
    const other = await stack.gql(query, {}, bearer(READ_ONLY));
    assert.equal(other.httpStatus, 200, 'the other partners still work');
  });

  it('keeps the last good partners while the file does not parse', async () => {
    await writeFile(path, partnersFileText());
    await until('the key works again', async () => (await stack.gql(query)).httpStatus === 200);
    await writeFile(path, '{ "partners": [ { "id": "broken" ');
    await until('the broken file is reported', async () =>
      logs.some((line) => line.includes('partners file not reloaded')),
    );
    assert.equal((await stack.gql(query)).httpStatus, 200);
    assert.ok(
      logs.every((line) => !/[0-9a-f]{64}/.test(line)),
      'no key digest in a log line',
    );
  });
});

describe('first-party apps with a JWT from the operator’s identity provider', () => {
  let stack: Stack;
  let idp: TestIdentityProvider;
  let directory: PartnerDirectory;
  before(async () => {
    idp = await startTestIdentityProvider();
    const silent = createLogger({ level: 'silent' });
    directory = await openPartnerDirectory(
      { kind: 'fixed', partners: DEFAULT_TEST_PARTNERS.map((partner) => asPartner(partner)) },
      silent,
    );
    stack = await startStack({
      partners: directory,
      security: {
        authenticate: createAuthenticator({
          directory,
          jwt: createJwtVerifier({
            jwksUrl: idp.jwksUrl,
            issuer: idp.issuer,
            audience: idp.audience,
          }),
        }),
      },
    });
  });
  after(async () => {
    await stack.close();
    await idp.close();
  });

  const read = (token: string, orderNo: string) =>
    stack.gql(
      `{ order(orderNo: "${orderNo}") { status } }`,
      {},
      { authorization: `Bearer ${token}` },
    );

  it('accepts a token signed by the JWKS key, as the partner its partner_id names', async () => {
    const orderNo = await stack.createOrder();
    const token = await idp.sign({ partner_id: PARTNER_A.id, scope: 'orders:read payments:write' });
    const response = await read(token, orderNo);
    assert.equal(response.httpStatus, 200, response.text);
    assert.deepEqual(response.body.data, { order: { status: 'UNPAID' } });
  });

  it('refuses a token signed by another key, an expired one, and one naming an unknown partner', async () => {
    const orderNo = await stack.createOrder();
    const claims = { partner_id: PARTNER_A.id, scope: 'orders:read' };
    for (const token of [
      await idp.signWithOtherKey(claims),
      await idp.sign(claims, Math.floor(Date.now() / 1000) - 60),
      await idp.sign({ partner_id: 'nobody', scope: 'orders:read' }),
    ]) {
      const response = await read(token, orderNo);
      assert.equal(response.httpStatus, 401);
      assert.equal(response.body.errors?.[0]?.extensions?.code, 'UNAUTHENTICATED');
    }
  });

  it('grants only the scopes the token names that the partner holds', async () => {
    const orderNo = await stack.createOrder();
    const readOnly = await idp.sign({ partner_id: PARTNER_A.id, scope: 'orders:read orders:any' });
    const pay = await stack.gql(
      `mutation { payOrder(input: { orderNo: "${orderNo}", paymentMethod: DEPOSIT }) { __typename } }`,
      {},
      { authorization: `Bearer ${readOnly}` },
    );
    assert.equal(pay.body.errors?.[0]?.extensions?.code, 'FORBIDDEN');
    const notMine = await stack.createOrder({}, null);
    const widened = await read(readOnly, notMine);
    assert.deepEqual(widened.body.data, { order: null }, 'orders:any is not partner-a’s to claim');
  });
});

describe('when the identity provider cannot be reached', () => {
  let stack: Stack;
  let idp: TestIdentityProvider;
  before(async () => {
    idp = await startTestIdentityProvider();
    const directory = await openPartnerDirectory(
      { kind: 'fixed', partners: DEFAULT_TEST_PARTNERS.map((partner) => asPartner(partner)) },
      createLogger({ level: 'silent' }),
    );
    // Port 1 on loopback refuses every connection: a JWKS that is down.
    const jwt = createJwtVerifier({
      jwksUrl: 'http://127.0.0.1:1/.well-known/jwks.json',
      issuer: idp.issuer,
      audience: idp.audience,
    });
    stack = await startStack({
      partners: directory,
      security: { authenticate: createAuthenticator({ directory, jwt }) },
    });
  });
  after(async () => {
    await stack.close();
    await idp.close();
  });

  it('answers a JWT with 503 AUTH_UNAVAILABLE rather than 401, and API keys still work', async () => {
    const token = await idp.sign({ partner_id: PARTNER_A.id, scope: 'orders:read' });
    const query = `{ paymentGuidance(code: ORDER_NOT_FOUND) { summary } }`;
    const response = await stack.gql(query, {}, { authorization: `Bearer ${token}` });
    assert.equal(response.httpStatus, 503);
    assert.equal(response.body.errors?.[0]?.extensions?.code, 'AUTH_UNAVAILABLE');
    assert.equal((await stack.gql(query)).httpStatus, 200);
  });
});
