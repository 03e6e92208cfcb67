import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { currencyDigits, decimalText, minorUnits } from '../../src/domain/money-decimal';

describe('money as decimal text and minor units', () => {
  for (const [amount, text] of [
    [300.35, '300.35'],
    [265, '265'],
    [-12.5, '-12.5'],
    [0.1, '0.1'],
    [1e21, '1000000000000000000000'],
    [1e-7, '0.0000001'],
  ] as const) {
    it(`writes ${amount} as "${text}", never in exponent form`, () => {
      assert.equal(decimalText(amount), text);
    });
  }

  for (const [amount, currency, units] of [
    [129.9, 'USD', 12990],
    [300.35, 'USD', 30035],
    [1299, 'JPY', 1299],
    [1.234, 'KWD', 1234],
    [-12.5, 'USD', -1250],
    [1.005, 'USD', null],
    [12.5, 'JPY', null],
    [10, 'NOT-A-CODE', null],
  ] as const) {
    it(`gives ${amount} ${currency} as ${units} minor units`, () => {
      assert.equal(minorUnits(amount, currency), units);
    });
  }

  it('knows each currency’s digits from ISO 4217, and none for a malformed code', () => {
    assert.deepEqual(['USD', 'JPY', 'KWD', 'SGD', 'bad code'].map(currencyDigits), [
      2,
      0,
      3,
      2,
      null,
    ]);
  });

  it('refuses an amount that is not a finite number', () => {
    assert.throws(() => decimalText(Number.NaN), RangeError);
  });
});
