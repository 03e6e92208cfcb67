/** The wire's string/number quirks, normalised once for every Atlas schema. */
import { z } from 'zod';

const numericString = z.string().regex(/^-?\d+(\.\d+)?$/);

export const wireInt = z
  .union([z.number().int(), numericString.transform(Number)])
  .pipe(z.number().int());
export const wireNumber = z.union([z.number(), numericString.transform(Number)]);
/** `orderStatus` is a string in queries and an integer in webhooks and orderList. */
export const wireCodeText = z.union([z.string(), z.number().int().transform(String)]);
export const text = z
  .string()
  .nullish()
  .transform((value) => value ?? null);
export const stringList = z
  .array(z.string())
  .nullish()
  .transform((value) => value ?? []);
