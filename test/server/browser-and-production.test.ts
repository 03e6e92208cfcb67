import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { bearer, PARTNER_A } from '../support/partners';
import { Stack, startStack } from '../support/stack';
import { subscribeOverWs } from '../support/ws-client';

const SHOP = 'https://shop.example.com';

describe('browser clients: CORS and CSRF', () => {
  let stack: Stack;
  before(async () => {
    stack = await startStack({ security: { corsOrigins: [SHOP] } });
  });
  after(() => stack.close());

  const preflight = (origin: string) =>
    fetch(stack.url, {
      method: 'OPTIONS',
      headers: {
        origin,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization,content-type',
      },
    });

  it('answers a preflight from an allowed origin with the headers a checkout needs', async () => {
    const response = await preflight(SHOP);
    assert.equal(response.status, 204);
    assert.equal(response.headers.get('access-control-allow-origin'), SHOP);
    const allowed = response.headers.get('access-control-allow-headers') ?? '';
    for (const header of ['authorization', 'content-type', 'apollo-require-preflight']) {
      assert.ok(allowed.includes(header), `${header} in ${allowed}`);
    }
  });

  it('refuses a preflight from any other origin', async () => {
    const response = await preflight('https://evil.example');
    assert.equal(response.status, 403);
    assert.equal(response.headers.get('access-control-allow-origin'), null);
  });

  it('exposes the rate-limit headers to the allowed origin on a real request', async () => {
    const response = await fetch(stack.url, {
      method: 'POST',
      headers: { origin: SHOP, 'content-type': 'application/json', ...bearer(PARTNER_A) },
      body: JSON.stringify({ query: '{ paymentGuidance(code: ORDER_NOT_FOUND) { summary } }' }),
    });
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('access-control-allow-origin'), SHOP);
    assert.match(response.headers.get('access-control-expose-headers') ?? '', /RateLimit/);
  });

  it('serves GET queries that carry apollo-require-preflight, and refuses them without (CSRF)', async () => {
    const url = `${stack.url}?query=${encodeURIComponent('{ paymentGuidance(code: ORDER_NOT_FOUND) { summary } }')}`;
    const plain = await fetch(url, { headers: bearer(PARTNER_A) });
    assert.equal(plain.status, 400);
    assert.match(await plain.text(), /CSRF/);
    const marked = await fetch(url, {
      headers: { ...bearer(PARTNER_A), 'apollo-require-preflight': 'true' },
    });
    assert.equal(marked.status, 200);
  });
});

describe('NODE_ENV=production: the schema stays private', () => {
  let stack: Stack;
  let dev: Stack;
  before(async () => {
    stack = await startStack({ security: { introspection: false, hideSuggestions: true } });
    dev = await startStack();
  });
  after(async () => {
    await stack.close();
    await dev.close();
  });

  const misspelled = `{ ordr(orderNo: "TESTA20990101000000000") { status } }`;

  it('refuses introspection over HTTP and WebSocket', async () => {
    const http = await stack.gql('{ __schema { types { name } } }');
    assert.equal(http.httpStatus, 400);
    assert.equal(http.body.errors?.[0]?.extensions?.code, 'GRAPHQL_VALIDATION_FAILED');
    const ws = subscribeOverWs(stack.wsUrl, '{ __type(name: "Order") { name } }', {}, '__type');
    await ws.ended();
    assert.equal(ws.errors[0]?.extensions?.code, 'GRAPHQL_VALIDATION_FAILED');
    assert.equal(ws.data.length, 0);
    const open = await dev.gql('{ __schema { queryType { name } } }');
    assert.deepEqual(open.body.data, { __schema: { queryType: { name: 'Query' } } });
  });

  it('gives no "Did you mean" suggestions, over HTTP or WebSocket', async () => {
    const suggested = await dev.gql(misspelled);
    assert.match(suggested.body.errors?.[0]?.message ?? '', /Did you mean/, 'dev suggests');
    const http = await stack.gql(misspelled);
    assert.equal(http.httpStatus, 400);
    assert.doesNotMatch(http.text, /Did you mean/);
    const ws = subscribeOverWs(stack.wsUrl, misspelled, {}, 'order');
    await ws.ended();
    assert.ok(ws.errors.length > 0);
    assert.doesNotMatch(JSON.stringify(ws.errors), /Did you mean/);
  });

  it('serves no Sandbox page and no stack trace', async () => {
    const page = await fetch(stack.url, { headers: { accept: 'text/html' } });
    assert.doesNotMatch(await page.text(), /sandbox/i);
    const broken = await stack.gql('{ order(orderNo: 1) { status }');
    assert.doesNotMatch(broken.text, /stacktrace|at .*\.ts:\d+/);
  });

  it('serves GraphiQL only where introspection is on', async () => {
    const graphiql = (url: string) => fetch(new URL('/graphiql', url));
    assert.equal((await graphiql(stack.url)).status, 404);
    const served = await graphiql(dev.url);
    assert.equal(served.status, 200);
    assert.match(served.headers.get('content-security-policy') ?? '', /default-src 'self'/);
    assert.match(await served.text(), /\/graphiql\/assets\/graphiql\.min\.js/);
  });
});
