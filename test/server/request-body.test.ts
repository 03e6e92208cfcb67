import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import { bearer, PARTNER_A } from '../support/partners';
import { Stack, startStack } from '../support/stack';

const QUERY = '{ paymentGuidance(code: ORDER_NOT_FOUND) { summary } }';

describe('the /graphql request body', () => {
  let stack: Stack;
  before(async () => {
    stack = await startStack();
  });
  after(() => stack.close());

  const post = (body: string | Uint8Array, headers: Record<string, string> = {}) =>
    fetch(stack.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...bearer(PARTNER_A), ...headers },
      body,
    });

  it('refuses a body that is not JSON with 400 BAD_REQUEST and the request id, never quoting it', async () => {
    const response = await post('{"query": 4111111111111111', { 'x-request-id': 'req-bad-body' });
    assert.equal(response.status, 400);
    const text = await response.text();
    assert.ok(!text.includes('4111111111111111'), 'the body is not echoed');
    const { errors } = JSON.parse(text) as {
      errors: { message: string; extensions: { code: string; requestId: string } }[];
    };
    assert.equal(errors[0]!.extensions.code, 'BAD_REQUEST');
    assert.equal(errors[0]!.extensions.requestId, 'req-bad-body');
  });

  it('refuses a body over 100 KiB with 413', async () => {
    const response = await post(JSON.stringify({ query: QUERY, padding: 'x'.repeat(101 * 1024) }));
    assert.equal(response.status, 413);
    const { errors } = (await response.json()) as { errors: { extensions: { code: string } }[] };
    assert.equal(errors[0]!.extensions.code, 'BAD_REQUEST');
  });

  it('reads a gzip body, and limits it by its decoded size', async () => {
    const small = await post(gzipSync(JSON.stringify({ query: QUERY })), {
      'content-encoding': 'gzip',
    });
    assert.equal(small.status, 200);
    const { data } = (await small.json()) as { data: { paymentGuidance: { summary: string } } };
    assert.ok(data.paymentGuidance.summary.length > 0);
    const bomb = await post(gzipSync(JSON.stringify({ query: QUERY, pad: ' '.repeat(2 ** 20) })), {
      'content-encoding': 'gzip',
    });
    assert.equal(bomb.status, 413);
  });

  it('refuses a body in an encoding it does not read with 415', async () => {
    const response = await post(JSON.stringify({ query: QUERY }), { 'content-encoding': 'zstd' });
    assert.equal(response.status, 415);
  });

  it('reads UTF-8 however it is named, and refuses another charset with 415', async () => {
    const body = JSON.stringify({ query: QUERY });
    const named = await post(body, { 'content-type': 'application/json; charset=UTF-8' });
    assert.equal(named.status, 200);
    const latin1 = await post(body, { 'content-type': 'application/json; charset=iso-8859-1' });
    assert.equal(latin1.status, 415);
  });
});
