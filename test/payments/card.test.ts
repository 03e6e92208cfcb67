import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detectCardBrand, passesLuhn } from '../../src/domain/card';
import { formatSgt, parseSgt } from '../../src/domain/sgt-time';

describe('card rules', () => {
  const brands: [string, string | null][] = [
    ['4532015112830366', 'Visa'],
    ['5555555555554444', 'MasterCard'],
    ['2223003122003222', 'MasterCard'],
    ['378282246310005', 'Amex'],
    ['6011111111111117', 'Discover'],
    ['3566002020360505', 'JCB'],
    ['36227206271667', 'DinersClub'],
    ['9999999999999995', null],
  ];
  for (const [number, brand] of brands) {
    it(`recognises ${number.slice(0, 4)}… as ${brand ?? 'no known brand'}`, () => {
      assert.equal(detectCardBrand(number), brand);
    });
  }

  it('accepts every Atlas sandbox card and rejects a one-digit change under Luhn', () => {
    for (const number of [
      '4532015112830366',
      '5105105105105100',
      '371449635398431',
      '6011000990139424',
      '4054695723100768',
      '5162774114974622',
    ]) {
      assert.equal(passesLuhn(number), true, number);
    }
    assert.equal(passesLuhn('4532015112830367'), false);
  });
});

describe('SGT wall-clock time', () => {
  it('reads Atlas deadline text as GMT+8 and writes it back unchanged', () => {
    const instant = parseSgt('2026-01-01 07:30:00');
    assert.equal(instant?.toISOString(), '2025-12-31T23:30:00.000Z');
    assert.equal(formatSgt(instant!), '2026-01-01 07:30:00');
  });

  it('refuses text that is not yyyy-MM-dd HH:mm:ss', () => {
    assert.equal(parseSgt('2026-01-01T07:30:00Z'), null);
  });
});
