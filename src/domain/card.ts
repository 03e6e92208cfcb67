/** Card facts the gateway and the simulator both need; card brands as Atlas spells them. */
export type CardBrand = 'Visa' | 'MasterCard' | 'Amex' | 'Discover' | 'JCB' | 'DinersClub';

export const CARD_BRANDS: readonly CardBrand[] = [
  'Visa',
  'MasterCard',
  'Amex',
  'Discover',
  'JCB',
  'DinersClub',
];

export function passesLuhn(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

function inRange(prefix: string, low: number, high: number): boolean {
  const value = Number(prefix);
  return value >= low && value <= high;
}

/** Brand from the issuer prefix (IIN ranges as published by the card schemes). */
export function detectCardBrand(digits: string): CardBrand | null {
  if (/^4/.test(digits) && [13, 16, 19].includes(digits.length)) return 'Visa';
  if (
    (inRange(digits.slice(0, 2), 51, 55) || inRange(digits.slice(0, 4), 2221, 2720)) &&
    digits.length === 16
  )
    return 'MasterCard';
  if (/^3[47]/.test(digits) && digits.length === 15) return 'Amex';
  if (/^(6011|65|64[4-9])/.test(digits) && digits.length >= 16) return 'Discover';
  if (inRange(digits.slice(0, 4), 3528, 3589) && digits.length >= 16) return 'JCB';
  if (/^(36|38|39|30[0-5])/.test(digits) && digits.length >= 14) return 'DinersClub';
  return null;
}

export function lastFour(digits: string): string {
  return digits.slice(-4);
}
