/**
 * Money leaves the gateway as decimal text, never as a binary float. Atlas sends amounts as JSON
 * numbers; the shortest text that reads back as the same double is the text Atlas sent (for up to
 * 15 significant digits), so it is what the graph shows.
 */
export function decimalText(amount: number): string {
  if (!Number.isFinite(amount)) throw new RangeError('an amount must be finite');
  const text = String(amount);
  if (!/e/i.test(text)) return text;
  // Only outside 1e-7 … 1e21, never a fare: spelled out in full rather than in exponent form.
  return amount.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 });
}

const digitsByCurrency = new Map<string, number>();

/** ISO 4217 minor-unit digits (JPY 0, USD 2, KWD 3), from the runtime's currency data. */
export function currencyDigits(currency: string): number | null {
  let digits = digitsByCurrency.get(currency);
  if (digits === undefined) {
    try {
      digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions()
        .maximumFractionDigits!;
    } catch {
      return null;
    }
    digitsByCurrency.set(currency, digits);
  }
  return digits;
}

/**
 * The amount as an integer of the currency's minor unit (cents, fen), when it is one exactly and
 * is a safe integer; null otherwise (an unknown currency, or more decimals than the currency has).
 */
export function minorUnits(amount: number, currency: string): number | null {
  const digits = currencyDigits(currency);
  if (digits === null) return null;
  const [whole, fraction = ''] = decimalText(Math.abs(amount)).split('.') as [string, string?];
  if (fraction.length > digits) return null;
  const units = Number(`${whole}${fraction.padEnd(digits, '0')}`);
  if (!Number.isSafeInteger(units)) return null;
  return amount < 0 ? -units : units;
}
