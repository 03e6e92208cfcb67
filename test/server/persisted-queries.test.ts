import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { bearer, PARTNER_A } from '../support/partners';
import { Stack, startStack } from '../support/stack';

const QUERY = '{ paymentGuidance(code: ORDER_NOT_FOUND) { nextActions } }';
const EXTENSIONS = {
  persistedQuery: { version: 1, sha256Hash: createHash('sha256').update(QUERY).digest('hex') },
};

/** Automatic persisted queries, as the README's mobile notes describe them. */
describe('persisted queries (APQ) over HTTP', () => {
  let stack: Stack;
  before(async () => {
    stack = await startStack();
  });
  after(() => stack.close());

  const post = (body: unknown) =>
    fetch(stack.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...bearer(PARTNER_A) },
      body: JSON.stringify(body),
    }).then((response) => response.json() as Promise<Record<string, unknown>>);

  it('asks for the document once, then answers the hash alone, by POST and by GET', async () => {
    const unknown = await post({ extensions: EXTENSIONS });
    assert.equal(
      (unknown.errors as { extensions: { code: string } }[])[0]?.extensions.code,
      'PERSISTED_QUERY_NOT_FOUND',
    );
    const expected = { data: { paymentGuidance: { nextActions: ['REBOOK'] } } };
    assert.deepEqual(await post({ query: QUERY, extensions: EXTENSIONS }), expected);
    assert.deepEqual(await post({ extensions: EXTENSIONS }), expected);

    const url = new URL(stack.url);
    url.searchParams.set('extensions', JSON.stringify(EXTENSIONS));
    const byGet = await fetch(url, {
      headers: { ...bearer(PARTNER_A), 'apollo-require-preflight': 'true' },
    });
    assert.deepEqual(await byGet.json(), expected);
  });
});
