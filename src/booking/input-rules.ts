import { z } from 'zod';
import { FieldIssue } from '../domain/field-issue';
import { ISO_COUNTRY_CODES } from '../domain/iso-countries';

/*
 * Every message states the rule, never the value: passport numbers, birthdays and contact
 * details are personal data and must not come back in an error (nor reach a log through one).
 */

export type Validated<T> = { ok: true; value: T } | { ok: false; issues: FieldIssue[] };

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export const isoDate = z
  .string()
  .regex(ISO_DATE, { error: 'must be a date as yyyy-MM-dd' })
  .refine(
    (value) => {
      const date = new Date(`${value}T00:00:00Z`);
      return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
    },
    {
      error: 'must be a real calendar date',
    },
  );

export const airport = z
  .string()
  .trim()
  .transform((value) => value.toUpperCase())
  .pipe(z.string().regex(/^[A-Z]{3}$/, { error: 'must be a 3-letter IATA code' }));

export const country = z
  .string()
  .trim()
  .transform((value) => value.toUpperCase())
  .refine((value) => ISO_COUNTRY_CODES.has(value), {
    error: 'must be an ISO 3166-1 alpha-2 country code',
  });

export const latinName = z
  .string()
  .trim()
  .min(1, { error: 'is required' })
  .max(40, { error: 'must be at most 40 characters' })
  .regex(/^[A-Za-z][A-Za-z ]*$/, { error: 'must use Latin letters and spaces only' })
  .transform((value) => value.replace(/\s+/g, ' '));

export const optional = <T extends z.ZodType>(schema: T) =>
  schema.nullish().transform((value) => value ?? null);

export function issuesOf(error: z.ZodError, prefix = ''): FieldIssue[] {
  const firstPerField = new Map<string, string>();
  for (const issue of error.issues) {
    const path = issue.path
      .map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`))
      .join('')
      .replace(/^\./, '');
    const field = `${prefix}${path}` || 'input';
    if (!firstPerField.has(field)) firstPerField.set(field, issue.message);
  }
  return [...firstPerField].map(([field, message]) => ({ field, message }));
}

export const dayOf = (date: Date) => date.toISOString().slice(0, 10);
export const daysBefore = (date: Date, days: number) =>
  dayOf(new Date(date.getTime() - days * 86_400_000));
