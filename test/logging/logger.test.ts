import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { describe, it } from 'node:test';
import { createLogger } from '../../src/logging/logger';
import { requestLogger } from '../../src/logging/request-scope';

/** A real pino logger writing into memory: what reaches the lines is what reaches stdout. */
function capture() {
  const lines: Record<string, unknown>[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split('\n').filter(Boolean)) {
        lines.push(JSON.parse(line) as Record<string, unknown>);
      }
      done();
    },
  });
  return { lines, logger: createLogger({ level: 'debug', destination }) };
}

const CARD = { number: '4111111111111111', cvv: '987', expiryMonth: '07', expiryYear: '2031' };

describe('the logger', () => {
  it('never writes card data or credentials, at whatever depth a mistake puts them', () => {
    const { lines, logger } = capture();
    logger.info({ card: CARD }, 'top level');
    logger.info({ variables: { input: { orderNo: 'X', card: CARD } } }, 'as GraphQL variables');
    logger.info({ request: { body: { creditCard: CARD } } }, 'as an Atlas body');
    logger.info({ attempts: [{ card: CARD }] }, 'inside an array');
    logger.info(
      { headers: { Authorization: 'Bearer atk_secret', 'x-atlas-client-secret': 's3cret' } },
      'headers',
    );
    logger.info({ cvv: '987' }, 'a lone CVV');
    const text = JSON.stringify(lines);
    for (const secret of ['4111111111111111', '"987"', '2031', 'atk_secret', 's3cret']) {
      assert.equal(text.includes(secret), false, `${secret} written`);
    }
    assert.equal(lines.length, 6);
    assert.deepEqual(lines[1]!.variables, { input: { orderNo: 'X', card: '[redacted]' } });
  });

  it('leaves the object it was given untouched', () => {
    const { logger } = capture();
    const given = { input: { card: CARD } };
    logger.info(given, 'line');
    assert.equal(given.input.card, CARD);
  });

  it('names the request on every line, and no line carries the fields of an earlier one', () => {
    const { lines, logger } = capture();
    const log = requestLogger(logger, { requestId: 'req-1', partnerId: 'partner-a' });
    log.info({ endpoint: 'queryOrderDetails.do' }, 'Atlas answered');
    log.info({ operationName: 'Pay' }, 'graphql operation');
    logger.info("the gateway's own line");
    assert.equal(lines[1]!.requestId, 'req-1');
    assert.equal(lines[1]!.partnerId, 'partner-a');
    assert.equal(lines[1]!.endpoint, undefined);
    assert.equal(lines[2]!.requestId, undefined);
  });
});
