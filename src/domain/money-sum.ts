import { Money } from './order';

/** Sums amounts in cents, so that totals of two-decimal amounts are exact. */
export function sumMoney(parts: { amount: number; times: number }[], currency: string): Money {
  const cents = parts.reduce((sum, part) => sum + Math.round(part.amount * 100) * part.times, 0);
  return { amount: cents / 100, currency };
}
