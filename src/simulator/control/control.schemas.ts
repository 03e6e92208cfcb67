import { z } from 'zod';
import { CARD_BRANDS } from '../../domain/card';

const passenger = z.object({
  name: z.string().optional(),
  passengerType: z.union([z.literal(0), z.literal(1), z.literal(2)]).optional(),
  gender: z.enum(['M', 'F']).optional(),
  birthday: z.string().nullable().optional(),
  cardType: z.string().nullable().optional(),
  cardNum: z.string().nullable().optional(),
  nationality: z.string().nullable().optional(),
  ancillaries: z
    .array(z.object({ productCode: z.string(), segmentIndex: z.number().int() }))
    .optional(),
});

export const orderSpecSchema = z.strictObject({
  carrier: z
    .string()
    .regex(/^[A-Z0-9]{2}$/)
    .optional(),
  supportPaymentMethods: z.array(z.number().int()).optional(),
  declaredCardBrand: z
    .enum(CARD_BRANDS as [string, ...string[]])
    .nullable()
    .optional(),
  passengers: z.array(passenger).min(1).optional(),
  contact: z
    .object({
      name: z.string().optional(),
      email: z.string().nullable().optional(),
      mobile: z.string().nullable().optional(),
    })
    .optional(),
  deadlineInSeconds: z.number().optional(),
  totalPrice: z.number().positive().optional(),
  totalTransactionFee: z.number().nonnegative().optional(),
  currency: z.string().length(3).optional(),
  vendorTotalPrice: z.number().nullable().optional(),
  vendorCurrency: z.string().nullable().optional(),
  requiresConfirmation: z.boolean().optional(),
  confirmed: z.boolean().optional(),
  paymentProcessingMs: z.number().int().nonnegative().optional(),
  externalPaymentForMs: z.number().int().nonnegative().optional(),
  ticketingDelayMs: z.number().int().nonnegative().optional(),
  ticketingErrorCode: z
    .string()
    .regex(/^\d{3,4}$/)
    .nullable()
    .optional(),
  state: z.enum(['UNPAID', 'TICKETING', 'TICKETED', 'CANCELLED']).optional(),
  cancelErrorCode: z
    .string()
    .regex(/^\d{3,4}$/)
    .optional(),
});

export const faultSchema = z.strictObject({
  endpoint: z.string().regex(/^[A-Za-z]+\.do$/),
  kind: z.enum(['latency', 'http-error', 'timeout', 'reset', 'garbage', 'status', 'hold']),
  times: z.number().int().positive().default(1),
  latencyMs: z.number().int().nonnegative().default(0),
  httpStatus: z.number().int().min(400).max(599).default(502),
  atlasStatus: z.number().int().default(9999),
  afterProcessing: z.boolean().default(false),
});

export const clockSchema = z.strictObject({ advanceMs: z.number().int().positive() });
export const depositSchema = z.strictObject({ balance: z.number().nonnegative() });
