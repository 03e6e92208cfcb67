import { z } from 'zod';
import { PaymentMethod } from '../domain/order';
import { PaymentFailureCode } from './payment-failure-code';
import { PaymentDecisionSource, PaymentOutcome } from './payment-outcome';

/** Outcomes are kept for replay as JSON; what comes back from a store is parsed like any input. */
const outcomeSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('accepted'),
    orderNo: z.string(),
    method: z.enum(PaymentMethod),
    atlasMessage: z.string().nullable(),
    cardLast4: z.string().nullable(),
    decidedBy: z.enum([PaymentDecisionSource.ATLAS, PaymentDecisionSource.RECONCILIATION]),
  }),
  z.object({
    kind: z.literal('failed'),
    code: z.enum(PaymentFailureCode),
    orderNo: z.string(),
    atlasStatus: z.number().int().nullable(),
    atlasMessage: z.string().nullable(),
    decidedBy: z.enum(PaymentDecisionSource),
    issues: z.array(z.object({ field: z.string(), message: z.string() })),
    settlesAt: z.string().nullable().default(null),
  }),
]);

export function encodeOutcome(outcome: PaymentOutcome): string {
  return JSON.stringify(outcome);
}

export function decodeOutcome(text: string): PaymentOutcome {
  return outcomeSchema.parse(JSON.parse(text));
}
